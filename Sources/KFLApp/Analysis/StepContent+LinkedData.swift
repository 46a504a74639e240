import KFLCore
import TerminalUI

/// Step 3: a linked change, cohort or gap, drawn with the browser's own
/// tables (`SeriesTable`, `GapTable`) for the one factor: the column heads
/// and the unit's row; when focused also the cohort's note, the county's
/// row, the gap in each round, and the factor in full with n and interval.
extension StepContent {
    static func linkedDataLines(
        _ linked: LinkedFactor, factor: Factor, focused: Bool, state: AnalysisState, theme: Theme, width: Int
    ) -> [FormLine] {
        let analysisRound = state.analysis.context.round
        let round = linked.round(analysisRound: analysisRound)
        let change = linked.change(analysisRound: analysisRound, rounds: state.info.rounds)
        let label = Strings.Analysis.linkedDataLabel(linked.view, round: round, change: change)
        let selection = Strings.Analysis.linkedSelection(
            linked.view, trinn: linked.trinn, gender: linked.gender, round: round)
        var head = FormLine.text(factor.name, x: 2)
        head.spans.append(
            .init(x: 2 + DisplayWidth.of(factor.name), text: " – \(label) (\(selection))", style: theme.muted))
        let tableWidth = max(1, width - 5)
        let rows: [ResultsTable.Row]
        switch state.linkedData[linked.id].map({ ($0, $0.content) }) {
        case nil:
            rows = [.text(Strings.Browser.noData, style: theme.muted)]
        case (_, .notApplicable(let reason))?:
            rows = ResultsTable.paragraph(
                Strings.Analysis.linkedNotApplicable(reason), width: tableWidth, style: theme.muted,
                glyphs: state.glyphs)
        case (let data, .series(let series))?:
            rows = seriesRows(data, series, focused: focused, state: state, theme: theme, width: tableWidth)
        case (let data, .gap(let gap))?:
            rows = gapRows(data, gap, focused: focused, state: state, theme: theme, width: tableWidth)
        }
        return [head] + rows.map { formLine($0, x: 4, width: tableWidth, glyphs: state.glyphs) }
    }

    static func seriesRows(
        _ data: LinkedData, _ series: FactorSeries, focused: Bool, state: AnalysisState, theme: Theme, width: Int
    ) -> [ResultsTable.Row] {
        let info = state.info
        let showCounty = state.unit?.kind != .county
        let table = SeriesTable(
            areas: [AreaSeries(name: "", factors: [series])], kind: data.linked.view.seriesKind ?? .sameTrinn,
            trinn: data.linked.view == .development ? 0 : data.linked.trinn, round: data.round, rounds: info.rounds,
            change: data.change, showCounty: showCounty, theme: theme, glyphs: state.glyphs, minimumN: info.minimumN)
        let label = labelWidth(county: table.countyLabel)
        let columns = SeriesTable.Columns.fitting(
            width: width, rounds: info.rounds.count, labelPreferred: label, minimumLabel: label)
        let top = table.top(width: width, columns: columns)
        let unit = table.row(
            series, index: 0, label: unitLabel(state), cell: \.unit, columns: columns, isLabel: true, valueStyle: .bold)
        let county = table.row(
            series, index: 0, label: "   " + table.countyLabel, cell: \.county, columns: columns,
            isLabel: false, valueStyle: theme.muted)
        return assembled(
            top: top, unit: unit, county: showCounty ? county : nil,
            footer: table.footer(selected: 0, width: width, maxLines: 4), focused: focused)
    }

    static func gapRows(
        _ data: LinkedData, _ gap: FactorGap, focused: Bool, state: AnalysisState, theme: Theme, width: Int
    ) -> [ResultsTable.Row] {
        let info = state.info
        let showCounty = state.unit?.kind != .county
        let table = GapTable(
            areas: [AreaGaps(name: "", factors: [gap])], round: data.round, rounds: info.rounds,
            showCounty: showCounty, theme: theme, glyphs: state.glyphs, minimumN: info.minimumN)
        let columns = GapTable.Columns.fitting(width: width, minimumLabel: labelWidth(county: table.countyLabel))
        let top = table.top(width: width, columns: columns)
        let point = gap.point(round: data.round)
        let unit = table.row(
            unitLabel(state), index: 0, boys: point?.boys, girls: point?.girls,
            outcome: gap.gap(round: data.round), columns: columns, isLabel: true)
        let county = table.row(
            "   " + table.countyLabel, index: 0, boys: point?.countyBoys, girls: point?.countyGirls,
            outcome: gap.countyGap(round: data.round), columns: columns, isLabel: false)
        return assembled(
            top: top, unit: unit, county: showCounty ? county : nil,
            more: info.rounds.count > 1 ? [table.perRound(gap, index: 0, width: width)] : [],
            footer: table.footer(selected: 0, width: width, maxLines: 4), focused: focused)
    }

    /// A linked table: the column heads (the last row of `top`) and the
    /// unit's row; when focused also the notes above them, the county's row,
    /// any `more`, and the factor in full (`footer`).
    static func assembled(
        top: [ResultsTable.Row], unit: ResultsTable.Row, county: ResultsTable.Row?, more: [ResultsTable.Row] = [],
        footer: [ResultsTable.Row], focused: Bool
    ) -> [ResultsTable.Row] {
        guard focused else { return top.suffix(1) + [unit] }
        return top + [unit] + (county.map { [$0] } ?? []) + more + footer
    }

    /// The unit's row is named by its kind ("skolen"): the step's heading
    /// names the unit, and the short label leaves room for the verdict.
    static func unitLabel(_ state: AnalysisState) -> String {
        " " + (state.unit.map { Strings.Development.unitRow($0.kind) } ?? "")
    }

    /// The label column: " skolen" and "   fylket" fit, and "   fylket (8.–10.)" when the county is
    /// pooled over the school's trinn.
    static func labelWidth(county: String) -> Int { max(10, 3 + DisplayWidth.of(county)) }

    /// A table row as a line of the step, from column `x`.
    static func formLine(_ row: ResultsTable.Row, x: Int, width: Int, glyphs: Glyphs) -> FormLine {
        FormLine(
            spans: ResultsTable.placed(row, x: x, width: width, glyphs: glyphs).map {
                FormLine.Span(x: $0.x, text: $0.text, style: $0.style)
            })
    }
}
