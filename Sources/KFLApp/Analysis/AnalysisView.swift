import KFLCore
import TerminalUI

/// Draws an open analysis: header, step bar, step title, guide, fields,
/// status line and any overlay. Pure.
public enum AnalysisView {
    public static func render(_ state: AnalysisState) -> Screen {
        var screen = Screen(width: state.width, height: state.height, asciiOnly: state.glyphs.isASCII)
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
                    + AnalysisLayout.keyBar(state).hints.map { "\($0.keys) \($0.label)" }
            )
            .draw(in: &screen, rect: screen.bounds, glyphs: state.glyphs)
            return screen
        }
        let theme = Theme.make(colors: state.colors)
        drawHeader(state, theme: theme, in: &screen, rect: layout.header)
        StepBarView.draw(state, theme: theme, in: &screen, rect: layout.stepBar)
        drawTitle(state, theme: theme, in: &screen, rect: layout.title)
        GuideView.draw(state, theme: theme, in: &screen, rect: layout.guide, compact: !layout.guideIsSide)
        StepContent.draw(state, theme: theme, layout: layout, in: &screen)
        drawNotice(state, theme: theme, in: &screen, rect: layout.notice)
        AnalysisLayout.keyBar(state).draw(
            in: &screen, rect: layout.status, background: theme.status, glyphs: state.glyphs)
        switch state.overlay {
        case .help(let scroll):
            let view = HelpView(keymap: AnalysisKeymap.helpKeymap(for: state), title: Strings.AnalysisTUI.helpTitle)
            view.draw(in: &screen, rect: layout.help, scroll: scroll, glyphs: state.glyphs)
            screen.cursor = nil
        case .guide(let scroll):
            GuideView.drawOverlay(state, scroll: scroll, theme: theme, in: &screen, rect: layout.guideOverlay)
            screen.cursor = nil
        case .picker(let picker):
            PickerView.draw(picker, state: state, theme: theme, in: &screen, area: layout.picker)
        case .target(let input):
            TargetInputView.draw(input, state: state, theme: theme, in: &screen, layout: layout)
        case .confirmRemove, .confirmQuit, .exportFormat, nil:
            break
        }
        return screen
    }

    /// "Analysedel · Steg 4 av 7: Analyse og refleksjon", and at the right what
    /// the step bar's marks mean. The phase goes first when room is short;
    /// the legend never crowds a title: it is shortened, or left out, until
    /// every step's title fits beside it (the same legend on every step).
    static func drawTitle(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let step = state.steps.step(state.step)
        let title = Strings.AnalysisTUI.stepHeading(number: step.number, title: step.title)
        let legend = legend(state, width: rect.width)
        let legendWidth = legend.isEmpty ? 0 : DisplayWidth.of(legend) + 1
        let room = rect.width - legendWidth
        let full = " " + state.steps.phaseName(step.phase) + " \(state.glyphs.separator) " + title
        let heading = DisplayWidth.of(full) <= room ? full : " " + title
        TextLayout.draw(
            heading, in: &screen, rect: rect.inset(right: legendWidth), style: theme.heading, glyphs: state.glyphs)
        guard !legend.isEmpty else { return }
        screen.put(legend, x: rect.maxX - legendWidth + 1, y: rect.y, style: theme.muted, clip: rect)
    }

    /// The step marks' legend with its right margin ("… ! løse tråder "), as
    /// long as fits beside the longest step title at `width`; empty when none does.
    static func legend(_ state: AnalysisState, width: Int) -> String {
        let longest =
            state.steps.steps.map {
                DisplayWidth.of(" " + Strings.AnalysisTUI.stepHeading(number: $0.number, title: $0.title))
            }.max() ?? 0
        for short in [false, true] {
            let legend = Strings.AnalysisTUI.stepMarksLegend(ascii: state.glyphs.isASCII, short: short) + " "
            if longest + 1 + DisplayWidth.of(legend) <= width { return legend }
        }
        return ""
    }

    /// The line above the key bar: a question waiting for its answer, or a notice.
    static func drawNotice(_ state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect) {
        guard !rect.isEmpty else { return }
        var text = state.message
        var style = theme.message
        switch state.overlay {
        case .confirmRemove(let slot):
            text = Strings.AnalysisTUI.confirmRemove(removalName(slot))
            style = theme.worse.adding(.bold)
        case .exportFormat:
            text = Strings.AnalysisTUI.exportQuestion
            style = theme.heading
        case .confirmQuit:
            text = Strings.Workbook.confirmQuit(conflict: state.editing?.conflictText != nil)
            style = theme.worse.adding(.bold)
        default:
            break
        }
        guard let text else { return }
        TextLayout.draw(" " + text, in: &screen, rect: rect, style: style, glyphs: state.glyphs)
        if state.overlay != nil { screen.cursor = Cursor(x: min(rect.maxX - 1, 1 + DisplayWidth.of(text)), y: rect.y) }
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

}
