import KFLCore
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl extract SNAPSHOT --kommune X [--skole Y] -o OUT`.
enum ExtractCommand {
    static func run(_ options: Command.ExtractOptions, console: Console) -> ExitCode {
        let inputs = [options.snapshot]
        if let refused = ImportCommand.refuseOutput(options.output, inputs: inputs, console: console) { return refused }
        let reader: SnapshotReader
        // Every cell is checked before it is copied: an edited source cannot pass one on.
        switch SnapshotOpening.open(path: options.snapshot, validation: .complete) {
        case .success(let opened): reader = opened
        case .failure(let failure): return SnapshotOpening.report(failure, console)
        }
        let unit: ReportingUnit
        switch UnitLookup.resolve(municipality: options.municipality, school: options.school, in: reader.info.tree) {
        case .success(let found): unit = found
        case .failure(let failure):
            console.err(Strings.CLI.error(failure.message))
            return .usage
        }
        guard unit.kind == .municipality || unit.kind == .school else {
            console.err(Strings.CLI.error(Strings.Privacy.extractNeedsUnit))
            return .usage
        }
        let sourceName = PathText.lastComponent(options.snapshot)
        do {
            let summary = try SnapshotExtractor.extract(
                from: reader, keep: unit, sourceName: sourceName, to: URL(fileURLWithPath: options.output))
            console.out(
                Strings.Privacy.extractDone(
                    path: options.output,
                    scope: Strings.Privacy.extractScope(kind: unit.kind, name: unit.name, code: unit.code),
                    source: sourceName, units: summary.units, cells: summary.cells))
            return .success
        } catch {
            let reason = OutputTarget.reason(writing: options.output, failedWith: error)
            console.err(Strings.CLI.error(Strings.CLI.cannotWrite(options.output, reason: reason)))
            console.debugDetail(error)
            return .cannotCreate
        }
    }
}
