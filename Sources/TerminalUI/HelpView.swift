/// The help overlay, rendered from a ``Keymap``.
///
/// A bordered box with a title; section headings in the heading style, then
/// key names in a column and descriptions wrapped beside them. Rows that do
/// not fit are scrolled by `scroll` (the app keeps it in state).
public struct HelpView<Action: Hashable & Sendable>: Sendable {
    public var keymap: Keymap<Action>
    public var title: String
    public var headingStyle: Style
    public var keyStyle: Style
    public var borderStyle: Style

    public init(
        keymap: Keymap<Action>, title: String, headingStyle: Style = .bold,
        keyStyle: Style = .bold, borderStyle: Style = .plain
    ) {
        self.keymap = keymap
        self.title = title
        self.headingStyle = headingStyle
        self.keyStyle = keyStyle
        self.borderStyle = borderStyle
    }

    /// One drawn row: either a heading or a key column plus text.
    private enum Row { case heading(String), entry(keys: String, text: String), blank }

    /// The rows for a content width (descriptions wrapped under themselves).
    private func rows(width: Int, ascii: Bool) -> (rows: [Row], keyWidth: Int) {
        let sections = keymap.helpSections(ascii: ascii)
        let widest = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let keyWidth = min(widest, max(1, width / 3))
        let textWidth = max(1, width - keyWidth - 4)
        var rows: [Row] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { rows.append(.blank) }
            rows.append(.heading(section.section))
            for entry in section.entries {
                for (j, line) in Paragraph.wrap(
                    entry.help, width: textWidth, glyphs: ascii ? .ascii : .unicode
                ).enumerated() {
                    rows.append(.entry(keys: j == 0 ? entry.keys : "", text: line))
                }
            }
        }
        return (rows, keyWidth)
    }

    /// The rows the help needs inside a box of `width` (for sizing the overlay).
    public func contentHeight(width: Int, ascii: Bool = false) -> Int {
        rows(width: max(0, width - 2), ascii: ascii).rows.count
    }

    /// Clears `rect`, draws the box and the visible rows.
    public func draw(in screen: inout Screen, rect: Rect, scroll: Int = 0, glyphs: Glyphs = .unicode) {
        screen.fill(rect)
        let inner = Box(title: title, style: borderStyle, titleStyle: headingStyle).draw(
            in: &screen, rect: rect, glyphs: glyphs)
        let content = inner.inset(left: 1, right: 1)
        guard !content.isEmpty else { return }
        let (rows, keyWidth) = rows(width: content.width, ascii: glyphs.isASCII)
        let start = min(max(0, scroll), max(0, rows.count - content.height))
        for (i, row) in rows.dropFirst(start).prefix(content.height).enumerated() {
            let line = content.row(i)
            switch row {
            case .blank: break
            case .heading(let text):
                TextLayout.draw(text, in: &screen, rect: line, style: headingStyle, glyphs: glyphs)
            case .entry(let keys, let text):
                let (keyArea, rest) = line.inset(left: 2).splitHorizontally(at: keyWidth)
                TextLayout.draw(keys, in: &screen, rect: keyArea, style: keyStyle, glyphs: glyphs)
                TextLayout.draw(text, in: &screen, rect: rest.inset(left: 2), glyphs: glyphs)
            }
        }
        if rows.count > start + content.height {
            screen.put(glyphs.arrowDown, x: rect.maxX - 2, y: rect.maxY - 1, style: borderStyle)
        }
        if start > 0 {
            screen.put(glyphs.arrowUp, x: rect.maxX - 2, y: rect.y, style: borderStyle)
        }
    }
}
