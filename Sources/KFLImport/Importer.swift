import Foundation
import KFLCore
import KFLStore

/// What an import did, for the user and the closing report.
public struct ImportReport: Sendable {
    public let files: Int
    public let respondents: Int
    public let schools: Int
    public let rounds: [Int]
    public let cells: Int
    public let published: Int
    public let suppressedTooFew: Int
    public let suppressedProtecting: Int
    public let notices: [String]
}

/// The one pipeline that makes snapshots: respondent-level CSV in, a
/// self-describing, privacy-protected SQLite snapshot out.
public enum Importer {
    public struct Options: Sendable {
        public var minimumN: Int
        /// Width in percent of the scale a small hidden group's mean keeps (`ProtectionRule`).
        public var protectionPercent: Int
        public var instrument: Instrument
        public var geography: Geography
        public var source: String
        public var isDemo: Bool

        public init(
            minimumN: Int = 7, protectionPercent: Int = 20, instrument: Instrument = .builtIn, geography: Geography = .hedmark,
            source: String, isDemo: Bool = false
        ) {
            self.minimumN = minimumN
            self.protectionPercent = protectionPercent
            self.instrument = instrument
            self.geography = geography
            self.source = source
            self.isDemo = isDemo
        }

        public var rule: ProtectionRule { ProtectionRule(minimumN: minimumN, protectionPercent: protectionPercent) }
    }

    /// Reads every file, checks every field, and writes the snapshot atomically.
    /// - Throws: `ImportFailure` listing what is wrong in the input (nothing is
    ///   written), or an `SQLiteError`/file error while writing (the temporary
    ///   file is removed and an existing snapshot at `output` is untouched).
    public static func run(files: [URL], output: URL, options: Options) throws -> ImportReport {
        var reader = RespondentReader(instrument: options.instrument, geography: options.geography)
        for file in files where !reader.isFull {
            reader.read(url: file, displayName: file.path)
        }
        if reader.problems.isEmpty && reader.table.respondentCount == 0 {
            throw ImportFailure(problems: [ImportProblem(file: files.first?.path ?? "-", kind: .noRespondents, message: Strings.Import.noRespondents())], truncated: false)
        }
        guard reader.problems.isEmpty else { throw ImportFailure(problems: reader.problems, truncated: reader.truncated) }
        let table = reader.table

        let tree = UnitTree.build(
            geography: options.geography,
            schools: table.schools.map { (code: $0.code, name: $0.name, municipality: $0.municipality, trinn: $0.trinn) })
        var unitOfCode: [String: Int] = [:]
        for (i, unit) in tree.units.enumerated() where unit.kind == .school { unitOfCode[unit.code] = i }
        let schoolUnit = table.schools.map { unitOfCode[$0.code]! }

        let writer = try SnapshotWriter(destination: output)
        do {
            let rounds = table.rounds.sorted()
            try writer.writeDescription(
                instrument: options.instrument, tree: tree, rounds: rounds,
                provenance: SnapshotProvenance(source: options.source, isDemo: options.isDemo, rule: options.rule))
            let builder = SnapshotBuilder(instrument: options.instrument, tree: tree, rule: options.rule, schoolUnit: schoolUnit)
            let counts = try builder.build(from: table, writer: writer)
            try writer.finish()
            return ImportReport(
                files: files.count, respondents: table.respondentCount, schools: table.schools.count, rounds: rounds,
                cells: counts.cells, published: counts.published, suppressedTooFew: counts.tooFew,
                suppressedProtecting: counts.protecting, notices: reader.notices)
        } catch {
            writer.abandon()
            throw error
        }
    }
}
