import KFLCore
import KFLImport
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl import CSV… -o SNAPSHOT`.
enum ImportCommand {
    static func run(_ options: Command.ImportOptions, console: Console) -> ExitCode {
        let files = options.files.map { URL(fileURLWithPath: $0) }
        let names = options.files.filter { $0 != options.geography }.map(PathText.lastComponent)
        let source = options.source ?? Strings.CLI.sourceFromFiles(names)
        // Checked with the paths as the user wrote them, so the message repeats them.
        let inputs = options.files + (options.geography.map { [$0] } ?? [])
        if let refused = refuseOutput(options.output, inputs: inputs, console: console) { return refused }
        let geography = options.geography.map {
            Importer.GeographyFileOption(url: URL(fileURLWithPath: $0), displayName: $0, topName: options.topName)
        }
        let importOptions = Importer.Options(
            minimumN: options.minimumN, protectionPercent: options.protectionPercent, geographyFile: geography,
            source: source)
        return importFiles(files, output: options.output, options: importOptions, console: console)
    }

    /// Shared by `import` and `demo`: runs the pipeline and reports like a compiler.
    static func importFiles(
        _ files: [URL], output: String, options: Importer.Options, console: Console, replacingAnything: Bool = false
    ) -> ExitCode {
        if let refused = refuseOutput(
            output, inputs: files.map(\.path), console: console, replacingAnything: replacingAnything)
        {
            return refused
        }
        do {
            defer { console.progress(nil) }
            let report = try Importer.run(files: files, output: URL(fileURLWithPath: output), options: options) {
                console.progress($0.text)
            }
            console.progress(nil)
            for notice in report.notices { console.err(notice) }
            console.out(
                Strings.CLI.importDone(
                    path: output, respondents: report.respondents, schools: report.schools, rounds: report.rounds))
            console.out(
                Strings.CLI.suppressionSummary(
                    cells: report.cells, tooFew: report.suppressedTooFew, protecting: report.suppressedProtecting,
                    rule: options.rule))
            console.out(
                Strings.CLI.shareSummary(
                    bands: report.sharesShown, split: report.splitShown, splitByRule: report.splitByGroupRule,
                    groupRule: report.sharesByGroupRule, protecting: report.sharesProtecting))
            return .success
        } catch let failure as ImportFailure {
            console.err(failure.description)
            console.err(
                Strings.CLI.error(Strings.CLI.importFailed(count: failure.problems.count, truncated: failure.truncated))
                    + ". "
                    + Strings.Import.noOutputWritten(output))
            let missingInput = failure.problems.allSatisfy { $0.kind == .unreadableFile }
            return missingInput ? .noInput : .dataError
        } catch {
            let reason = OutputTarget.reason(writing: output, failedWith: error)
            let message = Strings.CLI.cannotWrite(output, reason: reason)
            console.err(Strings.CLI.error(message) + ". " + Strings.Import.noOutputWritten(output))
            console.debugDetail(error)
            return .cannotCreate
        }
    }

    /// Refuses, before anything is read, an output that is empty, one of the
    /// inputs, a folder, a device or FIFO, or in a folder that is missing, and
    /// a file that is not a kfl snapshot (a CSV or a workbook named by mistake is
    /// never turned into one; `replacingAnything` only for kfl's own demo file):
    /// prints why and returns the exit code (nil: go ahead).
    static func refuseOutput(
        _ output: String, inputs: [String], console: Console, replacingAnything: Bool = false
    ) -> ExitCode? {
        if let refusal = OutputTarget.refusal(for: output, inputs: inputs) {
            console.err(Strings.CLI.error(refusal.userMessage) + ". " + Strings.Import.noOutputWritten(output))
            return refusal.isUsageError ? .usage : .cannotCreate
        }
        guard replacingAnything || SnapshotMark.mayReplace(path: output) else {
            console.err(
                Strings.CLI.error(Strings.CLI.outputNotASnapshot(output)) + ". "
                    + Strings.Import.noOutputWritten(output))
            return .cannotCreate
        }
        return nil
    }
}
