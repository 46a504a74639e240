import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes the CSV file of one respondent group in one survey round: one row
/// per respondent, school by school in geography order.
struct DemoGroupFile {
    let group: RespondentGroup
    let groupIndex: Int
    let round: Int
    let roundIndex: Int
    let schools: [DemoSchool]
    let effects: DemoSchoolEffects
    let samplers: [DemoFactorSampler]
    let seed: UInt64

    /// Share of scores left empty (the respondent skipped the questions).
    static let missingShare = 0.015

    static func fileName(round: Int, groupID: String) -> String {
        "kfl-demo-\(round)-\(groupID).csv"
    }

    static func header(group: RespondentGroup) -> String {
        (["tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id"]
            + group.factors.map(\.id)).joined(separator: ";")
    }

    /// Short code in respondent ids: "2016-e510-000123".
    static func idCode(groupID: String) -> String {
        switch groupID {
        case "elev14": "e14"
        case "elev510": "e510"
        case "kontaktlaerer": "kl"
        case "laerer": "l"
        case "foreldre": "f"
        case "skoleleder": "s"
        default: groupID
        }
    }

    /// Share of pupils in the group's trinn who answer (drawn per school and round).
    private func responseRate(rng: inout DemoRandom) -> Double {
        switch group.id {
        case "kontaktlaerer": rng.uniform(0.92, 0.98)
        case "foreldre": rng.uniform(0.55, 0.70)
        default: rng.uniform(0.88, 0.97)
        }
    }

    /// Writes the file and returns its number of data rows.
    func write(to url: URL) throws -> Int {
        let out = try DemoCSVWriter(url: url)
        out.append(Self.header(group: group))
        try out.endRow()
        let groupBytes = Array(group.id.utf8)
        let idPrefix = Array("\(round)-\(Self.idCode(groupID: group.id))-".utf8)
        let missing = DemoRandom.threshold(Self.missingShare)
        let numbers = samplers.map(\.factor.number)
        let midTrinn = group.trinnRange.map { Double($0.lowerBound + $0.upperBound) / 2 } ?? 0
        var serial = 0
        var shifts = [Double](repeating: 0, count: samplers.count)

        for (s, school) in schools.enumerated() {
            var rng = DemoRandom(seed, 0x616E_7377_6572, UInt64(round), UInt64(s), UInt64(groupIndex))  // "answer"
            let prefix = Array("\(round);\(school.municipalityNumber);\(school.code);\(school.name);".utf8)
            let baseShift = numbers.map { effects.shift(school: s, round: roundIndex, factor: $0) }

            func row(trinn: Int?, boy: Bool?, traits: DemoTraits) throws {
                out.append(prefix)
                if let trinn { out.append(trinn, width: 1) }
                out.append(0x3B)
                if let boy { out.append(packed: boy ? Self.gutt : Self.jente) }
                out.append(0x3B)
                out.append(groupBytes)
                out.append(0x3B)
                serial += 1
                out.append(idPrefix)
                out.append(serial, width: 6)
                for i in 0..<samplers.count {
                    out.append(0x3B)
                    let sampler = samplers[i]
                    let g = sampler.goodness(traits, shift: shifts[i], rng: &rng)
                    let sum = sampler.answerSum(position: sampler.position(goodness: g), rng: &rng)
                    if !rng.rare(missing) { out.append(packed: sampler.text(sum: sum)) }
                }
                try out.endRow()
            }

            if let range = group.trinnRange {
                let roster = DemoRoster(school: school, schoolIndex: s, roundIndex: roundIndex, seed: seed)
                let rate = responseRate(rng: &rng)
                for pupil in roster.pupils where range.contains(pupil.trinn) {
                    guard rng.uniform() < rate else { continue }
                    let classShift = roster.classShift[pupil.trinn]
                    let trinnOffset = Double(pupil.trinn) - midTrinn
                    let gender = pupil.boy ? 0.5 : -0.5
                    for (i, sampler) in samplers.enumerated() {
                        let p = sampler.profile
                        shifts[i] =
                            baseShift[i] + p.climate * classShift + p.genderGap * gender + p.trinnSlope * trinnOffset
                    }
                    try row(trinn: pupil.trinn, boy: pupil.boy, traits: pupil.traits)
                }
            } else {
                for i in samplers.indices { shifts[i] = baseShift[i] }
                let pupils = Double(school.size) * (1 - 0.015 * Double(roundIndex))
                let count =
                    group.id == "skoleleder"
                    ? Self.leaders(pupils: pupils, rng: &rng)
                    : Self.teachers(pupils: pupils, rng: &rng)
                for _ in 0..<count {
                    try row(trinn: nil, boy: nil, traits: DemoTraits.adult(rng: &rng))
                }
            }
        }
        try out.close()
        return serial
    }

    private static let gutt = DemoCSVWriter.pack("gutt")
    private static let jente = DemoCSVWriter.pack("jente")

    /// Teachers answering: about one per 10–11 pupils, at least 3.
    static func teachers(pupils: Double, rng: inout DemoRandom) -> Int {
        max(3, Int((pupils / 10.5 + 2 + 1.2 * rng.normal()).rounded()))
    }

    /// School leaders answering: 1–4 by school size.
    static func leaders(pupils: Double, rng: inout DemoRandom) -> Int {
        switch pupils {
        case ..<100: rng.chance(0.3) ? 2 : 1
        case ..<250: rng.chance(0.6) ? 2 : 1
        case ..<400: rng.chance(0.6) ? 3 : 2
        default: rng.chance(0.6) ? 4 : 3
        }
    }
}
