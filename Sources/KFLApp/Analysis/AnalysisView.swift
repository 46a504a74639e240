import KFLCore
import TerminalUI

/// Draws an open analysis: header, step bar, step title, guide, fields,
/// status line and any overlay. Pure.
public enum AnalysisView {
    public static func render(_ state: AnalysisState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let layout = AnalysisLayout.make(state)
        guard
            TooSmall.fits(
                width: state.width, height: state.height,
                neededWidth: AnalysisLayout.minimumWidth, neededHeight: AnalysisLayout.minimumHeight)
        else {
            TooSmall(
                lines: Strings.Browser.tooSmall(
                    width: state.width, height: state.height,
                    neededWidth: AnalysisLayout.minimumWidth, neededHeight: AnalysisLayout.minimumHeight)
            )
            .draw(in: &screen, rect: screen.bounds, glyphs: state.glyphs)
            return screen
        }
        let theme = Theme.make(colors: state.colors)
        drawHeader(state, theme: theme, in: &screen, rect: layout.header)
        StepBarView.draw(state, theme: theme, in: &screen, rect: layout.stepBar)
        let step = state.steps.step(state.step)
        let heading =
            " " + state.steps.phaseName(step.phase) + " \(state.glyphs.separator) "
            + Strings.AnalysisTUI.stepHeading(number: step.number, title: step.title)
        TextLayout.draw(heading, in: &screen, rect: layout.title, style: theme.heading, glyphs: state.glyphs)
        GuideView.draw(state, theme: theme, in: &screen, rect: layout.guide, compact: !layout.guideIsSide)
        StepContent.draw(state, theme: theme, layout: layout, in: &screen)
        drawStatus(state, theme: theme, in: &screen, rect: layout.status)
        switch state.overlay {
        case .help(let scroll):
            let view = HelpView(
                keymap: AnalysisKeymap.helpKeymap(for: state.step), title: Strings.AnalysisTUI.helpTitle)
            view.draw(in: &screen, rect: layout.help, scroll: scroll, glyphs: state.glyphs)
        case .guide(let scroll):
            GuideView.drawOverlay(state, scroll: scroll, theme: theme, in: &screen, rect: layout.guideOverlay)
        case .picker(let picker):
            PickerView.draw(
                picker, state: state, theme: theme, in: &screen, area: layout.picker(rows: picker.rows.count))
        case .target(let input):
            TargetInputView.draw(input, state: state, theme: theme, in: &screen, layout: layout)
        case .confirmRemove(let slot):
            let question = Strings.AnalysisTUI.confirmRemove(removalName(slot))
            PickerView.drawConfirm(question, state: state, theme: theme, in: &screen, rect: layout.dialogArea)
        case .confirmQuit:
            let question = Strings.Workbook.confirmQuit(conflict: state.editing?.conflictText != nil)
            PickerView.drawConfirm(question, state: state, theme: theme, in: &screen, rect: layout.dialogArea)
        case nil:
            break
        }
        return screen
    }

    /// "the hypothesis and its text": what removing the item in `slot` removes.
    static func removalName(_ slot: Slot) -> String {
        let s = Strings.AnalysisTUI.self
        switch slot.item?.kind {
        case LinkedFactor.kind: return s.theFactor
        case Hypothesis.kind: return s.theHypothesis
        case AnalysisAction.kind: return s.theAction
        case Indicator.kind: return s.theIndicator
        default: return ""
        }
    }

    static func drawHeader(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: theme.header)
        let analysis = state.analysis
        var parts = [Strings.Browser.appName, analysis.title, state.unit?.name ?? analysis.unit.name]
        if analysis.context.trinn > 0 { parts.append(Strings.trinnName(analysis.context.trinn)) }
        parts.append(Strings.roundName(analysis.context.round))
        if analysis.status == .finished { parts.append(Strings.Analysis.statusName(.finished)) }
        let text = " " + parts.joined(separator: " \(state.glyphs.separator) ") + " "
        var room = rect.width
        if state.info.isDemo {
            let banner = " \(Strings.demoBanner.uppercased()) "
            let bannerWidth = DisplayWidth.of(banner)
            room -= bannerWidth
            screen.put(banner, x: rect.maxX - bannerWidth, y: rect.y, style: theme.demo, clip: rect)
        }
        screen.put(
            TextLayout.truncate(text, toWidth: room, glyphs: state.glyphs), x: rect.x, y: rect.y, style: theme.header)
    }

    static func drawStatus(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: theme.status)
        if let message = state.message {
            screen.put(
                TextLayout.truncate(" " + message, toWidth: rect.width, glyphs: state.glyphs), x: rect.x, y: rect.y,
                style: theme.status.adding(.bold))
            return
        }
        let hints = state.editing == nil ? Strings.AnalysisTUI.stepHints : Strings.AnalysisTUI.editHints
        StatusHints.draw(hints, theme: theme, in: &screen, rect: rect, ascii: state.glyphs.isASCII)
    }
}

/// "key label" pairs in the status line, as many as fit.
enum StatusHints {
    static func draw(_ hints: [(String, String)], theme: Theme, in screen: inout Screen, rect: Rect, ascii: Bool) {
        var x = rect.x + 1
        for (key, label) in hints {
            let shownKey = ascii ? key.replacingOccurrences(of: "↑↓", with: "Up/Down") : key
            let needed = DisplayWidth.of(shownKey) + DisplayWidth.of(label) + 3
            guard x + needed <= rect.maxX else { break }
            x += screen.put(shownKey, x: x, y: rect.y, style: theme.statusKey)
            x += screen.put(" " + label + "  ", x: x, y: rect.y, style: theme.status)
        }
    }
}
