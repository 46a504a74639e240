import KFLCore
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// Shown cells of factors with shares: bands shown; only the split shown, of them by the group
    /// rule on the bands and to protect others; share hidden by the group rule and to protect.
    public var sharesShown = 0
    public var splitShown = 0
    public var splitByGroupRule = 0
    public var sharesByGroupRule = 0
    public var sharesProtecting = 0
}

/// The one pipeline that makes snapshots: respondent-level CSV in, a
/// self-describing, privacy-protected SQLite snapshot out.
public enum Importer {
    public struct Options: Sendable {
        public var minimumN: Int
        /// Width in percent of the scale a small hidden group's mean keeps (`ProtectionRule`).
        public var protectionPercent: Int
        public var instrument: Instrument
        /// The kommuner, regions and fylke; replaced by `geographyFile`'s when that is given.
        public var geography: Geography
        public var geographyFile: GeographyFileOption?
        public var source: String
        public var isDemo: Bool

        public init(
            minimumN: Int = PrivacyThreshold.defaultMinimumN,
            protectionPercent: Int = ProtectionRule.standard.protectionPercent, instrument: Instrument = .builtIn,
            geography: Geography = .hedmark, geographyFile: GeographyFileOption? = nil, source: String,
            isDemo: Bool = false
        ) {
            self.minimumN = minimumN
            self.protectionPercent = protectionPercent
            self.instrument = instrument
            self.geography = geography
            self.geographyFile = geographyFile
            self.source = source
            self.isDemo = isDemo
        }

        public var rule: ProtectionRule { ProtectionRule(minimumN: minimumN, protectionPercent: protectionPercent) }
    }

    /// `--geografi FIL` (and `--navn NAVN`): the geography is read from a file.
    public struct GeographyFileOption: Sendable {
        public var url: URL
        public var displayName: String
        /// The top's name when the file has several fylker.
        public var topName: String?

        public init(url: URL, displayName: String, topName: String? = nil) {
            self.url = url
            self.displayName = displayName
            self.topName = topName
        }
    }

