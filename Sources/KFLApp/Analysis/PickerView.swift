import KFLCore
import TerminalUI

/// A list to choose from (or to toggle) and a yes/no question, as dialogs.
enum PickerView {
    /// Draws the picker in its box, `area` (`AnalysisLayout.picker`): a
    /// search line first when typing searches it, then the rows.
    static func draw(_ picker: PickerState, state: AnalysisState, theme: Theme, in screen: inout Screen, area: Rect) {
        screen.fill(area)
        let inner = Box(title: picker.title, style: theme.focusedBorder, titleStyle: theme.heading).draw(
            in: &screen, rect: area, glyphs: state.glyphs)
        guard inner.height > 1 else { return }
        var listRect = inner
        if picker.isFiltered {
            let line = inner.row(0)
            var x =
                line.x
                + screen.put(
                    " " + Strings.AnalysisTUI.pickerFilterPrompt, x: line.x, y: line.y, style: theme.heading, clip: line
                )
            x += screen.put(picker.filter, x: x, y: line.y, clip: line)
            screen.cursor = Cursor(x: min(x, line.maxX - 1), y: line.y)
            if picker.filter.isEmpty {
                screen.put(
                    "(" + Strings.AnalysisTUI.pickerFilterHint + ")", x: x + 1, y: line.y, style: theme.muted,
                    clip: line)
            }
            listRect = inner.inset(top: 1)
        }
        let visible = picker.visibleRows
        guard !visible.isEmpty else {
            TextLayout.draw(
                " " + Strings.AnalysisTUI.pickerNoMatch, in: &screen, rect: listRect.row(0), style: theme.muted,
                glyphs: state.glyphs)
            return
        }
        let items = visible.map { row -> ListItem in
            guard row.value != nil else { return ListItem(row.text, style: theme.heading) }
            let box = row.checked.map { $0 ? (state.glyphs.isASCII ? "[x] " : "[✓] ") : "[ ] " } ?? "  "
            return ListItem(box + row.text, hangingIndent: box.count)
        }
        // Whole rows: a hypothesis or a suggestion is read before it is chosen.
        let selectedRow = ListView(items: items, highlightStyle: theme.selected, wrapsItems: true).draw(
            in: &screen, rect: listRect, state: picker.list, glyphs: state.glyphs)
        if !picker.isFiltered, let selectedRow { screen.cursor = Cursor(x: listRect.x, y: selectedRow) }
    }
}
