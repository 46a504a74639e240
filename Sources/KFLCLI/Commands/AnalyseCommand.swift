import Foundation
import KFLCore
import KFLStore

/// `kfl analyse list | export | import`: the analyses outside the TUI.
enum AnalyseCommand {
    static func run(
        _ request: Command.AnalyseRequest, console: Console,
        environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
    ) -> ExitCode {
        let directory = DataDirectory.resolve(environment: environment)
        switch request {
        case .list(let workbook):
            return list(workbookPath: workbook ?? directory.workbookPath, console: console)
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

    static func openWorkbook(_ path: String, mustExist: Bool) throws(Failure) -> Workbook {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            throw Failure(message: Strings.CLI.workbookMissing(path), exitCode: .noInput)
        }
        // A device or FIFO is never opened as a workbook: SQLite would write its journal beside it.
        if let refusal = InputFile.refusal(for: path) { throw Failure(message: refusal, exitCode: .noInput) }
        do {
            return try Workbook(path: path)
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

    static func list(workbookPath: String, console: Console) -> ExitCode {
        guard FileManager.default.fileExists(atPath: workbookPath) else {
            console.out(Strings.CLI.noAnalyses(workbookPath))
            return .success
        }
        do {
            let summaries = try openWorkbook(workbookPath, mustExist: true).all()
            guard !summaries.isEmpty else {
                console.out(Strings.CLI.noAnalyses(workbookPath))
                return .success
            }
            console.out(table(summaries))
            return .success
        } catch {
            return report(Failure.from(error), console)
        }
    }

    /// Columns within 80: id 8, title 22, unit 16, status 9, date (≤ 17).
    static func table(_ summaries: [AnalysisSummary]) -> String {
        func fit(_ text: String, _ width: Int) -> String {
            let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            let cut = line.count > width ? String(line.prefix(width - 1)) + "…" : line
            return cut + String(repeating: " ", count: max(0, width - cut.count))
        }
        let widths = [8, 22, 16, 9]
        var lines = [
            zip(Strings.CLI.listHeader, widths + [0]).map { $1 == 0 ? $0 : fit($0, $1) }.joined(separator: "  ")
        ]
        for s in summaries {
            let cells = [String(s.id.prefix(8)), s.title, s.unit.name, Strings.Analysis.statusName(s.status)]
            lines.append((zip(cells, widths).map { fit($0, $1) } + [Strings.date(s.updatedAt)]).joined(separator: "  "))
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(
            separator: "\n")
    }

    // MARK: export

    static func export(
        _ options: Command.AnalyseExportOptions, directory: DataDirectory, console: Console, now: Date
    ) -> ExitCode {
        do {
            let workbookPath = options.workbook ?? directory.workbookPath
            let inputs = [workbookPath, options.snapshot ?? directory.demoSnapshotPath]
            if let output = options.output, output != "-",
                let refusal = OutputTarget.refusal(for: output, inputs: inputs)
            {
                throw Failure(message: refusal.userMessage, exitCode: refusal.isUsageError ? .usage : .cannotCreate)
            }
            let workbook = try openWorkbook(workbookPath, mustExist: true)
            let analysis = try resolve(options.id, in: workbook)
            // Hook: without --snapshot, the demo snapshot in the data directory.
            let snapshotPath = options.snapshot ?? directory.demoSnapshotPath
            if options.snapshot == nil, !FileManager.default.fileExists(atPath: snapshotPath) {
                throw Failure(message: Strings.CLI.snapshotNeeded, exitCode: .usage, command: "analyse export")
            }
            let reader: SnapshotReader
            switch SnapshotOpening.open(path: snapshotPath) {
            case .success(let r): reader = r
            case .failure(let failure):
                throw Failure(message: failure.message, exitCode: failure.exitCode, underlying: failure.underlying)
            }
            let data = try AnalysisReportData.build(analysis: analysis, source: reader, exportedAt: now)
            let text: String
            switch options.format {
            case .markdown: text = MarkdownAnalysisReport.render(data)
            case .html: text = HTMLAnalysisReport.render(data)
            case .json: text = String(decoding: try AnalysisBundle(data).jsonData(), as: UTF8.self) + "\n"
            }
            guard let output = options.output, output != "-" else {
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
            let workbook = try openWorkbook(workbookPath, mustExist: false)
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
