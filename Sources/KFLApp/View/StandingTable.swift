import KFLCore
import TerminalUI

/// Factors of several respondent groups, each on its own scale against its
/// own county value, with its change since the round before: the rows of
/// the theme view and of the overview, in the TUI and in `kfl show`. Columns
/// are added here (a share, later) without touching the two views.
struct StandingTable {
    struct Columns {
        var group: Int
        var value = 5
        /// 0 when n is not shown (narrow).
        var n: Int
        var county: Int
        var verdict: Int
        var change: Int
        var label: Int

        /// Verdicts as a sign and one word ("▲ bedre"); the section or the line in full says "klart".
        var compact: Bool
        /// Verdicts against the county in full ("· ingen klar forskjell"), for text without a width.
        var wholeVerdicts = false

        /// Under 70 columns the verdict against the county is its sign alone (the sections
        /// say it in words), so factor names keep enough letters to be told apart.
        static func fitting(width: Int, showCounty: Bool) -> Columns {
            let wide = width >= 100, tight = width < 70
            var c = Columns(
                group: wide ? 23 : 12, n: wide ? 7 : 0, county: showCounty ? 6 : 0,
                verdict: showCounty ? (wide ? 15 : tight ? signOnlyVerdict : 10) : 0, change: wide ? 24 : 10,
                label: 0, compact: !wide)
            let used = [c.group, c.value, c.n, c.county, c.verdict, c.change].filter { $0 > 0 }
            c.label = max(8, width - used.reduce(0, +) - used.count)
            return c
        }

        /// Columns for `width` whose factor and group columns share their room by what
        /// `standings` (the rows shown) need: the group column as wide as its widest group when
        /// the names keep room for their widest; when both do not fit, the names come first and
        /// the group keeps at least `groupFloor` columns.
        static func fitting(width: Int, showCounty: Bool, standings: [FactorStanding], glyphs: Glyphs) -> Columns {
            var c = fitting(width: width, showCounty: showCounty)
            let (names, groups) = widest(standings, glyphs: glyphs)
            guard names > 0, groups > 0 else { return c }
            let room = c.label + c.group
            c.group = min(groups, max(min(groups, groupFloor), room - names))
            c.label = room - c.group
            return c
        }

        /// The narrowest group column when names need the room ("Kontaktlære…" still reads).
        static let groupFloor = 12

        /// The widest factor name (with its mark) and group among `standings`, as `glyphs` spell them.
        static func widest(_ standings: [FactorStanding], glyphs: Glyphs) -> (name: Int, group: Int) {
            let shown = { (text: String) in DisplayWidth.of(glyphs.isASCII ? ASCIIFallback.text(text) : text) }
            return (
                standings.map { shown(ResultsTable.factorName($0.factor, glyphs: glyphs)) }.max() ?? 0,
                standings.map { shown($0.group.shortName) }.max() ?? 0
            )
        }

        /// These columns with every name, group and verdict of `standings` whole: plain text
        /// has no width limit, so `kfl show` to a pipe or a file cuts nothing.
        func withWholeNames(of standings: [FactorStanding], glyphs: Glyphs) -> Columns {
            var c = self
            let (names, groups) = Self.widest(standings, glyphs: glyphs)
            c.label = max(c.label, names)
            c.group = max(c.group, groups)
            if c.verdict > Self.signOnlyVerdict {
                let verdicts = Verdict.allCases.map { DisplayWidth.of(Strings.verdictText($0)) + 2 }.max() ?? 0
                c.verdict = max(c.verdict, verdicts)
                c.wholeVerdicts = true
            }
            return c
        }

        /// The verdict column's width when it holds the sign alone.
        static let signOnlyVerdict = 1
    }

    let round: Int
    let previousRound: Int?
    let showCounty: Bool
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int

    func columnHeads(_ c: Columns) -> ResultsTable.Row {
        let s = Strings.Themes.self
        var spans = [
            ResultsTable.Span(text: s.factorColumn, width: c.label, style: theme.muted),
            .init(text: s.groupColumn, width: c.group, style: theme.muted),
            .init(text: s.valueColumn, width: c.value, alignment: .right, style: theme.muted),
        ]
        if c.n > 0 {
            spans.append(.init(text: Strings.Browser.nShort, width: c.n, alignment: .right, style: theme.muted))
        }
        if c.county > 0 {
            spans.append(.init(text: s.countyColumn, width: c.county, alignment: .right, style: theme.muted))
            let head = c.verdict == Columns.signOnlyVerdict ? "" : s.versusCountyColumn
            spans.append(.init(text: head, width: c.verdict, style: theme.muted))
        }
        spans.append(.init(text: s.changeColumn(previousRound), width: c.change, style: theme.muted))
        return ResultsTable.Row(spans: spans)
    }

