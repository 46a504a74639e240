import Foundation
import KFLCore
import KFLImport
import KFLStore

/// `kfl import CSV… -o SNAPSHOT`.
enum ImportCommand {
    static func run(_ options: Command.ImportOptions, console: Console) -> ExitCode {
        let files = options.files.map { URL(fileURLWithPath: $0) }
        let names = options.files.map { ($0 as NSString).lastPathComponent }
        let source = options.source ?? Strings.CLI.sourceFromFiles(names)
        let importOptions = Importer.Options(minimumN: options.minimumN, protectionPercent: options.protectionPercent, source: source)
        return importFiles(files, output: options.output, options: importOptions, console: console)
    }

    /// Shared by `import` and `demo`: runs the pipeline and reports like a compiler.
    static func importFiles(_ files: [URL], output: String, options: Importer.Options, console: Console) -> ExitCode {
        do {
            let report = try Importer.run(files: files, output: URL(fileURLWithPath: output), options: options)
            for notice in report.notices { console.err(notice) }
            console.out(Strings.CLI.importDone(path: output, respondents: report.respondents, schools: report.schools, rounds: report.rounds))
            console.out(Strings.CLI.suppressionSummary(
                cells: report.cells, tooFew: report.suppressedTooFew, protecting: report.suppressedProtecting, rule: options.rule))
            return .success
        } catch let failure as ImportFailure {
            console.err(failure.description)
            console.err(Strings.CLI.error(Strings.CLI.importFailed(count: failure.problems.count)) + ". " + Strings.Import.noOutputWritten(output))
            let missingInput = failure.problems.allSatisfy { $0.kind == .unreadableFile }
            return missingInput ? .noInput : .dataError
        } catch is SQLiteError {
            console.err(Strings.CLI.error(Strings.CLI.cannotWrite(output, reason: OutputProblem.reason(for: output))) + ". " + Strings.Import.noOutputWritten(output))
            return .cannotCreate
        } catch {
            console.err(Strings.CLI.error(Strings.CLI.cannotWrite(output, reason: OutputProblem.reason(for: output))) + ". " + Strings.Import.noOutputWritten(output))
            return .cannotCreate
        }
    }
}