    /// Reads every file, checks every field, and writes the snapshot atomically.
    /// - Throws: `ImportFailure` listing what is wrong in the input (nothing is
    ///   written), or an `SQLiteError`/file error while writing (the temporary
    ///   file is removed and an existing snapshot at `output` is untouched).
    /// - Parameter progress: told where the import is (`ImportProgress`), on the calling thread.
    public static func run(
        files: [URL], output: URL, options: Options, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportReport {
        var options = options
        let (files, geographyNotices, formerNumbers) = try readGeography(files: files, options: &options)
        try refuseRepeatedFiles(files)
        let (table, readerNotices) = try readAnswers(
            files: files, options: options, formerNumbers: formerNumbers, progress: progress)
        var notices = geographyNotices
        if let file = options.geographyFile {
            let answered = Set(table.schools.map(\.municipality))
            let silent = options.geography.municipalities.filter { !answered.contains($0.number) }.map(\.name)
            if !silent.isEmpty {
                notices.append(Strings.GeographyFile.municipalitiesWithoutAnswers(silent, file: file.displayName))
            }
        }

        let tree = UnitTree.build(
            geography: options.geography,
            schools: table.schools.map {
                (code: $0.code, name: $0.name, municipality: $0.municipality, trinn: $0.trinn)
            })
        var unitOfCode: [String: Int] = [:]
        for (i, unit) in tree.units.enumerated() where unit.kind == .school { unitOfCode[unit.code] = i }
        let schoolUnit = table.schools.map { unitOfCode[$0.code]! }

        let writer = try SnapshotWriter(destination: output)
        do {
            let rounds = table.rounds.sorted()
            try writer.writeDescription(
                instrument: options.instrument, tree: tree, rounds: rounds,
                provenance: SnapshotProvenance(source: options.source, isDemo: options.isDemo, rule: options.rule))
            let builder = SnapshotBuilder(
                instrument: options.instrument, tree: tree, rule: options.rule, schoolUnit: schoolUnit)
            let counts = try builder.build(from: table, writer: writer) { done, count in
                progress(.protecting(table: done, of: count))
            }
            progress(.finishing)
            try writer.finish()
            var report = ImportReport(
                files: files.count, respondents: table.respondentCount, schools: table.schools.count, rounds: rounds,
                cells: counts.cells, published: counts.published, suppressedTooFew: counts.tooFew,
                suppressedProtecting: counts.protecting, notices: notices + readerNotices)
            report.sharesShown = counts.sharesShown
            report.splitShown = counts.splitShown
            report.splitByGroupRule = counts.splitByGroupRule
            report.sharesByGroupRule = counts.sharesByGroupRule
            report.sharesProtecting = counts.sharesHidden - counts.sharesByGroupRule
            return report
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// Reads and checks every answer file into the respondent table; returns it and the reader's
    /// notices. The reader's record of every respondent id (most of its memory on a national set)
    /// is gone once this returns, before the tables are worked out.
    /// - Throws: `ImportFailure` listing what is wrong in the input, or saying there was nobody.
    private static func readAnswers(
        files: [URL], options: Options, formerNumbers: [String: String], progress: (ImportProgress) -> Void
    ) throws -> (table: RespondentTable, notices: [String]) {
        var reader = RespondentReader(
            instrument: options.instrument, geography: options.geography,
            geographyFile: options.geographyFile?.displayName, formerNumbers: formerNumbers)
        for (index, file) in files.enumerated() {
            guard !reader.isFull else {
                reader.stoppedBefore(unread: files.count - index)
                break
            }
            progress(.reading(file: index + 1, of: files.count, name: file.lastPathComponent))
            reader.read(url: file, displayName: file.path)
        }
        if reader.problems.isEmpty && reader.table.respondentCount == 0 {
            throw ImportFailure(
                problems: [
                    ImportProblem(
                        file: files.first?.path ?? "-", kind: .noRespondents, message: Strings.Import.noRespondents())
                ], truncated: false)
        }
        guard reader.problems.isEmpty else {
            throw ImportFailure(problems: reader.problemsWithCounts, truncated: reader.truncated)
        }
        return (reader.table, reader.notices)
    }

    /// Refuses an answer file named twice (`a.csv a.csv`, or by two paths): read twice, every
    /// respondent would be reported as a duplicate of itself.
    private static func refuseRepeatedFiles(_ files: [URL]) throws(ImportFailure) {
        var seen: [(status: FileStatus, path: String)] = []
        var problems: [ImportProblem] = []
        for file in files {
            let status = FileStatus.of(file.path)
            if let first = seen.first(where: { status.kind == .regularFile && $0.status.isSameFile(as: status) }) {
                problems.append(
                    ImportProblem(
                        file: file.path, kind: .duplicateFile,
                        message: Strings.Import.fileGivenTwice(file.path, first: first.path)))
            } else {
                seen.append((status, file.path))
            }
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems, truncated: false) }
    }

    /// Reads the geography file, if one is given, into `options.geography`, and
    /// returns the answer files without it (`kfl import MAPPE/*.csv --geografi
    /// MAPPE/geografi.csv` names it twice), the notices about it, and its former kommunenummer.
    /// - Throws: `ImportFailure` for a bad geography file, or for a geography
    ///   file among the answers when it is not the one given.
    private static func readGeography(
        files: [URL], options: inout Options
    ) throws -> (files: [URL], notices: [String], formerNumbers: [String: String]) {
        var files = files
        var notices: [String] = []
        var formerNumbers: [String: String] = [:]
        if let file = options.geographyFile {
            let contents = try GeographyFile.readContents(
                url: file.url, displayName: file.displayName, name: file.topName)
            (options.geography, notices, formerNumbers) = (contents.geography, contents.notices, contents.formerNumbers)
            let path = file.url.resolvingSymlinksInPath().standardizedFileURL.path
            files.removeAll { $0.resolvingSymlinksInPath().standardizedFileURL.path == path }
        }
        let misplaced = files.filter(GeographyFile.isGeographyFile).map {
            ImportProblem(
                file: $0.path, line: 1, kind: .misplacedGeography,
                message: Strings.GeographyFile.givenAsAnswers($0.path))
        }
        if !misplaced.isEmpty { throw ImportFailure(problems: misplaced, truncated: false) }
        return (files, notices, formerNumbers)
    }
}
