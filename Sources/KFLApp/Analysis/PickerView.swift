import KFLCore
import TerminalUI

/// A list to choose from (or to toggle) and a yes/no question, as dialogs.
enum PickerView {
    /// Draws the picker in its box, `area` (from `AnalysisLayout.picker(rows:)`).
    static func draw(_ picker: PickerState, state: AnalysisState, theme: Theme, in screen: inout Screen, area: Rect) {
        screen.fill(area)
        let inner = Box(title: picker.title, style: theme.focusedBorder, titleStyle: theme.heading).draw(
            in: &screen, rect: area, glyphs: state.glyphs)
        guard inner.height > 1 else { return }
        let listRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        let items = picker.rows.map { row -> ListItem in
            guard row.value != nil else { return ListItem(row.text, style: theme.heading) }
            let box = row.checked.map { $0 ? (state.glyphs.isASCII ? "[x] " : "[✓] ") : "[ ] " } ?? "  "
            return ListItem(box + row.text)
        }
        ListView(items: items, highlightStyle: theme.selected).draw(
            in: &screen, rect: listRect, state: picker.list, glyphs: state.glyphs)
        let hint = picker.isToggleList ? Strings.AnalysisTUI.toggleHint : Strings.AnalysisTUI.pickerHint
        TextLayout.draw(
            " " + hint, in: &screen, rect: inner.row(inner.height - 1), style: theme.muted, glyphs: state.glyphs)
    }

    static func drawConfirm(_ question: String, state: AnalysisState, theme: Theme, in screen: inout Screen, rect: Rect)
    {
        let width = min(rect.width - 4, max(30, DisplayWidth.of(question) + 4))
        let lines = Paragraph.wrap(question, width: width - 4)
        let area = rect.centered(width: width, height: lines.count + 2)
        screen.fill(area)
        let inner = Box(style: theme.focusedBorder).draw(in: &screen, rect: area, glyphs: state.glyphs)
        for (i, line) in lines.prefix(inner.height).enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + i, style: theme.heading, clip: inner)
        }
    }
}
