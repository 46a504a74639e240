import KFLCore
import KFLStore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl analyse list | export | import`: the analyses outside the TUI.
enum AnalyseCommand {
    static func run(
        _ request: Command.AnalyseRequest, console: Console,
        environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
    ) -> ExitCode {
        let directory = DataDirectory.resolve(environment: environment)
        switch request {
        case .list(let workbook):
            return list(
                workbookPath: workbook ?? directory.workbookPath, width: TerminalSize.columns(environment: environment),
                console: console)
        case .export(let options):
            return export(options, directory: directory, console: console, now: now)
        case .importBundle(let path, let workbook):
            return importBundle(path: path, workbookPath: workbook ?? directory.workbookPath, console: console)
        }
    }

    struct Failure: Error {
        let message: String
        let exitCode: ExitCode
        /// Print the pointer to `--help` (usage errors).
        var command: String?
        /// What went wrong underneath, shown only under `--debug`.
        var underlying: (any Error)?

        /// The Norwegian message for any error that is not already a `Failure`.
        static func from(_ error: any Error, exitCode: ExitCode = .failure) -> Failure {
            if let failure = error as? Failure { return failure }
            return Failure(message: ErrorText.message(for: error), exitCode: exitCode, underlying: error)
        }
    }

    static func report(_ failure: Failure, _ console: Console) -> ExitCode {
        console.err(Strings.CLI.error(failure.message))
        if let command = failure.command { console.err(Strings.CLI.usageHint(command)) }
        if let underlying = failure.underlying { console.debugDetail(underlying) }
        return failure.exitCode
    }

    /// The workbook at `path`; `toRead` for a command that only reads it, which then
    /// must exist and is read even when kfl cannot write it (a backup copy).
    static func openWorkbook(_ path: String, toRead: Bool) throws(Failure) -> Workbook {
        if toRead, !FileManager.default.fileExists(atPath: path) {
            throw Failure(message: Strings.CLI.workbookMissing(path), exitCode: .noInput)
        }
        // A device or FIFO is never opened as a workbook: SQLite would write its journal beside it.
        if let refusal = InputFile.refusal(for: path) { throw Failure(message: refusal, exitCode: .noInput) }
        do {
            return toRead ? try Workbook(readingFrom: path) : try Workbook(path: path)
        } catch {
            let code: ExitCode
            switch error {
            case .isSnapshot, .notAWorkbook: code = .noInput
            case .newerVersion, .damaged: code = .dataError
            case .cannotOpen, .notWritable, .diskFull: code = .cannotCreate
            case .locked: code = .failure
            }
            throw Failure(message: error.userMessage, exitCode: code, underlying: error)
        }
    }

    // MARK: list

    static func list(workbookPath: String, width: Int?, console: Console) -> ExitCode {
        guard FileManager.default.fileExists(atPath: workbookPath) else {
            console.out(Strings.CLI.noAnalyses(workbookPath))
            return .success
        }
        do {
            let summaries = try openWorkbook(workbookPath, toRead: true).all()
            guard !summaries.isEmpty else {
                console.out(Strings.CLI.noAnalyses(workbookPath))
                return .success
            }
            console.out(table(summaries, width: width))
            return .success
        } catch {
            return report(Failure.from(error), console)
        }
    }

    /// The analyses as a table `width` columns wide (the terminal's; nil
    /// for a pipe, where nothing is cut). Widths are display widths. When
    /// the row is too wide the title gives way first, cut in the middle so
    /// "… (kopi)" and "… (importert …)" copies are still told apart.
    static func table(_ summaries: [AnalysisSummary], width: Int?) -> String {
        let rows =
            [Strings.CLI.listHeader]
            + summaries.map { s in
                [
                    String(s.id.prefix(8)), oneLine(s.title), oneLine(s.unit.name),
                    Strings.Analysis.statusName(s.status),
                    Strings.AnalysisTUI.shortDate(s.updatedAt),
                ]
            }
        var widths = (0..<5).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        if let width {
            let gaps = 2 * 4
            var excess = widths.reduce(0, +) + gaps - width
            for (column, minimum) in [(1, 20), (2, 12), (1, 10)] where excess > 0 {
                let cut = min(excess, max(0, widths[column] - minimum))
                widths[column] -= cut
                excess -= cut
            }
        }
        return rows.map { row in
            let cells = row.enumerated().map { column, text -> String in
                let fitted =
                    column == 1
                    ? TextLayout.truncateMiddle(text, toWidth: widths[column])
                    : TextLayout.truncate(text, toWidth: widths[column])
                return column == 4 ? fitted : TextLayout.pad(fitted, toWidth: widths[column])
            }
            var line = cells.joined(separator: "  ").unicodeScalars
            while let last = line.last, TextScalars.isWhitespace(last) || TextScalars.isNewline(last) {
                line.removeLast()
            }
            return String(line)
        }.joined(separator: "\n")
    }

    static func oneLine(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }

    // MARK: export

    static func export(
        _ options: Command.AnalyseExportOptions, directory: DataDirectory, console: Console, now: Date
    ) -> ExitCode {
        do {
            let workbookPath = options.workbook ?? directory.workbookPath
            let inputs = [workbookPath, options.snapshot ?? directory.demoSnapshotPath]
            func refuse(_ output: String?) throws {
                if let output, output != "-", let refusal = OutputTarget.refusal(for: output, inputs: inputs) {
                    throw Failure(
                        message: refusal.userMessage, exitCode: refusal.isUsageError ? .usage : .cannotCreate)
                }
            }
            // A folder gets a new file named as `E` in the program names it.
            let folder = options.output.flatMap {
                $0 != "-" && FileStatus.of($0).kind == .directory ? ReportFolder(path: $0) : nil
            }
            if folder == nil { try refuse(options.output) }
            let workbook = try openWorkbook(workbookPath, toRead: true)
            let analysis = try resolve(options.id, in: workbook)
            let name = ReportFormat.fileName(title: analysis.title, id: analysis.id, extension: options.format.rawValue)
            let destination = folder.map { $0.newFile(named: name) } ?? options.output
            if folder != nil { try refuse(destination) }
            let reader = try snapshot(for: analysis, options, workbook: workbook, directory: directory)
            let data = try AnalysisReportData.build(analysis: analysis, source: reader, exportedAt: now)
            let text: String
            switch options.format {
            case .markdown: text = MarkdownAnalysisReport.render(data)
            case .html: text = HTMLAnalysisReport.render(data)
            case .json: text = String(decoding: try AnalysisBundle(data).jsonData(), as: UTF8.self) + "\n"
            }
            guard let output = destination, output != "-" else {
                console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
                return .success
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                let reason = OutputTarget.reason(writing: output, failedWith: error)
                let message = Strings.CLI.cannotWrite(output, reason: reason)
                throw Failure(message: message, exitCode: .cannotCreate, underlying: error)
            }
            console.err(Strings.CLI.exported(analysis.title, path: output))
            return .success
        } catch {
            return report(Failure.from(error), console)
        }
    }

    /// The snapshot to take the numbers from: `--snapshot`, else the one the
    /// analysis was made from (refused when it is gone or has changed since),
    /// else, for an analysis from before kfl remembered it, the demo snapshot.
    static func snapshot(
        for analysis: Analysis, _ options: Command.AnalyseExportOptions, workbook: Workbook, directory: DataDirectory
    ) throws -> SnapshotReader {
        func open(_ path: String) throws -> SnapshotReader {
            switch SnapshotOpening.open(path: path) {
            case .success(let reader): return reader
            case .failure(let failure):
                throw Failure(message: failure.message, exitCode: failure.exitCode, underlying: failure.underlying)
            }
        }
        if let given = options.snapshot { return try open(given) }
        if let remembered = try workbook.snapshot(ofAnalysis: analysis.id) {
            guard FileManager.default.fileExists(atPath: remembered.path) else {
                throw Failure(
                    message: Strings.CLI.rememberedSnapshotGone(remembered.path), exitCode: .noInput,
                    command: "analyse export")
            }
            let reader = try open(remembered.path)
            guard reader.info.fingerprint == remembered.fingerprint else {
                throw Failure(
                    message: Strings.CLI.rememberedSnapshotChanged(remembered.path), exitCode: .dataError,
                    command: "analyse export")
            }
            return reader
        }
        guard FileManager.default.fileExists(atPath: directory.demoSnapshotPath) else {
            throw Failure(message: Strings.CLI.snapshotNeeded, exitCode: .usage, command: "analyse export")
        }
        return try open(directory.demoSnapshotPath)
    }

    static func resolve(_ id: String, in workbook: Workbook) throws -> Analysis {
        let matches = try workbook.ids(withPrefix: id)
        guard !matches.isEmpty else { throw Failure(message: Strings.CLI.noSuchAnalysis(id), exitCode: .noInput) }
        guard matches.count == 1 else {
            throw Failure(
                message: Strings.CLI.ambiguousAnalysis(id, matches: matches), exitCode: .usage,
                command: "analyse export")
        }
        guard let analysis = try workbook.load(id: matches[0]) else {
            throw Failure(message: Strings.CLI.noSuchAnalysis(id), exitCode: .noInput)
        }
        return analysis
    }

    // MARK: import

    static func importBundle(path: String, workbookPath: String, console: Console) -> ExitCode {
        do {
            if let refusal = InputFile.refusal(for: path) { throw Failure(message: refusal, exitCode: .noInput) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(message: Strings.CLI.bundleMissing(path), exitCode: .noInput)
            }
            let bundle: AnalysisBundle
            do {
                bundle = try AnalysisBundle.decode(data)
            } catch {
                // Every problem on its own line, like a compiler: file, JSON path, what.
                for line in error.lines { console.err(Strings.CLI.error(Strings.CLI.badBundle(path, detail: line))) }
                console.err(Strings.CLI.bundleNotImported)
                return .dataError
            }
            let workbook = try openWorkbook(workbookPath, toRead: false)
            switch try workbook.importAnalysis(bundle.analysis) {
            case .alreadyPresent(let summary):
                console.out(Strings.CLI.alreadyPresent(summary.title, id: summary.id))
            case .imported(let analysis):
                console.out(Strings.CLI.imported(analysis.title, id: analysis.id, workbook: workbookPath))
            case .importedAsCopy(let analysis, let existingTitle):
                console.out(
                    Strings.CLI.importedAsCopy(existing: existingTitle, newTitle: analysis.title, id: analysis.id))
            }
            if bundle.snapshot.isDemo { console.out(Strings.CLI.importedDemoNote) }
            return .success
        } catch {
            return report(Failure.from(error), console)
        }
    }
}
