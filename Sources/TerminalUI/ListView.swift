/// One row of a ``ListView``.
public struct ListItem: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// In a list that wraps its items: how many leading characters of `text`
    /// are a marker ("[ ] ", an indent) that the wrapped lines stand under.
    public var hangingIndent: Int

    public init(_ text: String, style: Style = .plain, hangingIndent: Int = 0) {
        self.text = text
        self.style = style
        self.hangingIndent = hangingIndent
    }

    /// The item's lines at `width`: the marker on the first, the rest of the text
    /// wrapped under the text after it.
    func wrapped(width: Int) -> [String] {
        let marker = String(text.prefix(hangingIndent))
        let markerWidth = DisplayWidth.of(marker)
        guard width > markerWidth else { return [TextLayout.prefix(text, width: max(0, width))] }
        let body = Paragraph.wrap(String(text.dropFirst(hangingIndent)), width: width - markerWidth)
        let pad = String(repeating: " ", count: markerWidth)
        return body.enumerated().map { ($0.offset == 0 ? marker : pad) + $0.element }
    }
}

/// A vertical list with a selected row, drawn from a ``ListState``.
///
/// The selected row shows the pointer glyph and the highlight style across
/// the full width (reverse by default, so it works without colour). When
/// rows are hidden above or below, arrows in the right column say so.
public struct ListView: Hashable, Sendable {
    public var items: [ListItem]
    public var highlightStyle: Style
    public var showsScrollIndicators: Bool
    /// Whether a long item goes on over more lines (whole, as a list of sentences
    /// to choose from needs) rather than being cut with "…".
    public var wrapsItems: Bool

    public init(
        items: [ListItem], highlightStyle: Style = .reverse, showsScrollIndicators: Bool = true,
        wrapsItems: Bool = false
    ) {
        self.items = items
        self.highlightStyle = highlightStyle
        self.showsScrollIndicators = showsScrollIndicators
        self.wrapsItems = wrapsItems
    }

    public init(_ texts: [String], highlightStyle: Style = .reverse) {
        self.init(items: texts.map { ListItem($0) }, highlightStyle: highlightStyle)
    }

    /// Draws the visible rows into `rect`, scrolled as ``ListState/visibleOffset(height:count:)`` says.
    /// Returns the screen row of the selected item's first line, nil when it is not in view.
    @discardableResult
    public func draw(in screen: inout Screen, rect: Rect, state: ListState, glyphs: Glyphs = .unicode) -> Int? {
        guard !rect.isEmpty else { return nil }
        if wrapsItems { return drawWrapped(in: &screen, rect: rect, state: state, glyphs: glyphs) }
        let offset = state.visibleOffset(height: rect.height, count: items.count)
        let pointerWidth = DisplayWidth.of(glyphs.pointer) + 1
        let hiddenAbove = offset > 0
        let hiddenBelow = offset + rect.height < items.count
        let needsIndicator = showsScrollIndicators && (hiddenAbove || hiddenBelow) && rect.width > pointerWidth + 1
        let textArea = rect.inset(left: pointerWidth, right: needsIndicator ? 1 : 0)
        for row in 0..<min(rect.height, max(0, items.count - offset)) {
            let index = offset + row
            let item = items[index]
            let y = rect.y + row
            let isSelected = state.selected == index
            let style = isSelected ? highlightStyle : item.style
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if isSelected {
                screen.fill(line, style: style)
                screen.put(glyphs.pointer, x: rect.x, y: y, style: style, clip: line)
            }
            TextLayout.draw(
                item.text, in: &screen, rect: Rect(x: textArea.x, y: y, width: textArea.width, height: 1), style: style,
                glyphs: glyphs)
        }
        if needsIndicator {
            let x = rect.maxX - 1
            if hiddenAbove { screen.put(glyphs.arrowUp, x: x, y: rect.y, style: .dim) }
            if hiddenBelow { screen.put(glyphs.arrowDown, x: x, y: rect.maxY - 1, style: .dim) }
        }
        guard let selected = state.selected, (offset..<(offset + rect.height)).contains(selected) else { return nil }
        return rect.y + selected - offset
    }

    /// Every item whole over as many lines as it needs. The first item shown is the
    /// stored offset's, moved just enough that the selected item is in view (its first
    /// lines, when it is taller than `rect`) and no room is left empty at the end.
    func drawWrapped(in screen: inout Screen, rect: Rect, state: ListState, glyphs: Glyphs) -> Int? {
        let pointerWidth = DisplayWidth.of(glyphs.pointer) + 1
        // Room for the arrows in the right column whether or not they show, so lines never re-wrap.
        let indicator = showsScrollIndicators && rect.width > pointerWidth + 1 ? 1 : 0
        let textWidth = max(1, rect.width - pointerWidth - indicator)
        let lines = items.map { $0.wrapped(width: textWidth) }
        func height(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + lines[$1].count } }
        guard !items.isEmpty else { return nil }
        let selected = state.selected.map { min($0, items.count - 1) }
        var top = min(state.offset, items.count - 1, selected ?? .max)
        if let selected {
            while top < selected, height(top..<(selected + 1)) > rect.height { top += 1 }
        }
        while top > 0, height((top - 1)..<items.count) <= rect.height { top -= 1 }
        var y = rect.y
        var index = top
        var selectedRow: Int?
        while index < items.count, y < rect.maxY {
            let isSelected = selected == index
            if isSelected { selectedRow = y }
            let style = isSelected ? highlightStyle : items[index].style
            for (i, text) in lines[index].enumerated() where y < rect.maxY {
                let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
                if isSelected {
                    screen.fill(line, style: style)
                    if i == 0 { screen.put(glyphs.pointer, x: rect.x, y: y, style: style, clip: line) }
                }
                TextLayout.draw(
                    text, in: &screen, rect: Rect(x: rect.x + pointerWidth, y: y, width: textWidth, height: 1),
                    style: style, glyphs: glyphs)
                y += 1
            }
            index += 1
        }
        if indicator > 0 {
            if top > 0 { screen.put(glyphs.arrowUp, x: rect.maxX - 1, y: rect.y, style: .dim) }
            if height(top..<items.count) > rect.height {
                screen.put(glyphs.arrowDown, x: rect.maxX - 1, y: rect.maxY - 1, style: .dim)
            }
        }
        return selectedRow
    }
}
