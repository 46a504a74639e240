import KFLCore
import TerminalUI

/// Where the list's parts go over a screen of `width` × `height`: shared by
/// the view and the update (the title field's width). The list covers the
/// whole area between the browser's breadcrumb and its status line, so it
/// never cuts through a pane's border.
struct AnalysisListLayout {
    let body: Rect
    /// The dialog's box.
    let area: Rect
    /// Inside the box.
    let inner: Rect
    /// The keys that work here: one row, or two when they do not fit in one (as in an analysis).
    let status: Rect

    init(_ state: AnalysisListState, width: Int, height: Int, ascii: Bool = false) {
        let bar = Self.keyBar(state, ascii: ascii).height(width: width, maxRows: 2)
        body = Rect(x: 0, y: 2, width: width, height: max(0, height - 2 - bar))
        area = body
        inner = Box.inner(area)
        status = Rect(x: 0, y: max(0, height - bar), width: width, height: bar)
    }

    /// The list's own keys for the status line, not the browser's under it.
    static func keyBar(_ state: AnalysisListState, ascii: Bool) -> KeyBar {
        KeyBar(hints: AnalysisListKeymap.context(for: state).keymap.statusHints(ascii: ascii))
    }

    /// The help (`?`) over the list.
    static func helpView(_ state: AnalysisListState) -> HelpView<AnalysisListAction> {
        HelpView(keymap: AnalysisListKeymap.keymap(for: state), title: Strings.AnalysisTUI.listHelpTitle)
    }

    /// How far the help scrolls, and one page of it.
    func helpScroll(_ state: AnalysisListState, ascii: Bool = false) -> (limit: Int, page: Int) {
        let visible = max(0, body.height - 2)
        let rows = Self.helpView(state).contentHeight(width: body.width - 2, ascii: ascii)
        return (max(0, rows - visible), max(1, visible - 1))
    }

    var footer: Rect { inner.row(inner.height - 1) }

    /// Where a title is typed: after the prompt in the footer.
    var titleField: Rect {
        let x = footer.x + DisplayWidth.of(" " + Strings.AnalysisTUI.titlePrompt)
        return Rect(x: x, y: footer.y, width: max(1, footer.maxX - x - 1), height: 1)
    }
}

