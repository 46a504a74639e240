import KFLApp
import KFLCore
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl [SNAPSHOT]`: the results browser in the terminal.
enum BrowseCommand {
    static func run(_ options: Command.BrowseOptions, console: Console) -> ExitCode {
        let reader: SnapshotReader
        let path: String
        switch SnapshotOpening.openOrDemo(options.snapshot, console: console) {
        case .success(let opened): (reader, path) = opened
        case .failure(let code): return code
        }
        // Where the user left off opens as it was; a school named here opens with
        // what stands out there, as when it is chosen in the browser.
        var location = RememberedLocation.load(snapshot: path)
        if options.municipality != nil || options.school != nil {
            switch UnitLookup.resolve(municipality: options.municipality, school: options.school, in: reader.info.tree)
            {
            case .success(let unit):
                location = BrowserLocation(unitKind: unit.kind, unitCode: unit.code)
            case .failure(let error):
                console.err(Strings.CLI.error(error.message))
                return .usage
            }
        }
        // A workbook that cannot be opened for writing never keeps the results
        // from showing: the session browses without analyses and says why.
        let workbookPath = options.workbook ?? DataDirectory.resolve().workbookPath
        var quiet = console
        quiet.debug = false
        return Session.run(
            reader: reader, snapshotPath: path, workbook: openWorkbook(workbookPath, console: console),
            reopen: { openWorkbook(workbookPath, console: quiet) }, location: location,
            locationChosen: options.school != nil, noColor: options.noColor, console: console)
    }

    /// The workbook for the session, or why it cannot be used (the raw error under `--debug`).
    static func openWorkbook(_ path: String, console: Console) -> Result<Workbook, WorkbookProblem> {
        // A device or FIFO is never opened as a workbook: SQLite would write its journal beside it.
        if InputFile.refusal(for: path) != nil { return .failure(WorkbookProblem(.notAWorkbook, path: path)) }
        do {
            return .success(try Workbook(path: path))
        } catch {
            console.debugDetail(error)
            return .failure(error.problem)
        }
    }
}
