import KFLCore
import TerminalUI

/// The overview as a table: the intro, who has data (above kommune level),
/// then a section per kind of line. The TUI and `kfl show` draw it alike.
struct OverviewTable {
    let highlights: Highlights
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int

    var showCounty: Bool { highlights.unit.kind != .county }

    var standingTable: StandingTable {
        StandingTable(
            round: highlights.round, previousRound: highlights.previousRound, showCounty: showCounty, theme: theme,
            glyphs: glyphs, minimumN: minimumN)
    }

    /// The table for `width` columns; with `wholeNames` the factor names are not cut, and the
    /// rows are as wide as they need (the text around them keeps to `width`).
    func table(width: Int, introLines: Int = .max, wholeNames: Bool = false) -> ResultsTable {
        let s = Strings.Themes.self
        let shown = highlights.lines.map(\.standing)
        var columns = StandingTable.Columns.fitting(
            width: width, showCounty: showCounty, standings: shown, glyphs: glyphs)
        if wholeNames { columns = columns.withWholeNames(of: shown, glyphs: glyphs) }
        var table = ResultsTable()
        table.top = ResultsTable.paragraph(
            s.overviewIntro(round: highlights.round, previous: highlights.previousRound), width: width,
            style: theme.muted, maxLines: introLines, glyphs: glyphs)
        table.top.append(standingTable.columnHeads(columns))
        var rows: [ResultsTable.Row] = []
        if !highlights.coverage.isEmpty {
            rows.append(.text(s.coverageHeading, style: theme.heading))
            rows += ResultsTable.paragraph(
                s.coverageIntro(highlights.unit.name), width: width, style: theme.muted, glyphs: glyphs)
            for c in highlights.coverage {
                rows.append(
                    .text(
                        "  "
                            + s.coverageLine(
                                group: c.group.name, municipalities: c.municipalities, of: c.municipalitiesTotal,
                                schools: c.schools, of: c.schoolsTotal)))
            }
            rows.append(.blank)
        }
        guard !highlights.standings.isEmpty else {
            table.rows = rows + [.text(s.nothingShown, style: theme.muted)]
            return table
        }
        let lines = highlights.lines
        for kind in Highlights.Kind.allCases {
            if !showCounty && (kind == .clearlyBetter || kind == .clearlyWorse) { continue }
            let isChange = kind == .changedForBetter || kind == .changedForWorse
            if isChange && highlights.previousRound == nil { continue }
            let mine = lines.enumerated().filter { $0.element.kind == kind }
            if mine.isEmpty && kind == .suppressed { continue }
            rows.append(
                .text(
                    s.sectionHeading(kind, previous: highlights.previousRound, count: mine.count),
                    style: theme.heading))
            if mine.isEmpty { rows.append(.text("  " + s.sectionEmpty, style: theme.muted)) }
            for (index, line) in mine { rows.append(standingTable.row(line.standing, index: index, columns)) }
        }
        if highlights.previousRound == nil { rows.append(.text(s.firstRound, style: theme.muted)) }
        let rest = highlights.unremarkableCount
        if rest > 0 { rows.append(.text(s.unremarkable(rest), style: theme.muted)) }
        table.rows = rows
        return table
    }
}
