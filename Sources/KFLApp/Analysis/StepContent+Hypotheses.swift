import KFLCore
import TerminalUI

/// Step 4: hypotheses with perspective, assessment, priority and the linked
/// factors that bear on them, filtered by perspective and priority.
extension StepContent {
    static func hypothesisBlocks(
        _ state: AnalysisState, theme: Theme, layout: AnalysisLayout, width: Int
    ) -> [FormBlock] {
        let analysis = state.analysis
        var blocks = warningBlocks(state, step: .analysis, theme: theme, width: width)
        blocks.append(
            FormBlock(slot: nil, lines: [.text(Strings.Analysis.hypothesesLabel, x: 2, style: theme.heading)]))
        let filter = Strings.AnalysisTUI.filterLabel(
            state.perspectiveFilter.map(Strings.Analysis.perspectiveName), onlyPrioritised: state.onlyPrioritised)
        if !filter.isEmpty { blocks.append(FormBlock(slot: nil, lines: [.text(filter, x: 4, style: theme.message)])) }
        let visible = state.visibleHypotheses
        if visible.isEmpty {
            let text =
                analysis.hypotheses.isEmpty
                ? Strings.AnalysisTUI.noHypotheses : Strings.AnalysisTUI.noHypothesesFiltered
            blocks.append(FormBlock(slot: nil, lines: [.text(text, x: 4, style: theme.muted)]))
        }
        for hypothesis in visible {
            let index = analysis.hypotheses.firstIndex { $0.id == hypothesis.id } ?? 0
            var head = FormLine.text(Strings.AnalysisTUI.hypothesisNumber(index + 1), x: 2, style: theme.heading)
            if hypothesis.isPrioritised {
                let star = state.glyphs.isASCII ? "* " : "★ "
                head.spans.append(.init(x: 6, text: star + Strings.AnalysisTUI.prioritisedMark, style: theme.better))
            }
            var lines = [head]
            lines += textLines(.hypothesis(id: hypothesis.id), state: state, theme: theme, layout: layout, gutter: true)
            let attributes = AnalysisText.hypothesisAttributes(hypothesis)
            lines += Paragraph.wrap(attributes, width: max(1, width - 5), glyphs: state.glyphs).map {
                FormLine.text($0, x: 4, style: theme.muted)
            }
            lines += evidenceLines(hypothesis, state: state, theme: theme, width: width)
            blocks.append(FormBlock(slot: .hypothesis(id: hypothesis.id), lines: lines))
            var reason = [FormLine.text(Strings.Analysis.reasonLabel + ":", x: 4, style: theme.muted)]
            reason += textLines(
                .hypothesisReason(id: hypothesis.id), state: state, theme: theme, layout: layout, gutter: true)
            blocks.append(FormBlock(slot: .hypothesisReason(id: hypothesis.id), lines: reason))
        }
        return blocks
    }

    static func evidenceLines(_ hypothesis: Hypothesis, state: AnalysisState, theme: Theme, width: Int) -> [FormLine] {
        let label = Strings.AnalysisTUI.dataLabel + ": "
        guard !hypothesis.evidence.isEmpty else {
            return [.text(label + Strings.AnalysisTUI.noEvidence, x: 4, style: theme.muted)]
        }
        let parts = hypothesis.evidence.compactMap { factorID -> String? in
            guard let factor = state.info.instrument.factor(id: factorID) else { return nil }
            // What step 3 links: a change, cohort or gap with its verdict, else the level.
            if let link = state.evidenceLink(factorID), link.view != .level {
                guard let data = state.linkedData[link.id] else { return "\(factor.name): \(Strings.Browser.noData)" }
                return Strings.Analysis.linkedEvidence(data, minimumN: state.info.minimumN)
            }
            let result = state.result(state.evidenceKey(factorID))
            return AnalysisText.evidence(
                factor, result: result, minimumN: state.info.minimumN, ascii: state.glyphs.isASCII)
        }
        let text = label + parts.joined(separator: " · ")
        return Paragraph.wrap(text, width: max(1, width - 5), glyphs: state.glyphs).map { FormLine.text($0, x: 4) }
    }
}