/// The list of a unit's analyses, as a dialog over the browser.
public enum AnalysisListView {
    public static func draw(_ state: AnalysisListState, over background: Screen, glyphs: Glyphs, colors: Bool) -> Screen
    {
        var screen = background
        let theme = Theme.make(colors: colors)
        let layout = AnalysisListLayout(state, width: screen.width, height: screen.height, ascii: glyphs.isASCII)
        guard AnalysisLayout.fits(width: screen.width, height: screen.height) else { return screen }
        screen.cursor = nil
        screen.fill(layout.area)
        let title = Strings.AnalysisTUI.listTitle(state.unit.name)
        let inner = Box(title: title, style: theme.focusedBorder, titleStyle: theme.heading)
            .draw(in: &screen, rect: layout.area, glyphs: glyphs)
        guard inner.height > 4 else { return screen }
        TextLayout.draw(
            " " + Strings.AnalysisTUI.newFrom(requestText(state)), in: &screen, rect: inner.row(0), style: theme.muted,
            glyphs: glyphs)
        let listRect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 4)
        ListView(items: items(state, width: listRect.width - 3, glyphs: glyphs), highlightStyle: theme.selected)
            .draw(
                in: &screen, rect: listRect, state: state.summaries.isEmpty ? ListState(selected: nil) : state.list,
                glyphs: glyphs)
        if let index = state.list.selected, !state.summaries.isEmpty {
            let offset = state.list.visibleOffset(height: listRect.height, count: state.rowCount)
            screen.cursor = Cursor(x: listRect.x, y: listRect.y + index - offset)
        }
        drawFooter(state, layout: layout, theme: theme, in: &screen, glyphs: glyphs)
        // The list's own keys in the status line, not the browser's under it.
        var bar = AnalysisListLayout.keyBar(state, ascii: glyphs.isASCII)
        (bar.keyStyle, bar.labelStyle) = (theme.statusKey, theme.status)
        bar.draw(in: &screen, rect: layout.status, background: theme.status, glyphs: glyphs)
        if let scroll = state.help {
            AnalysisListLayout.helpView(state).draw(in: &screen, rect: layout.body, scroll: scroll, glyphs: glyphs)
            screen.cursor = nil
        }
        return screen
    }

    /// The title being typed, a question, or a notice, at the foot of the box.
    static func drawFooter(
        _ state: AnalysisListState, layout: AnalysisListLayout, theme: Theme, in screen: inout Screen, glyphs: Glyphs
    ) {
        let footer = layout.footer
        let inner = layout.inner
        if let title = state.title {
            let field = layout.titleField
            screen.put(
                " " + Strings.AnalysisTUI.titlePrompt, x: footer.x, y: footer.y, style: theme.heading, clip: footer)
            let frame = title.editor.frame(width: field.width, height: 1)
            let line = frame.lines.first ?? ""
            screen.put(line, x: field.x, y: footer.y, clip: footer)
            if title.suggested {
                // The suggestion shows selected: typing replaces it.
                let width = min(DisplayWidth.of(title.editor.text), field.width)
                screen.updateStyle(Rect(x: field.x, y: footer.y, width: width, height: 1)) { $0.adding(.reverse) }
            }
            if let cursor = frame.cursor {
                let rect = Rect(x: field.x + cursor.column, y: footer.y, width: 1, height: 1)
                screen.updateStyle(rect) { $0.adding(.reverse) }
                screen.cursor = Cursor(x: rect.x, y: rect.y)
            }
            let hint =
                title.suggested
                ? Strings.AnalysisTUI.createSuggestedHint
                : title.purpose == .create ? Strings.AnalysisTUI.createHint : Strings.AnalysisTUI.renameHint
            let message = state.message.map { " " + $0 } ?? " " + hint
            TextLayout.draw(
                message, in: &screen, rect: inner.row(inner.height - 2), style: theme.muted, glyphs: glyphs)
        } else if state.confirmingDelete, let selected = state.selected {
            let question = Strings.Analysis.confirmDelete(selected.title)
            let lines = Paragraph.wrap(question, width: max(1, inner.width - 2), glyphs: glyphs).suffix(2)
            for (i, line) in lines.enumerated() {
                let row = inner.row(inner.height - lines.count + i)
                TextLayout.draw(" " + line, in: &screen, rect: row, style: theme.worse.adding(.bold), glyphs: glyphs)
            }
        } else if state.askingExportFormat {
            TextLayout.draw(
                " " + Strings.AnalysisTUI.exportQuestion, in: &screen, rect: footer, style: theme.heading,
                glyphs: glyphs)
        } else if let message = state.message {
            let lines = Paragraph.wrap(message, width: max(1, inner.width - 2), glyphs: glyphs).suffix(2)
            for (i, line) in lines.enumerated() {
                let row = inner.row(inner.height - lines.count + i)
                TextLayout.draw(" " + line, in: &screen, rect: row, style: theme.message, glyphs: glyphs)
            }
        }
    }

    /// "7. trinn, høsten 2018": what `n` starts from; from a view over time
    /// or of the gap, what the new analysis links.
    static func requestText(_ state: AnalysisListState) -> String {
        let request = state.request
        let trinn = request.selection.trinn > 0 ? Strings.trinnName(request.selection.trinn) + ", " : ""
        let change = request.view.measuresChange ? request.baseRound.map { ($0, request.selection.round) } : nil
        return trinn
            + (request.view == .level
                ? Strings.roundName(request.selection.round)
                : Strings.Analysis.linkedDataLabel(request.view, round: request.selection.round, change: change))
    }

    /// One row per analysis: its short id (as `kfl analyse export` takes it),
    /// title, status and when it was changed.
    static func items(_ state: AnalysisListState, width: Int, glyphs: Glyphs) -> [ListItem] {
        guard !state.summaries.isEmpty else { return [ListItem(Strings.AnalysisTUI.noAnalyses, style: .dim)] }
        let idWidth = 8
        // The status and date columns as wide as their widest text, so the title has the rest.
        let statusWidth = state.summaries.map { DisplayWidth.of(Strings.Analysis.statusName($0.status)) }.max() ?? 0
        let dateWidth = state.summaries.map { DisplayWidth.of(Strings.AnalysisTUI.changed($0.updatedAt)) }.max() ?? 0
        let titleWidth = max(8, width - idWidth - statusWidth - dateWidth - 3)
        return state.summaries.map { summary in
            let parts = [
                String(summary.id.prefix(idWidth)),
                TextLayout.pad(
                    TextLayout.truncateMiddle(summary.title, toWidth: titleWidth, glyphs: glyphs), toWidth: titleWidth,
                    glyphs: glyphs),
                TextLayout.pad(Strings.Analysis.statusName(summary.status), toWidth: statusWidth, glyphs: glyphs),
                TextLayout.truncate(Strings.AnalysisTUI.changed(summary.updatedAt), toWidth: dateWidth, glyphs: glyphs),
            ]
            return ListItem(parts.joined(separator: " "), style: summary.status == .finished ? .dim : .plain)
        }
    }
}
