import KFLCore
import TerminalUI

/// The over-time table: each factor's value in each round for the unit, the
/// county's below it, and the change between two chosen rounds with its
/// interval, effect size and verdict (two-sample rule). Used for development,
/// both kinds of cohort and `kfl show --tidspunkt alle`. Nothing is ranked.
struct SeriesTable {
    let areas: [AreaSeries]
    let kind: SeriesKind
    /// The selected trinn and round (they anchor a same-class cohort).
    let trinn: Int
    let round: Int
    let rounds: [Int]
    let change: (from: Int, to: Int)?
    let showCounty: Bool
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int
    /// Added to the factor's name in the footer (" (gutter)").
    var nameSuffix = ""

    /// The county's row label: "fylket", or "fylket (8.–10.)" when pooled over the school's trinn.
    var countyLabel: String { Strings.Development.countyRow(areas.lazy.flatMap(\.factors).first?.referenceTrinn) }

    /// Column widths for a table `width` columns wide: the change's interval
    /// and verdict text only when they fit; the value columns always.
    struct Columns {
        let label: Int
        let value: Int
        let difference: Int
        let interval: Int
        let effect: Int
        let verdict: Int

        /// `verdict` is the widest verdict with its sign ("· ingen klar endring" is 20);
        /// the interval and the verdict text need a label column of `minimumLabel`.
        static func fitting(
            width: Int, rounds: Int, labelPreferred: Int = 32, verdict: Int = 20, minimumLabel: Int = 18
        ) -> Columns {
            let values = rounds * 5
            let full = 6 + 15 + 8 + verdict
            let medium = 6 + 8 + verdict
            let narrow = 6 + 2
            if width - values - full - 1 >= minimumLabel {
                return Columns(
                    label: min(labelPreferred, width - values - full - 1), value: 4, difference: 5,
                    interval: 14, effect: 7, verdict: verdict)
            }
            if width - values - medium - 1 >= minimumLabel {
                return Columns(
                    label: min(labelPreferred, width - values - medium - 1), value: 4, difference: 5,
                    interval: 0, effect: 7, verdict: verdict)
            }
            return Columns(
                label: max(8, min(labelPreferred, width - values - narrow - 1)), value: 4, difference: 5,
                interval: 0, effect: 0, verdict: 1)
        }

