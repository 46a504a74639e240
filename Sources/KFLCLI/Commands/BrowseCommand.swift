import Foundation
import KFLApp
import KFLCore
import KFLStore

/// `kfl [SNAPSHOT]`: the results browser in the terminal.
enum BrowseCommand {
    static func run(_ options: Command.BrowseOptions, console: Console) -> ExitCode {
        let reader: SnapshotReader
        let path: String
        switch SnapshotOpening.openOrDemo(options.snapshot, console: console) {
        case .success(let opened): (reader, path) = opened
        case .failure(let code): return code
        }
        var location = RememberedLocation.load(snapshot: path)
        if options.municipality != nil || options.school != nil {
            switch UnitLookup.resolve(municipality: options.municipality, school: options.school, in: reader.info.tree) {
            case .success(let unit):
                location = BrowserLocation(unitKind: unit.kind, unitCode: unit.code)
            case .failure(let error):
                console.err(Strings.CLI.error(error.message))
                return .usage
            }
        }
        // The workbook opens before the terminal is taken, so a bad file is a
        // plain message on stderr.
        let workbook: Workbook
        do {
            workbook = try AnalyseCommand.openWorkbook(options.workbook ?? DataDirectory.resolve().workbookPath, mustExist: false)
        } catch {
            return AnalyseCommand.report(error, console)
        }
        return Session.run(
            reader: reader, snapshotPath: path, workbook: workbook, location: location, noColor: options.noColor, console: console)
    }
}
