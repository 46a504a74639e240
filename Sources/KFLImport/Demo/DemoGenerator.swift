import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Generates the SYNTHETIC demo data: fictional schools in the real Hedmark
/// kommuner (or in a synthetic Norway), and survey answers for every round and
/// respondent group, written as the CSV files the import reads.
///
/// Everything follows from `seed`: the same seed gives byte-identical files in
/// every process (no system randomness, no dictionary order). Across platforms
/// only libm's `exp`/`log`/`sin`/`cos` could differ, in the last bit.
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    public let scale: DemoScale
    public let instrument: Instrument
    /// Hedmark for `.county`; a fictional Norway ("Norge", 357 kommuner in 11 regions) for `.national`.
    public let geography: Geography
    private let schoolList: [DemoSchool]
    private let effects: DemoSchoolEffects
    private let samplers: [DemoFactorSampler]

    public init(seed: UInt64 = 2016, scale: DemoScale = .county, instrument: Instrument = .builtIn) {
        self.seed = seed
        self.scale = scale
        self.instrument = instrument
        geography =
            switch scale {
            case .county: Geography.hedmark
            case .national: DemoNationalGeography.make(seed: seed)
            }
        schoolList = DemoSchoolPlanner.plan(geography: geography, targetSchools: scale.targetSchools, seed: seed)
        samplers = instrument.factors.map { DemoFactorSampler(factor: $0) }
        effects = DemoSchoolEffects(
            schools: schoolList, geography: geography, profiles: samplers.map(\.profile),
            roundCount: instrument.rounds.count, seed: seed)
    }

    /// The fictional schools, kommune by kommune in geography order. The same in every round.
    public func schools() -> [DemoSchool] { schoolList }

    /// The CSV file names, in the order `writeCSV` writes them: round by round,
    /// groups in instrument order.
    public func fileNames() -> [String] {
        instrument.rounds.flatMap { round in
            instrument.groups.map { DemoGroupFile.fileName(round: round, groupID: $0.id) }
        }
    }

    /// The geography as a geography file lists it: for the county, Hedmark's
    /// regions; for Norway, the fylker (which the file's fylke column carries).
    public var geographyEntries: [Geography.Entry] {
        geography.regions.flatMap { region in
            region.municipalities.map { m in
                switch scale {
                case .county:
                    Geography.Entry(number: m.number, name: m.name, region: region.name, county: geography.county.name)
                case .national:
                    Geography.Entry(number: m.number, name: m.name, region: "", county: region.name)
                }
            }
        }
    }

    /// The name `kfl import --navn` needs to give the geography file's top its
    /// demo name ("Norge"); nil when the file has one fylke, which names itself.
    public var geographyTopName: String? {
        scale == .national ? geography.county.name : nil
    }

    /// Writes the geography file (`geografi.csv`) into `directory` (created if
    /// needed) and returns its URL.
    /// - Throws: file-system errors.
    @discardableResult
    public func writeGeography(to directory: URL) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(GeographyFile.defaultName)
        let out = try DemoCSVWriter(url: url)
        out.append(GeographyFile.basicColumns.joined(separator: ";"))
        try out.endRow()
        for entry in geographyEntries {
            out.append([entry.number, entry.name, entry.region, entry.county].joined(separator: ";"))
            try out.endRow()
        }
        try out.close()
        return url
    }

    /// Writes one CSV file per (round, respondent group) into `directory`
    /// (created if needed) and returns their URLs in `fileNames()` order.
    /// `rounds` limits the output to some rounds; a round's files are the same
    /// whether or not the others are written.
    /// - Throws: file-system errors.
    @discardableResult
    public func writeCSV(to directory: URL, rounds: [Int]? = nil) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var urls: [URL] = []
        for (roundIndex, round) in instrument.rounds.enumerated() where rounds?.contains(round) ?? true {
            for (groupIndex, group) in instrument.groups.enumerated() {
                let url = directory.appendingPathComponent(DemoGroupFile.fileName(round: round, groupID: group.id))
                let file = DemoGroupFile(
                    group: group, groupIndex: groupIndex, round: round, roundIndex: roundIndex,
                    schools: schoolList, effects: effects,
                    samplers: group.factors.map { samplers[$0.number] }, seed: seed)
                _ = try file.write(to: url)
                urls.append(url)
            }
        }
        return urls
    }
}
