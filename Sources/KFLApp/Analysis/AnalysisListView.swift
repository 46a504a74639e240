import KFLCore
import TerminalUI

/// Where the list's parts go over a screen of `width` × `height`: shared by
/// the view and the update (the title field's width).
struct AnalysisListLayout {
    let body: Rect
    /// The dialog's box.
    let area: Rect
    /// Inside the box.
    let inner: Rect

    init(_ state: AnalysisListState, width: Int, height: Int) {
        body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        area = body.centered(width: min(body.width - 2, 100), height: min(body.height, max(10, state.rowCount + 6)))
        inner = Box.inner(area)
    }

    var footer: Rect { inner.row(inner.height - 1) }

    /// Where a new title is typed: after the prompt in the footer.
    var titleField: Rect {
        let x = footer.x + DisplayWidth.of(" " + Strings.AnalysisTUI.renamePrompt)
        return Rect(x: x, y: footer.y, width: max(1, footer.maxX - x - 1), height: 1)
    }
}

/// The list of a unit's analyses, as a dialog over the browser.
public enum AnalysisListView {
    public static func draw(_ state: AnalysisListState, over background: Screen, glyphs: Glyphs, colors: Bool) -> Screen
    {
        var screen = background
        let theme = Theme.make(colors: colors)
        let layout = AnalysisListLayout(state, width: screen.width, height: screen.height)
        let body = layout.body
        guard screen.width >= AnalysisLayout.minimumWidth, screen.height >= AnalysisLayout.minimumHeight else {
            return screen
        }
        screen.fill(layout.area)
        let title = Strings.AnalysisTUI.listTitle(state.unit.name)
        let inner = Box(title: title, style: theme.focusedBorder, titleStyle: theme.heading)
            .draw(in: &screen, rect: layout.area, glyphs: glyphs)
        guard inner.height > 3 else { return screen }
        let listRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 2)
        ListView(items: items(state, width: listRect.width - 3, glyphs: glyphs), highlightStyle: theme.selected)
            .draw(in: &screen, rect: listRect, state: state.list, glyphs: glyphs)
        let footer = layout.footer
        if let editor = state.renaming {
            let field = layout.titleField
            screen.put(
                " " + Strings.AnalysisTUI.renamePrompt, x: footer.x, y: footer.y, style: theme.heading, clip: footer)
            let frame = editor.frame(width: field.width, height: 1)
            screen.put(frame.lines.first ?? "", x: field.x, y: footer.y, clip: footer)
            if let cursor = frame.cursor {
                screen.updateStyle(Rect(x: field.x + cursor.column, y: footer.y, width: 1, height: 1)) {
                    $0.adding(.reverse)
                }
            }
            let hint = " " + Strings.AnalysisTUI.renameHint
            TextLayout.draw(hint, in: &screen, rect: inner.row(inner.height - 2), style: theme.muted, glyphs: glyphs)
        } else if state.confirmingDelete, let selected = state.selected {
            let question = Strings.Analysis.confirmDelete(selected.title)
            let lines = Paragraph.wrap(question, width: max(1, inner.width - 2)).suffix(2)
            for (i, line) in lines.enumerated() {
                let row = inner.row(inner.height - lines.count + i)
                TextLayout.draw(" " + line, in: &screen, rect: row, style: theme.worse.adding(.bold), glyphs: glyphs)
            }
        } else if let message = state.message {
            TextLayout.draw(" " + message, in: &screen, rect: footer, style: theme.message, glyphs: glyphs)
        }
        // The list's own keys in the status line, not the browser's under it.
        let status = Rect(x: 0, y: screen.height - 1, width: screen.width, height: 1)
        screen.fill(status, style: theme.status)
        let hints: [(String, String)]
        if state.renaming != nil {
            hints = Strings.AnalysisTUI.renameHints
        } else if state.confirmingDelete {
            hints = Strings.AnalysisTUI.confirmDeleteHints
        } else {
            hints = Strings.AnalysisTUI.listHints
        }
        StatusHints.draw(hints, theme: theme, in: &screen, rect: status, ascii: glyphs.isASCII)
        if state.showsHelp {
            HelpView(keymap: AnalysisListKeymap.keymap, title: Strings.AnalysisTUI.listHelpTitle)
                .draw(
                    in: &screen, rect: body.centered(width: min(body.width - 2, 72), height: body.height),
                    glyphs: glyphs)
        }
        return screen
    }

    static func items(_ state: AnalysisListState, width: Int, glyphs: Glyphs) -> [ListItem] {
        let request = state.request
        var what = request.selection.trinn > 0 ? Strings.trinnName(request.selection.trinn) + ", " : ""
        // From a view over time or of the gap, say what the new analysis links.
        let change = request.view.measuresChange ? request.baseRound.map { ($0, request.selection.round) } : nil
        what +=
            request.view == .level
            ? Strings.roundName(request.selection.round)
            : Strings.Analysis.linkedDataLabel(request.view, round: request.selection.round, change: change)
        var items = [ListItem(Strings.AnalysisTUI.newRowFrom(what), style: .bold)]
        let statusWidth = 10
        let dateWidth = 17
        let titleWidth = max(8, width - statusWidth - dateWidth - 2)
        for summary in state.summaries {
            let title = TextLayout.pad(summary.title, toWidth: titleWidth, glyphs: glyphs)
            let status = TextLayout.pad(
                Strings.Analysis.statusName(summary.status), toWidth: statusWidth, glyphs: glyphs)
            let date = TextLayout.truncate(
                Strings.AnalysisTUI.changed(summary.updatedAt), toWidth: dateWidth, glyphs: glyphs)
            items.append(
                ListItem(title + " " + status + " " + date, style: summary.status == .finished ? .dim : .plain))
        }
        if state.summaries.isEmpty { items.append(ListItem(Strings.AnalysisTUI.noAnalyses, style: .dim)) }
        return items
    }
}
