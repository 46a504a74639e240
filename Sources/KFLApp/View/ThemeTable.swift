import KFLCore
import TerminalUI

/// A theme as a table: its description, how to read it, each group's factor.
struct ThemeTable {
    let results: ThemeResults
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int

    var standingTable: StandingTable {
        StandingTable(
            round: results.round, previousRound: results.standings.first?.change?.from,
            showCounty: results.unit.kind != .county, theme: theme, glyphs: glyphs, minimumN: minimumN)
    }

    /// The table for `width` columns; with `wholeNames` factor and group names are not cut, and
    /// the rows are as wide as they need (the text around them keeps to `width`).
    func table(width: Int, introLines: Int = .max, wholeNames: Bool = false) -> ResultsTable {
        let s = Strings.Themes.self
        var columns = StandingTable.Columns.fitting(
            width: width, showCounty: results.unit.kind != .county, standings: results.standings, glyphs: glyphs)
        if wholeNames { columns = columns.withWholeNames(of: results.standings, glyphs: glyphs) }
        var table = ResultsTable()
        let half = max(1, introLines / 2)
        table.top = ResultsTable.paragraph(
            results.theme.description, width: width, style: .plain, maxLines: introLines - half, glyphs: glyphs)
        table.top += ResultsTable.paragraph(
            s.themeIntro(round: results.round), width: width, style: theme.muted, maxLines: half, glyphs: glyphs)
        table.top.append(standingTable.columnHeads(columns))
        var rows = results.standings.enumerated().map { standingTable.row($1, index: $0, columns) }
        if results.standings.isEmpty { rows.append(.text(s.nothingShown, style: theme.muted)) }
        if !results.missingGroups.isEmpty {
            rows += ResultsTable.paragraph(
                s.missingGroups(results.missingGroups.map(\.name)), width: width, style: theme.muted, glyphs: glyphs)
        }
        table.rows = rows
        return table
    }
}
