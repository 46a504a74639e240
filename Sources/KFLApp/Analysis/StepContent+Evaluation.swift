import KFLCore
import TerminalUI

/// Step 7: indicators with the change sought and, when the data hold a later
/// round, the change since the analysis started; then the four evaluation questions.
extension StepContent {
    static func evaluationBlocks(
        _ state: AnalysisState, theme: Theme, layout: AnalysisLayout, width: Int
    ) -> [FormBlock] {
        let analysis = state.analysis
        var blocks = [
            FormBlock(slot: nil, lines: [.text(Strings.Analysis.indicatorsLabel, x: 2, style: theme.heading)])
        ]
        if analysis.indicators.isEmpty {
            blocks.append(
                FormBlock(
                    slot: nil,
                    lines: Paragraph.wrap(
                        Strings.AnalysisTUI.noIndicators, width: max(1, width - 5), glyphs: state.glyphs
                    )
                    .map { FormLine.text($0, x: 4, style: theme.muted) }))
        }
        for indicator in analysis.indicators {
            let name = state.info.instrument.factor(id: indicator.factorID)?.name ?? indicator.factorID
            var head = FormLine.text(name, x: 2, style: theme.heading)
            let who = " (\(Strings.AnalysisTUI.trinnAndGender(indicator.trinn, indicator.gender)))"
            let when = Strings.AnalysisTUI.byRound(indicator.byRound)
            // The round on a line of its own rather than cut (the step's last column is the arrows').
            let oneLine = 2 + DisplayWidth.of(name + who + " · " + when) <= width - 1
            head.spans.append(
                .init(x: 2 + DisplayWidth.of(name), text: oneLine ? who + " · " + when : who, style: theme.muted))
            var lines = [head]
            if !oneLine { lines.append(.text(when, x: 4, style: theme.muted)) }
            // The text is the change the group wants to see, labelled as the exports label it.
            lines.append(.text(Strings.Analysis.indicatorChange + ":", x: 4, style: theme.muted))
            lines += textLines(.indicator(id: indicator.id), state: state, theme: theme, layout: layout, gutter: true)
            lines += progressLines(indicator, state: state, theme: theme, width: width)
            blocks.append(FormBlock(slot: .indicator(id: indicator.id), lines: lines))
        }
        for field in AnalysisTextField.evaluationQuestions {
            blocks.append(FormBlock(slot: nil, lines: [.blank]))
            blocks.append(textBlock(field, state: state, theme: theme, layout: layout))
        }
        return blocks
    }

    /// The indicator's values at the start and in the latest round (or why
    /// there is none: "skjermet, færre enn 7 svar"), the change in the four
    /// honest answers with interval and d (two-sample rule), and the target.
    static func progressLines(_ indicator: Indicator, state: AnalysisState, theme: Theme, width: Int) -> [FormLine] {
        guard let progress = state.progress[indicator.id] else { return [] }
        let minimumN = state.info.minimumN
        var values = ["\(progress.startRound): " + TableCell.full(progress.start, minimumN: minimumN)]
        if let latestRound = progress.latestRound {
            values.append("\(latestRound): " + TableCell.full(progress.latest, minimumN: minimumN))
        } else {
            values.append(Strings.Analysis.noLaterRound(progress.startRound))
        }
        var outcome = Strings.Analysis.progressText(progress)
        var outcomeStyle = theme.muted
        if let change = progress.change {
            outcome = VerdictSign.glyph(change.verdict, ascii: state.glyphs.isASCII) + " " + outcome
            outcomeStyle = theme.style(for: change.verdict)
        }
        let target =
            indicator.target == nil
            ? Strings.AnalysisTUI.noTarget
            : Strings.AnalysisTUI.targetLine(Strings.Analysis.targetText(indicator, progress))
        let wrapWidth = max(1, width - 5)
        func lines(_ text: String, _ style: Style) -> [FormLine] {
            Paragraph.wrap(text, width: wrapWidth, glyphs: state.glyphs).map { FormLine.text($0, x: 4, style: style) }
        }
        return lines(values.joined(separator: " · "), .plain) + lines(outcome, outcomeStyle)
            + lines(target, progress.targetStatus == .reached ? theme.better : theme.muted)
    }
}
