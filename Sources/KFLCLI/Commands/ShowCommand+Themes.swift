import KFLApp
import KFLCore
import KFLStore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ShowCommand {
    /// `--tema` and `--skiller-seg-ut`: the report's text, a usage failure
    /// (already written to stderr), or nil for the other views.
    /// - Throws: what the snapshot reader throws.
    static func acrossGroups(
        _ options: Command.ShowOptions, reader: SnapshotReader, unit: ReportingUnit, round: Int, console: Console
    ) throws -> Result<String, ExitCode>? {
        let info = reader.info
        let glyphs: Glyphs = Locale.isUTF8 ? .unicode : .ascii
        let output: (text: () -> String, csv: () -> String, json: () throws -> String)
        switch options.view {
        case .theme(let wanted):
            let themes = info.instrument.themes
            let folded = NorwegianCollation.searchFold(wanted)
            let chosen: [SurveyTheme]
            if folded == "alle" {
                chosen = themes
            } else if let theme = Self.theme(named: folded, in: themes) {
                chosen = [theme]
            } else {
                let ids = themes.map(\.id)
                let message = Strings.Themes.unknownTheme(
                    wanted, suggestion: NearestMatch.find(wanted, in: ids), available: ids)
                console.err(Strings.CLI.error(message))
                return .failure(.usage)
            }
            let results = try chosen.compactMap { try reader.themeResults($0, unitID: unit.id, round: round) }
            let report = ThemeReport(info: info, themes: results)
            // In a terminal the table keeps to its width; in a pipe or a file names are whole.
            output = ({ report.text(width: console.terminalWidth(), glyphs: glyphs) }, report.csv, report.json)
        case .highlights:
            guard let highlights = try reader.highlights(unitID: unit.id, round: round) else { return .failure(.usage) }
            let report = HighlightsReport(info: info, highlights: highlights)
            // In a terminal the table keeps to its width; in a pipe or a file names are whole.
            output = ({ report.text(width: console.terminalWidth(), glyphs: glyphs) }, report.csv, report.json)
        default:
            return nil
        }
        switch options.format {
        case .text: return .success(inLocale(output.text(), glyphs: glyphs))
        case .csv: return .success(output.csv())
        case .json: return .success(try output.json())
        }
    }

    /// The theme whose id or name is `folded`, or the one theme they start with.
    static func theme(named folded: String, in themes: [SurveyTheme]) -> SurveyTheme? {
        let names = { (t: SurveyTheme) in [t.id, t.name].map(NorwegianCollation.searchFold) }
        if let exact = themes.first(where: { names($0).contains(folded) }) { return exact }
        let starts = themes.filter { names($0).contains { $0.hasPrefix(folded) } }
        return starts.count == 1 ? starts[0] : nil
    }
}