    /// One factor's row; `index` is what the selection highlights.
    func row(_ standing: FactorStanding, index: Int?, _ c: Columns) -> ResultsTable.Row {
        var spans = [
            ResultsTable.Span(
                text: ResultsTable.factorName(standing.factor, glyphs: glyphs, width: c.label), width: c.label),
            .init(text: standing.group.shortName, width: c.group, style: theme.muted),
        ]
        switch standing.result.unit {
        case nil:
            spans.append(.init(text: Strings.Browser.noData, width: 0, style: theme.muted))
        case .suppressed(let reason)?:
            spans.append(.init(text: Strings.suppressionText(reason, minimumN: minimumN), width: 0, style: theme.muted))
        case .value(let value)?:
            spans.append(
                .init(text: NorwegianFormat.decimal(value.mean), width: c.value, alignment: .right, style: .bold))
            if c.n > 0 {
                spans.append(
                    .init(
                        text: Strings.Browser.nText(value.n, width: c.n), width: c.n, alignment: .right,
                        style: theme.muted)
                )
            }
            if c.county > 0 {
                let county = TableCell.mean(standing.result.county)
                spans.append(
                    .init(
                        text: standing.result.county?.value.map { NorwegianFormat.decimal($0.mean) } ?? county.text,
                        width: c.county, alignment: .right, style: theme.muted))
                let verdict = standing.levelVerdict
                spans.append(
                    .init(
                        text: c.verdict == Columns.signOnlyVerdict
                            ? VerdictSign.glyph(verdict, ascii: glyphs.isASCII)
                            : verdictText(verdict, compact: c.compact, whole: c.wholeVerdicts),
                        width: c.verdict,
                        style: theme.style(for: verdict)))
            }
            spans.append(changeSpan(standing, c))
        }
        return ResultsTable.Row(factorIndex: index, spans: spans, isLabel: index != nil)
    }

    /// "▲ klart bedre", or compact "▲ bedre"; a sign alone for no clear difference;
    /// `whole` says "· ingen klar forskjell".
    func verdictText(_ verdict: Verdict?, compact: Bool, whole: Bool = false) -> String {
        let sign = VerdictSign.glyph(verdict, ascii: glyphs.isASCII)
        guard let verdict, verdict != .notComparable else { return sign }
        if compact && verdict == .noClearDifference { return sign }
        if whole { return sign + " " + Strings.verdictText(verdict) }
        return sign + " " + (compact ? Strings.Themes.verdictWord(verdict) : Strings.Themes.verdictShort(verdict))
    }

    func changeSpan(_ standing: FactorStanding, _ c: Columns) -> ResultsTable.Span {
        let outcome = standing.change?.outcome
        let verdict = outcome?.comparison?.verdict
        var text = Strings.Themes.changeShort(outcome)
        if let comparison = outcome?.comparison {
            text =
                c.compact
                ? verdictText(comparison.verdict, compact: true)
                : NorwegianFormat.signedDecimal(comparison.difference, digits: 2) + " "
                    + Strings.Development.changeVerdict(comparison.verdict)
        }
        return .init(text: text, width: c.change, style: theme.style(for: verdict))
    }

    /// The selected factor in full: its description, value and county with
    /// n, and the change with interval and d — or why there is none. What does
    /// not fit `maxLines` goes first by ``FooterDetail``, the description before all.
    func detail(_ standing: FactorStanding, width: Int, maxLines: Int) -> [ResultsTable.Row] {
        let result = standing.result
        var rows = FooterDetail.fitted(width: width, maxLines: maxLines, glyphs: glyphs) { detail in
            let counts = detail.showsCounts
            let value = TableCell.full(result.unit, minimumN: minimumN, counts: counts)
            let county = showCounty ? TableCell.full(result.county, minimumN: minimumN, counts: counts) : nil
            let level = Strings.Themes.levelLine(
                // At the least detail the group's short name, so a long factor keeps its verdict whole.
                factor: ResultsTable.factorName(standing.factor, glyphs: glyphs),
                group: detail.showsCounty ? standing.group.name : standing.group.shortName,
                // A suppressed value says why there is no verdict: it stays when values go.
                value: detail.showsValues || result.unit?.value == nil ? value : nil,
                county: detail.showsValues ? county : nil,
                verdict: result.versusCounty.map { Strings.verdictText($0.verdict) },
                countyLabel: result.referenceTrinn.map { Strings.Reference.county($0) })
            var paragraphs = [(text: level, style: Style.bold)]
            // A change without a verdict (only why there is none) goes with the county's verdict, last.
            if let change = standing.change, detail.showsCounty || change.outcome.comparison != nil {
                let text = Strings.Development.outcomeText(
                    change.outcome, minimumN: minimumN, interval: detail.showsInterval,
                    effectSize: detail.showsEffectSize)
                paragraphs.append(
                    (Strings.Development.changeLine(from: change.from, to: round, text: text), theme.muted))
            }
            return paragraphs
        }
        let room = max(0, maxLines - rows.count)
        if room > 0 {
            rows += ResultsTable.paragraph(
                standing.factor.description, width: width, style: theme.muted, maxLines: room, glyphs: glyphs)
        }
        return Array(rows.prefix(maxLines))
    }
}
