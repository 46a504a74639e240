import KFLCore
import TerminalUI

/// The target value dialog (step 7): the factor's scale and direction, the
/// one-line field, what is wrong with the last value tried, and the keys.
enum TargetInputView {
    static func draw(
        _ input: TargetInputState, state: AnalysisState, theme: Theme, in screen: inout Screen, layout: AnalysisLayout
    ) {
        guard let indicator = state.analysis.item(Indicator.self, id: input.indicatorID),
            let factor = state.info.instrument.factor(id: indicator.factorID)
        else { return }
        let area = layout.targetBox
        screen.fill(area)
        let inner = Box(
            title: Strings.AnalysisTUI.targetTitle(factor.name), style: theme.focusedBorder, titleStyle: theme.heading
        ).draw(in: &screen, rect: area, glyphs: state.glyphs)
        guard inner.height >= 7 else { return }
        let textWidth = max(1, inner.width - 2)
        let scale = Strings.AnalysisTUI.targetScale(
            Strings.Analysis.scaleText(factor.scale), direction: factor.direction)
        for (i, line) in Paragraph.wrap(scale, width: textWidth, glyphs: state.glyphs).prefix(2).enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + i, style: theme.muted, clip: inner)
        }
        let field = layout.targetField
        screen.put(" " + Strings.AnalysisTUI.targetPrompt, x: inner.x, y: field.y, style: theme.heading, clip: inner)
        let frame = input.editor.frame(width: field.width, height: 1)
        screen.put(frame.lines.first ?? "", x: field.x, y: field.y, clip: inner)
        if let cursor = frame.cursor {
            screen.updateStyle(Rect(x: field.x + cursor.column, y: field.y, width: 1, height: 1)) {
                $0.adding(.reverse)
            }
            screen.cursor = Cursor(x: field.x + cursor.column, y: field.y)
        }
        if let problem = input.problem {
            let text = Strings.Analysis.targetProblem(problem)
            for (i, line) in Paragraph.wrap(text, width: textWidth, glyphs: state.glyphs).prefix(2).enumerated() {
                screen.put(" " + line, x: inner.x, y: field.y + 1 + i, style: theme.worse.adding(.bold), clip: inner)
            }
        }
        TextLayout.draw(
            " " + Strings.AnalysisTUI.targetHint, in: &screen, rect: inner.row(inner.height - 1), style: theme.muted,
            glyphs: state.glyphs)
    }
}
