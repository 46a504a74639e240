import Foundation
import KFLCore
import KFLTestSupport

/// A seeded synthetic county built to stress suppression: many tiny schools,
/// trinn with 1–6 pupils, skewed genders, kommuner with a single school, and
/// optionally pupils of unknown gender. Written as real respondent CSV, one
/// file per round, and kept as ground truth for the checks.
struct SyntheticCounty {
    struct Respondent {
        let round: Int
        let municipality: String
        let school: String
        let schoolName: String
        /// 0 for school-level groups.
        let trinn: Int
        /// 0 for staff, 1 boy, 2 girl, 3 unknown (empty in the file).
        let gender: Int
        let group: String
        let id: String
        /// Factor id → score; a missing key is an empty field.
        let scores: [String: Double]
    }

    static let factorColumns = ["e14_trivsel", "e14_uro", "e510_trivsel", "e510_mobbet", "f_stotte", "l_samarbeid"]
    static let factorsOfGroup = [
        "elev14": ["e14_trivsel", "e14_uro"], "elev510": ["e510_trivsel", "e510_mobbet"],
        "foreldre": ["f_stotte"], "laerer": ["l_samarbeid"],
    ]

    let rounds = [2016, 2018]
    private(set) var respondents: [Respondent] = []

    init(seed: UInt64, unknownGender: Bool, municipalities municipalityCount: Int = 12) {
        var rng = SeededGenerator(seed: seed)
        let municipalities = Geography.hedmark.municipalities.shuffled(using: &rng).prefix(municipalityCount)
        var schools:
            [(code: String, name: String, municipality: String, span: ClosedRange<Int>, tiny: Bool, boys: Double)] = []
        for (m, municipality) in municipalities.enumerated() {
            let count = Double.random(in: 0..<1, using: &rng) < 0.4 ? 1 : Int.random(in: 2...5, using: &rng)
            for s in 0..<count {
                let span = [1...7, 8...10, 1...10, 1...4, 5...10].randomElement(using: &rng)!
                schools.append(
                    (
                        code: "S\(m)-\(s)", name: "\(municipality.name) skole \(s + 1)",
                        municipality: municipality.number,
                        span: span, tiny: Double.random(in: 0..<1, using: &rng) < 0.6,
                        boys: [0.1, 0.25, 0.5, 0.75, 0.9].randomElement(using: &rng)!
                    ))
            }
        }
        func score(_ scale: ClosedRange<Int>) -> Double {
            Double(Int.random(in: (scale.lowerBound * 10)...(scale.upperBound * 10), using: &rng)) / 10
        }
        var next = 0
        for round in rounds {
            for school in schools {
                var pupilsOfTrinn: [Int: Int] = [:]
                if school.tiny {
                    for _ in 0..<Int.random(in: 1...15, using: &rng) {
                        pupilsOfTrinn[Int.random(in: school.span, using: &rng), default: 0] += 1
                    }
                } else {
                    for trinn in school.span {
                        pupilsOfTrinn[trinn] =
                            Double.random(in: 0..<1, using: &rng) < 0.4
                            ? Int.random(in: 1...6, using: &rng) : Int.random(in: 7...25, using: &rng)
                    }
                }
                for (trinn, count) in pupilsOfTrinn.sorted(by: { $0.key < $1.key }) {
                    for _ in 0..<count {
                        let draw = Double.random(in: 0..<1, using: &rng)
                        let gender =
                            unknownGender && draw < 0.06
                            ? 3 : (Double.random(in: 0..<1, using: &rng) < school.boys ? 1 : 2)
                        next += 1
                        let pupil: [String: Double]
                        let group: String
                        if trinn <= 4 {
                            group = "elev14"
                            pupil = ["e14_trivsel": score(1...4), "e14_uro": score(1...4)]
                        } else {
                            group = "elev510"
                            var scores = ["e510_trivsel": score(1...5)]
                            // Some skip a factor: a cell can be small for one factor only.
                            if Double.random(in: 0..<1, using: &rng) < 0.85 { scores["e510_mobbet"] = score(1...5) }
                            pupil = scores
                        }
                        respondents.append(
                            Respondent(
                                round: round, municipality: school.municipality, school: school.code,
                                schoolName: school.name,
                                trinn: trinn, gender: gender, group: group, id: "p\(next)", scores: pupil))
                        if Double.random(in: 0..<1, using: &rng) < 0.5 {
                            respondents.append(
                                Respondent(
                                    round: round, municipality: school.municipality, school: school.code,
                                    schoolName: school.name,
                                    trinn: trinn, gender: gender, group: "foreldre", id: "f\(next)",
                                    scores: ["f_stotte": score(1...5)]))
                        }
                    }
                }
                for _ in 0..<(school.tiny ? Int.random(in: 1...4, using: &rng) : Int.random(in: 5...20, using: &rng)) {
                    next += 1
                    respondents.append(
                        Respondent(
                            round: round, municipality: school.municipality, school: school.code,
                            schoolName: school.name,
                            trinn: 0, gender: 0, group: "laerer", id: "l\(next)", scores: ["l_samarbeid": score(1...5)])
                    )
                }
            }
        }
    }

    /// Writes one `;`-separated file per round, decimal comma, kommunenr as Excel
    /// shows it now and then (no leading zero). Returns the files.
    func writeCSV(to directory: URL) throws -> [URL] {
        let header =
            (["tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id"]
            + Self.factorColumns)
            .joined(separator: ";")
        var files: [URL] = []
        for round in rounds {
            var lines = [header]
            for (i, r) in respondents.enumerated() where r.round == round {
                let gender = ["", "gutt", "jente", ""][r.gender]
                let municipality = i % 7 == 0 ? String(r.municipality.dropFirst()) : r.municipality
                let scores = Self.factorColumns.map { id in
                    r.scores[id].map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") } ?? ""
                }
                lines.append(
                    ([
                        String(r.round), municipality, r.school, r.schoolName, r.trinn == 0 ? "" : String(r.trinn),
                        gender, r.group, r.id,
                    ] + scores)
                    .joined(separator: ";"))
            }
            let url = directory.appendingPathComponent("svar-\(round).csv")
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        return files
    }
}
