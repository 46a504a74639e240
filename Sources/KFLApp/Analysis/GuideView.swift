import KFLCore
import TerminalUI

/// The step's guidance: explanation and guiding questions from the model,
/// and, where a factor is in focus, what it measures and which maintaining
/// factors are commonly discussed for it.
enum GuideView {
    struct Line: Equatable {
        var text: String
        var isHeading = false
    }

    static func lines(_ state: AnalysisState, width: Int, compact: Bool) -> [Line] {
        guard width > 0 else { return [] }
        let step = state.steps.step(state.step)
        let bullet = state.glyphs.isASCII ? "- " : "• "
        var questions: [Line] = []
        for question in step.questions {
            for (i, line) in Paragraph.wrap(question, width: max(1, width - 2), glyphs: state.glyphs).enumerated() {
                questions.append(Line(text: (i == 0 ? bullet : "  ") + line))
            }
        }
        let explanation = Paragraph.wrap(step.explanation, width: width, glyphs: state.glyphs).map { Line(text: $0) }
        // Narrow: the questions first, they are what the group talks about.
        if compact { return questions + explanation }
        var lines = explanation
        lines.append(Line(text: ""))
        lines.append(Line(text: Strings.AnalysisTUI.questionsHeading, isHeading: true))
        lines += questions
        for factor in factorsInFocus(state) {
            guard let guide = FactorGuides.builtIn.guide(for: factor.id) else { continue }
            let name = AnalysisText.factorName(factor, in: state.info.instrument)
            lines.append(Line(text: ""))
            if state.step == .analysis {
                lines += heading(Strings.AnalysisTUI.inspirationFor(name), width: width, glyphs: state.glyphs)
                for suggestion in guide.commonlyDiscussed {
                    let text = "\(Strings.Analysis.perspectiveName(suggestion.perspective)): \(suggestion.text)"
                    for (i, line) in Paragraph.wrap(text, width: max(1, width - 2), glyphs: state.glyphs).enumerated() {
                        lines.append(Line(text: (i == 0 ? bullet : "  ") + line))
                    }
                }
            } else {
                lines += heading("\(Strings.AnalysisTUI.measuresHeading): \(name)", width: width, glyphs: state.glyphs)
                lines += Paragraph.wrap(guide.measures, width: width, glyphs: state.glyphs).map { Line(text: $0) }
            }
        }
        return lines
    }

    /// A heading naming a factor, wrapped: the name is never cut.
    static func heading(_ text: String, width: Int, glyphs: Glyphs) -> [Line] {
        Paragraph.wrap(text, width: width, glyphs: glyphs).map { Line(text: $0, isHeading: true) }
    }

    /// Factors the guide talks about: the focused linked factor or indicator
    /// (steps 3 and 7), or the evidence of the focused hypothesis, else every
    /// linked factor (step 4).
    static func factorsInFocus(_ state: AnalysisState) -> [Factor] {
        let instrument = state.info.instrument
        switch state.step {
        case .information:
            return state.focusedLinkedFactor.flatMap { instrument.factor(id: $0.factorID) }.map { [$0] } ?? []
        case .evaluation:
            return state.focusedIndicator.flatMap { instrument.factor(id: $0.factorID) }.map { [$0] } ?? []
        case .analysis:
            var ids = state.focusedHypothesis?.evidence ?? []
            if ids.isEmpty { ids = state.analysis.linkedFactors.map(\.factorID) }
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }.compactMap(instrument.factor(id:))
        default:
            return []
        }
    }

    /// Draws the guide in a box; when it does not fit, the last row says how to see it all.
    static func draw(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect, compact: Bool) {
        let inner = Box(title: Strings.AnalysisTUI.guideTitle, style: theme.border, titleStyle: theme.muted)
            .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        let content = inner.inset(left: 1, right: 1)
        guard !content.isEmpty else { return }
        let all = lines(state, width: content.width, compact: compact)
        let clipped = all.count > content.height
        let shown = clipped ? Array(all.prefix(max(0, content.height - 1))) : all
        for (i, line) in shown.enumerated() {
            TextLayout.draw(
                line.text, in: &screen, rect: content.row(i), style: line.isHeading ? theme.heading : .plain,
                glyphs: state.glyphs)
        }
        if clipped {
            TextLayout.draw(
                state.glyphs.ellipsis + " " + Strings.AnalysisTUI.guideMore, in: &screen,
                rect: content.row(content.height - 1), style: theme.muted, glyphs: state.glyphs)
        }
    }

    /// The full guide as an overlay (`i`), scrollable.
    static func drawOverlay(_ state: AnalysisState, scroll: Int, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect)
        let step = state.steps.step(state.step)
        let inner = Box(
            title: Strings.AnalysisTUI.guideTitle + " – " + step.title, style: theme.focusedBorder,
            titleStyle: theme.heading
        )
        .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        let content = inner.inset(left: 1, right: 1)
        guard content.height > 1 else { return }
        let all = lines(state, width: content.width, compact: false)
        let top = min(max(0, scroll), max(0, all.count - (content.height - 1)))
        for (i, line) in all.dropFirst(top).prefix(content.height - 1).enumerated() {
            TextLayout.draw(
                line.text, in: &screen, rect: content.row(i), style: line.isHeading ? theme.heading : .plain,
                glyphs: state.glyphs)
        }
        TextLayout.draw(
            Strings.AnalysisTUI.guideOverlayHint, in: &screen, rect: content.row(content.height - 1),
            style: theme.muted, glyphs: state.glyphs)
    }
}
