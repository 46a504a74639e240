import KFLCore
import TerminalUI

/// Step 7: indicators with the change sought and, when the data hold a later
/// round, the change since the analysis started; then the four evaluation questions.
extension StepContent {
    static func evaluationBlocks(_ state: AnalysisState, theme: Theme, layout: AnalysisLayout, width: Int) -> [FormBlock] {
        let analysis = state.analysis
        var blocks = [FormBlock(slot: nil, lines: [.text(Strings.Analysis.indicatorsLabel, x: 2, style: theme.heading)])]
        if analysis.indicators.isEmpty {
            blocks.append(FormBlock(slot: nil, lines: Paragraph.wrap(Strings.AnalysisTUI.noIndicators, width: max(1, width - 5))
                .map { FormLine.text($0, x: 4, style: theme.muted) }))
        }
        for indicator in analysis.indicators {
            let name = state.info.instrument.factor(id: indicator.factorID)?.name ?? indicator.factorID
            var head = FormLine.text(name, x: 2, style: theme.heading)
            let detail = " (\(Strings.AnalysisTUI.trinnAndGender(indicator.trinn, indicator.gender))) · \(Strings.AnalysisTUI.byRound(indicator.byRound))"
            head.spans.append(.init(x: 2 + DisplayWidth.of(name), text: detail, style: theme.muted))
            var lines = [head]
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

    /// "2016: 2,9 · Endring 2016–2020: −0,30, klart bedre", by the one comparison rule.
    static func progressLines(_ indicator: Indicator, state: AnalysisState, theme: Theme, width: Int) -> [FormLine] {
        guard let progress = state.progress[indicator.id] else { return [] }
        var parts: [String] = []
        if let start = progress.start?.value {
            parts.append(Strings.AnalysisTUI.indicatorStart(progress.startRound, value: NorwegianFormat.decimal(start.mean)))
        }
        var style = Style.plain
        if let latestRound = progress.latestRound {
            if let latest = progress.latest?.value {
                parts.append(Strings.AnalysisTUI.indicatorStart(latestRound, value: NorwegianFormat.decimal(latest.mean)))
            }
            if let change = progress.change {
                let sign = VerdictSign.glyph(change.verdict, ascii: state.glyphs.isASCII)
                parts.append(sign + " " + Strings.Analysis.indicatorChange(from: progress.startRound, to: latestRound, comparison: change))
                style = theme.style(for: change.verdict)
            } else {
                parts.append(Strings.Analysis.changeNotComparable)
            }
        } else {
            parts.append(Strings.Analysis.noLaterRound(progress.startRound))
        }
        return Paragraph.wrap(parts.joined(separator: " · "), width: max(1, width - 5)).map { FormLine.text($0, x: 4, style: style) }
    }
}
