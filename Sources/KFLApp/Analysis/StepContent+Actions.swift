import KFLCore
import TerminalUI

/// Step 5: loose ends first, then each tiltak with what, who, from when, how
/// often and the hypotheses it aims at.
extension StepContent {
    static func actionBlocks(_ state: AnalysisState, theme: Theme, layout: AnalysisLayout, width: Int) -> [FormBlock] {
        let analysis = state.analysis
        var blocks = warningBlocks(state, step: .actions, theme: theme, width: width)
        blocks.append(FormBlock(slot: nil, lines: [.text(Strings.Analysis.actionsLabel, x: 2, style: theme.heading)]))
        if analysis.actions.isEmpty {
            blocks.append(FormBlock(slot: nil, lines: [.text(Strings.AnalysisTUI.noActions, x: 4, style: theme.muted)]))
        }
        for (index, action) in analysis.actions.enumerated() {
            let targets = analysis.hypotheses(of: action).map { h in
                Strings.AnalysisTUI.hypothesisNumber((analysis.hypotheses.firstIndex(of: h) ?? 0) + 1)
            }
            let aims = targets.isEmpty ? Strings.AnalysisTUI.noTargets : Strings.list(targets)
            let arrow = state.glyphs.isASCII ? "->" : "→"
            var head = FormLine.text(Strings.AnalysisTUI.actionNumber(index + 1), x: 2, style: theme.heading)
            let headWidth = DisplayWidth.of(Strings.AnalysisTUI.actionNumber(index + 1))
            head.spans.append(
                .init(
                    x: 3 + headWidth, text: "\(arrow) \(Strings.AnalysisTUI.targetsLabel.lowercased()): \(aims)",
                    style: targets.isEmpty ? theme.worse : theme.muted))
            blocks.append(FormBlock(slot: nil, lines: [index > 0 ? .blank : nil, head].compactMap { $0 }))
            for field in ActionField.allCases {
                let prefix = FormLine.Span(
                    x: 2, text: TextLayout.pad(label(field), toWidth: AnalysisLayout.actionLabelWidth - 1),
                    style: .plain)
                let lines = textLines(
                    .action(id: action.id, field: field), state: state, theme: theme, layout: layout, gutter: false,
                    firstLinePrefix: prefix)
                blocks.append(FormBlock(slot: .action(id: action.id, field: field), lines: lines))
            }
        }
        return blocks
    }

    static func label(_ field: ActionField) -> String {
        let a = Strings.Analysis.self
        switch field {
        case .what: return a.actionWhat
        case .who: return a.actionWho
        case .fromWhen: return a.actionFromWhen
        case .howOften: return a.actionHowOften
        }
    }

    /// The step's loose threads («Løse tråder»), first in the step; nothing when there are none.
    static func warningBlocks(_ state: AnalysisState, step: AnalysisStepKind, theme: Theme, width: Int) -> [FormBlock] {
        let warnings = state.analysis.warnings().filter { $0.step == step }
        guard !warnings.isEmpty else { return [] }
        var lines = [FormLine.text(Strings.AnalysisTUI.warningsHeading, x: 2, style: theme.worse)]
        for warning in warnings {
            let wrapped = Paragraph.wrap(warning.message, width: max(1, width - 7), glyphs: state.glyphs)
            for (i, line) in wrapped.enumerated() {
                lines.append(.text((i == 0 ? "! " : "  ") + line, x: 4, style: i == 0 ? theme.worse : .plain))
            }
        }
        lines.append(.blank)
        return [FormBlock(slot: nil, lines: lines)]
    }
}
