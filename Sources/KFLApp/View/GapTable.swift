import KFLCore
import TerminalUI

/// The gender gap table: for each factor boys, girls and the gap (boys minus
/// girls) with interval, d and the two-sample verdict in the selected round;
/// the county's the same way below; then the gap in every round.
struct GapTable {
    let areas: [AreaGaps]
    let round: Int
    let rounds: [Int]
    let showCounty: Bool
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int

    /// The county's row label: "fylket", or "fylket (8.–10.)" when pooled over the school's trinn.
    var countyLabel: String { Strings.Development.countyRow(areas.lazy.flatMap(\.factors).first?.referenceTrinn) }

    struct Columns {
        let label: Int
        let value: Int
        let change: SeriesTable.Columns

        static func fitting(width: Int, minimumLabel: Int = 18) -> Columns {
            // Boys and girls take the place of two rounds in the series layout.
            let series = SeriesTable.Columns.fitting(
                width: width - 4, rounds: 2, verdict: 22, minimumLabel: minimumLabel)
            let value = series.verdict > 1 ? 6 : 4
            return Columns(label: series.label, value: value, change: series)
        }
    }

    func top(width: Int, columns: Columns) -> [ResultsTable.Row] {
        let intro =
            columns.change.interval > 0 ? Strings.Development.gapIntro(round) : Strings.Development.gapIntroShort(round)
        var out = ResultsTable.paragraph(intro, width: width, style: theme.muted, glyphs: glyphs)
        let wide = columns.value >= 6
        out.append(
            ResultsTable.Row(spans: [
                .init(text: "", width: columns.label),
                .init(
                    text: wide ? Strings.Development.boysColumn : Strings.Browser.boysShort, width: columns.value,
                    alignment: .right, style: theme.heading),
                .init(
                    text: wide ? Strings.Development.girlsColumn : Strings.Browser.girlsShort, width: columns.value,
                    alignment: .right, style: theme.heading),
                .init(
                    text: wide ? Strings.Development.gapColumn : Strings.Development.gapColumnShort,
                    width: columns.change.changeWidth,
                    style: theme.heading),
            ]))
        return out
    }

    func rows(columns: Columns, width: Int) -> [ResultsTable.Row] {
        var out: [ResultsTable.Row] = []
        var index = 0
        for area in areas {
            out.append(.text(area.name, style: theme.heading))
            for gap in area.factors {
                // Cut to the column here, so the name is shortened and the ↓ mark kept.
                let name = " " + ResultsTable.factorName(gap.factor, glyphs: glyphs, width: columns.label - 1)
                let point = gap.point(round: round)
                out.append(
                    row(
                        name, index: index, boys: point?.boys, girls: point?.girls, outcome: gap.gap(round: round),
                        columns: columns, isLabel: true))
                if showCounty {
                    out.append(
                        row(
                            "   " + countyLabel, index: index, boys: point?.countyBoys,
                            girls: point?.countyGirls, outcome: gap.countyGap(round: round), columns: columns,
                            isLabel: false))
                }
                if rounds.count > 1 {
                    out.append(perRound(gap, index: index, width: width))
                }
                index += 1
            }
        }
        return out
    }

    func row(
        _ label: String, index: Int, boys: CellResult?, girls: CellResult?, outcome: TwoSampleOutcome,
        columns: Columns, isLabel: Bool
    ) -> ResultsTable.Row {
        let valueStyle = isLabel ? Style.bold : theme.muted
        var spans = [ResultsTable.Span(text: label, width: columns.label, style: isLabel ? .plain : theme.muted)]
        for cell in [boys, girls] {
            let shown = TableCell.mean(cell)
            spans.append(
                .init(
                    text: shown.text, width: columns.value, alignment: .right,
                    style: shown.suppressed ? theme.muted : valueStyle))
        }
        spans += SeriesTable.changeSpans(
            outcome, columns: columns.change, theme: theme, glyphs: glyphs, minimumN: minimumN,
            verdictText: Strings.Development.gapVerdict)
        return ResultsTable.Row(factorIndex: index, spans: spans, isLabel: isLabel)
    }

    /// "   forskjell per tidspunkt: 2016 -0,12 · 2018 -0,30 ▼ 2020 -0,18 ·", shortened to fit.
    func perRound(_ gap: FactorGap, index: Int, width: Int) -> ResultsTable.Row {
        let parts = rounds.map { r -> String in
            switch gap.gap(round: r) {
            case .compared(let c):
                return
                    "\(r) \(NorwegianFormat.signedDecimal(c.difference, digits: 2)) "
                    + VerdictSign.glyph(c.verdict, ascii: glyphs.isASCII)
            case .unavailable(.suppressed):
                return "\(r) \(Strings.Development.suppressedShort)"
            case .unavailable:
                return "\(r) \(Strings.Development.noValueShort)"
            }
        }
        let long =
            "   " + Strings.Development.gapColumn + " " + Strings.Development.perRoundLabel + ": "
            + parts.joined(separator: "  ")
        let short = "   " + parts.joined(separator: "  ")
        return ResultsTable.Row(
            factorIndex: index,
            spans: [
                .init(text: DisplayWidth.of(long) <= width ? long : short, width: 0, style: theme.muted)
            ])
    }

    /// The selected factor in full: boys and girls with n, the gap in words,
    /// and the county's gap — as much of it as `maxLines` hold (``FooterDetail``).
    func footer(selected: Int?, width: Int, maxLines: Int) -> [ResultsTable.Row] {
        let all = areas.flatMap(\.factors)
        guard let selected, all.indices.contains(selected) else { return [] }
        let gap = all[selected]
        return FooterDetail.fitted(width: width, maxLines: maxLines, glyphs: glyphs) {
            [(footerText(gap, detail: $0), theme.muted)]
        }
    }

    func footerText(_ gap: FactorGap, detail: FooterDetail) -> String {
        let point = gap.point(round: round)
        var text = gap.factor.name + ", \(round)"
        let outcome = gap.gap(round: round)
        // Without a verdict the values (or why they are missing) are what the line says: they stay.
        let verdictless = outcome.comparison == nil
        if detail.showsValues || verdictless {
            let counts = detail.showsCounts
            text +=
                ": " + Strings.Development.boysColumn + " "
                + TableCell.full(point?.boys, minimumN: minimumN, counts: counts) + ", "
                + Strings.Development.girlsColumn + " "
                + TableCell.full(point?.girls, minimumN: minimumN, counts: counts)
        }
        if detail.showsValues || !verdictless {
            text +=
                ". " + Strings.Development.gapColumn.capitalizedFirst + ": "
                + Strings.Development.outcomeText(
                    outcome, minimumN: minimumN, verdictText: Strings.Development.gapVerdict,
                    interval: detail.showsInterval, effectSize: detail.showsEffectSize)
        }
        if showCounty, detail.showsCounty {
            text +=
                ". " + countyLabel.capitalizedFirst + ": "
                + Strings.Development.shortOutcomeText(
                    gap.countyGap(round: round), minimumN: minimumN, verdictText: Strings.Development.gapVerdict)
        }
        return text + "."
    }

    func table(width: Int, selected: Int?, footerLines: Int) -> ResultsTable {
        let columns = Columns.fitting(width: width)
        return ResultsTable(
            top: top(width: width, columns: columns), rows: rows(columns: columns, width: width),
            bottom: footer(selected: selected, width: width, maxLines: footerLines))
    }
}
