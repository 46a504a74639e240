import Foundation
import KFLApp
import KFLCore
import KFLStore
import TerminalUI

/// `kfl show`: one unit's results without a TUI.
enum ShowCommand {
    static func run(_ options: Command.ShowOptions, console: Console) -> ExitCode {
        let reader: SnapshotReader
        let path: String
        switch SnapshotOpening.openOrDemo(options.snapshot, console: console) {
        case .success(let opened): (reader, path) = opened
        case .failure(let code): return code
        }
        let info = reader.info
        let unit: ReportingUnit
        switch UnitLookup.resolve(municipality: options.municipality, school: options.school, in: info.tree) {
        case .success(let u): unit = u
        case .failure(let failure):
            console.err(Strings.CLI.error(failure.message))
            return .usage
        }
        let round = options.round ?? info.rounds.last ?? 0
        guard info.rounds.contains(round) else {
            console.err(Strings.CLI.error(Strings.CLI.roundNotInSnapshot(round, rounds: info.rounds)))
            return .usage
        }
        do {
            let groups = try reader.groups(for: unit, trinn: options.trinn)
            guard !groups.isEmpty else {
                let message = options.trinn > 0 ? Strings.CLI.trinnNotAtUnit(options.trinn, unit: unit.name) : Strings.CLI.noResults(unit.name)
                console.err(Strings.CLI.error(message))
                return .usage
            }
            var group = groups[0]
            if let wanted = options.group {
                let folded = NorwegianCollation.searchFold(wanted)
                let matches = { (g: RespondentGroup) in [g.id, g.name, g.shortName].map(NorwegianCollation.searchFold).contains(folded) }
                if !groups.contains(where: matches), let known = info.instrument.groups.first(where: matches) {
                    console.err(Strings.CLI.error(Strings.CLI.groupNotHere(known.name, unit: unit.name, trinn: options.trinn, available: groups.map(\.id))))
                    return .usage
                }
                guard let found = groups.first(where: matches) else {
                    console.err(Strings.CLI.error(Strings.CLI.unknownGroup(wanted, suggestion: NearestMatch.find(wanted, in: groups.map(\.id)), available: groups.map(\.id))))
                    return .usage
                }
                group = found
            }
            let gender = group.genderSplit ? options.gender : .all
            let selection = ResultsSelection(unitID: unit.id, round: round, trinn: options.trinn, groupID: group.id, gender: gender)
            let report = ResultsReport(info: info, unit: unit, selection: selection, group: group, areas: try reader.areaResults(selection))
            switch options.format {
            case .text: console.out(report.text(glyphs: Locale.isUTF8 ? .unicode : .ascii).trimmingTrailingNewline)
            case .csv: console.out(report.csv().trimmingTrailingNewline)
            case .json: console.out(try report.json().trimmingTrailingNewline)
            }
            return .success
        } catch {
            console.err(Strings.CLI.error(Strings.CLI.cannotRead(path, reason: ErrorText.message(for: error))))
            console.debugDetail(error)
            return .dataError
        }
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}

enum Locale {
    /// Whether the environment's locale is UTF-8 (LC_ALL, LC_CTYPE, LANG in that order).
    static var isUTF8: Bool {
        let env = ProcessInfo.processInfo.environment
        let value = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return value.uppercased().contains("UTF-8") || value.uppercased().contains("UTF8")
    }
}
