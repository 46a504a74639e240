import KFLApp
import KFLCore
import KFLStore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
            switch try acrossGroups(options, reader: reader, unit: unit, round: round, console: console) {
            case .success(let text)?:
                console.out(text.trimmingTrailingNewline)
                return .success
            case .failure(let code)?:
                return code
            case nil:
                break
            }
            // A school answers only for the trinn it has (a 1–7 school has no 9. trinn).
            let outsideSchool = options.trinn > 0 && !(unit.trinnRange?.contains(options.trinn) ?? true)
            let groups = outsideSchool ? [] : try reader.groups(for: unit, trinn: options.trinn)
            guard !groups.isEmpty else {
                // A kommune in the geography where no school answered: not the selection's fault.
                let silent = unit.kind == .municipality && info.tree.children(of: unit).isEmpty
                let message =
                    silent
                    ? Strings.CLI.municipalityWithoutAnswers(unit.name)
                    : options.trinn > 0
                        ? Strings.CLI.trinnNotAtUnit(options.trinn, unit: unit.name) : Strings.CLI.noResults(unit.name)
                console.err(Strings.CLI.error(message))
                return .usage
            }
            var group = groups[0]
            if let wanted = options.group {
                let folded = NorwegianCollation.searchFold(wanted)
                let matches = { (g: RespondentGroup) in g.allNames.map(NorwegianCollation.searchFold).contains(folded) }
                if !groups.contains(where: matches), let known = info.instrument.groups.first(where: matches) {
                    console.err(
                        Strings.CLI.error(
                            Strings.CLI.groupNotHere(
                                known.name, unit: unit.name, trinn: options.trinn, available: groups.map(\.id))))
                    return .usage
                }
                guard let found = groups.first(where: matches) else {
                    console.err(
                        Strings.CLI.error(
                            Strings.CLI.unknownGroup(
                                wanted, suggestion: NearestMatch.find(wanted, in: groups.map(\.id)),
                                available: groups.map(\.id))))
                    return .usage
                }
                group = found
            }
            let gender = group.genderSplit ? options.gender : .all
            let selection = ResultsSelection(
                unitID: unit.id, round: round, trinn: options.trinn, groupID: group.id, gender: gender)
            let context = ReportContext(info: info, unit: unit, selection: selection, group: group)
            let glyphs: Glyphs = Locale.isUTF8 ? .unicode : .ascii
            let output: (text: () -> String, csv: () -> String, json: () throws -> String)
            switch options.view {
            case .levels:
                let report = ResultsReport(
                    info: info, unit: unit, selection: selection, group: group,
                    areas: try reader.areaResults(selection), shares: options.shares)
                output = ({ report.text(glyphs: glyphs) }, report.csv, report.json)
            case .development, .cohort:
                var kind = SeriesKind.sameTrinn
                if case .cohort(let k) = options.view { kind = k }
                var change: (from: Int, to: Int)?
                if let wanted = options.change {
                    for r in [wanted.from, wanted.to] where !info.rounds.contains(r) {
                        console.err(Strings.CLI.error(Strings.CLI.roundNotInSnapshot(r, rounds: info.rounds)))
                        return .usage
                    }
                    change = (wanted.from, wanted.to)
                } else if let previous = info.rounds.last(where: { $0 < round }) {
                    change = (previous, round)
                }
                let areas = try reader.series(selection, kind: kind) ?? []
                var isCohort = false
                if case .cohort = options.view { isCohort = true }
                let report = SeriesReport(
                    context: context, kind: kind, areas: areas, change: change, isCohort: isCohort)
                output = ({ report.text(glyphs: glyphs) }, report.csv, report.json)
            case .theme, .highlights:
                return .usage  // handled by `acrossGroups` above
            case .genderGap:
                guard let areas = try reader.genderGaps(selection) else {
                    console.err(Strings.CLI.error(Strings.CLI.groupNotSplitByGender(group.name)))
                    return .usage
                }
                let report = GapReport(context: context, areas: areas)
                output = ({ report.text(glyphs: glyphs) }, report.csv, report.json)
            }
            switch options.format {
            case .text: console.out(inLocale(output.text(), glyphs: glyphs).trimmingTrailingNewline)
            case .csv: console.out(output.csv().trimmingTrailingNewline)
            case .json: console.out(try output.json().trimmingTrailingNewline)
            }
            return .success
        } catch {
            console.err(Strings.CLI.error(Strings.CLI.cannotRead(path, reason: ErrorText.message(for: error))))
            console.debugDetail(error)
            return .dataError
        }
    }
}

extension ShowCommand {
    /// The text report as the terminal can show it: the whole of it (title, demo notice, names and
    /// all) in ASCII where the locale is not UTF-8, as the body's bars and marks already are.
    static func inLocale(_ text: String, glyphs: Glyphs) -> String {
        glyphs.isASCII ? ASCIIFallback.text(text) : text
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}

enum Locale {
    /// Whether the environment's locale is UTF-8 (LC_ALL, LC_CTYPE, LANG in that order).
    static var isUTF8: Bool {
        let env = Environment.process
        let value = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let upper = value.uppercased()
        return upper.containsText("UTF-8") || upper.containsText("UTF8")
    }
}