        /// Width of everything after the values.
        var changeWidth: Int {
            [difference, interval, effect, verdict].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 } - 1
        }
    }

    /// The lines above the table: what is followed, then the column heads.
    func top(width: Int, columns: Columns) -> [ResultsTable.Row] {
        var out: [ResultsTable.Row] = []
        switch (kind, trinn) {
        case (.sameTrinn, 0): break
        case (.sameTrinn, _):
            out += ResultsTable.paragraph(
                Strings.Development.sameTrinnIntro(trinn), width: width, style: theme.heading, glyphs: glyphs)
            out += ResultsTable.paragraph(
                Strings.Development.anonymousCohort, width: width, style: theme.muted, glyphs: glyphs)
        case (.sameClass, _):
            let absences = Dictionary(
                areas.first?.factors.first?.points.compactMap { p in p.absence.map { (p.round, $0) } } ?? [],
                uniquingKeysWith: { a, _ in a })
            let steps = rounds.map { (round: $0, trinn: trinn + ($0 - round), absence: absences[$0]) }
                .filter { (1...10).contains($0.trinn) }
            out += ResultsTable.paragraph(
                Strings.Development.sameClassIntro(steps), width: width, style: theme.heading, glyphs: glyphs)
            out += ResultsTable.paragraph(
                Strings.Development.anonymousCohort, width: width, style: theme.muted, glyphs: glyphs)
        }
        if rounds.count < 2 {
            out += ResultsTable.paragraph(
                Strings.Development.oneRoundOnly, width: width, style: theme.muted, glyphs: glyphs)
        }
        var spans = [ResultsTable.Span(text: "", width: columns.label)]
        for r in rounds {
            spans.append(
                .init(
                    text: String(r), width: columns.value, alignment: .right,
                    style: r == round ? theme.heading : theme.muted))
        }
        if let change {
            let heading =
                columns.verdict > 1
                ? Strings.Development.changeHeading(from: change.from, to: change.to)
                : "\(change.from % 100)–\(change.to % 100)"
            spans.append(.init(text: heading, width: columns.changeWidth, style: theme.heading))
        }
        out.append(ResultsTable.Row(spans: spans))
        return out
    }

    /// Rows: per area a heading, per factor the unit's row and the county's.
    func rows(columns: Columns) -> [ResultsTable.Row] {
        var out: [ResultsTable.Row] = []
        var index = 0
        for area in areas {
            out.append(.text(area.name, style: theme.heading))
            for series in area.factors {
                // Cut to the column here, so the name is shortened and the ↓ mark kept.
                let name = " " + ResultsTable.factorName(series.factor, glyphs: glyphs, width: columns.label - 1)
                out.append(
                    row(
                        series, index: index, label: name, cell: \.unit, columns: columns, isLabel: true,
                        valueStyle: .bold))
                if showCounty {
                    out.append(
                        row(
                            series, index: index, label: "   " + countyLabel, cell: \.county,
                            columns: columns, isLabel: false, valueStyle: theme.muted))
                }
                index += 1
            }
        }
        return out
    }

    func row(
        _ series: FactorSeries, index: Int, label: String, cell: KeyPath<SeriesPoint, CellResult?>,
        columns: Columns, isLabel: Bool, valueStyle: Style
    ) -> ResultsTable.Row {
        var spans = [ResultsTable.Span(text: label, width: columns.label, style: isLabel ? .plain : theme.muted)]
        for point in series.points {
            let shown: (text: String, suppressed: Bool) =
                point.absence == nil ? TableCell.mean(point[keyPath: cell]) : (Strings.Development.noValueShort, false)
            spans.append(
                .init(
                    text: shown.text, width: columns.value, alignment: .right,
                    style: shown.suppressed ? theme.muted : valueStyle))
        }
        if let change {
            let isUnit = cell == \SeriesPoint.unit
            let outcome =
                isUnit
                ? series.change(from: change.from, to: change.to)
                : series.countyChange(from: change.from, to: change.to)
            // Why a round is missing is said once, on the unit's row.
            if isUnit || outcome.comparison != nil || !Self.isAbsence(outcome) {
                spans += changeSpans(outcome, columns: columns, verdictText: Strings.Development.changeVerdict)
            }
        }
        return ResultsTable.Row(factorIndex: index, spans: spans, isLabel: isLabel)
    }

    static func isAbsence(_ outcome: TwoSampleOutcome) -> Bool {
        if case .unavailable(.absent) = outcome { return true }
        return false
    }

    /// Difference, interval, d and verdict; or why there is none, across them.
    func changeSpans(
        _ outcome: TwoSampleOutcome, columns: Columns, verdictText: (Verdict) -> String
    ) -> [ResultsTable.Span] {
        Self.changeSpans(
            outcome, columns: columns, theme: theme, glyphs: glyphs, minimumN: minimumN, verdictText: verdictText)
    }

    static func changeSpans(
        _ outcome: TwoSampleOutcome, columns: Columns, theme: Theme, glyphs: Glyphs, minimumN: Int,
        verdictText: (Verdict) -> String
    ) -> [ResultsTable.Span] {
        switch outcome {
        case .unavailable(let reason):
            let text =
                columns.verdict > 1
                ? Strings.Development.unavailable(reason, minimumN: minimumN) : Strings.Development.noValueShort
            return [.init(text: text, width: columns.changeWidth, style: theme.muted)]
        case .compared(let c):
            let style = theme.style(for: c.verdict)
            var spans = [
                ResultsTable.Span(
                    text: NorwegianFormat.signedDecimal(c.difference, digits: 2), width: columns.difference,
                    alignment: .right,
                    style: style)
            ]
            if columns.interval > 0 {
                spans.append(
                    .init(
                        text: c.interval.map(Strings.Development.interval) ?? "", width: columns.interval,
                        style: theme.muted))
            }
            if columns.effect > 0 {
                spans.append(
                    .init(
                        text: c.effectSize.map { Strings.Development.effectSize($0, aligned: true) } ?? "",
                        width: columns.effect, style: theme.muted))
            }
            var sign = VerdictSign.glyph(c.verdict, ascii: glyphs.isASCII)
            if columns.verdict > 1 { sign += " " + verdictText(c.verdict) }
            // The verdict is last: it may use the rest of the row.
            spans.append(.init(text: sign, width: columns.verdict > 1 ? 0 : 1, style: style))
            return spans
        }
    }

    /// The selected factor in full: every round with n or the reason, and
    /// the change in words, for the unit and the county — as much of it as
    /// `maxLines` hold (``FooterDetail``: the verdicts go last).
    func footer(selected: Int?, width: Int, maxLines: Int) -> [ResultsTable.Row] {
        let all = areas.flatMap(\.factors)
        guard let selected, all.indices.contains(selected) else { return [] }
        let series = all[selected]
        // The changes are worked out once, not for each detail tried.
        let outcome = change.map { series.change(from: $0.from, to: $0.to) }
        let countyOutcome = showCounty ? change.map { series.countyChange(from: $0.from, to: $0.to) } : nil
        return FooterDetail.fitted(width: width, maxLines: maxLines, glyphs: glyphs) {
            [(footerText(series, detail: $0, outcome: outcome, countyOutcome: countyOutcome), theme.muted)]
        }
    }

    /// The footer at `detail`, with the series' change over `change` (`outcome`) and the county's.
    func footerText(
        _ series: FactorSeries, detail: FooterDetail, outcome: TwoSampleOutcome?, countyOutcome: TwoSampleOutcome?
    ) -> String {
        var text = series.factor.name + nameSuffix
        // Without a verdict the values (or why they are missing) are what the line says: they stay.
        let verdictless = outcome?.comparison == nil
        if detail.showsValues || verdictless {
            let values = series.points.map { p in
                (
                    p.round,
                    (kind == .sameClass ? "(\(p.trinn).) " : "")
                        + TableCell.full(
                            p.unit, absence: p.absence, minimumN: minimumN, counts: detail.showsCounts)
                )
            }
            // A reason a value is missing is said once for the rounds in a row it holds for.
            let missing = zip(series.points, values).filter { $0.0.unit?.value == nil }.map(\.1.1)
            text = Strings.Development.roundValues(
                text, values: values, separator: glyphs.separator, shared: Set(missing))
        }
        if let change, let outcome, detail.showsValues || !verdictless {
            let unit = Strings.Development.outcomeText(
                outcome, minimumN: minimumN, interval: detail.showsInterval, effectSize: detail.showsEffectSize)
            text += ". " + Strings.Development.changeLine(from: change.from, to: change.to, text: unit)
            if showCounty, detail.showsCounty, let countyOutcome {
                text +=
                    ". " + countyLabel.capitalizedFirst + ": "
                    + Strings.Development.shortOutcomeText(countyOutcome, minimumN: minimumN)
            }
        }
        return text + "."
    }

    /// The whole table for `width` columns, with the selected factor's footer.
    func table(width: Int, selected: Int?, footerLines: Int) -> ResultsTable {
        let columns = Columns.fitting(width: width, rounds: rounds.count)
        return ResultsTable(
            top: top(width: width, columns: columns), rows: rows(columns: columns),
            bottom: footer(selected: selected, width: width, maxLines: footerLines))
    }
}
