/// One row of a ``ListView``.
public struct ListItem: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
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

    public init(items: [ListItem], highlightStyle: Style = .reverse, showsScrollIndicators: Bool = true) {
        self.items = items
        self.highlightStyle = highlightStyle
        self.showsScrollIndicators = showsScrollIndicators
    }

    public init(_ texts: [String], highlightStyle: Style = .reverse) {
        self.init(items: texts.map { ListItem($0) }, highlightStyle: highlightStyle)
    }

    /// Draws the visible rows into `rect`, scrolled as ``ListState/visibleOffset(height:count:)`` says.
    public func draw(in screen: inout Screen, rect: Rect, state: ListState, glyphs: Glyphs = .unicode) {
        guard !rect.isEmpty else { return }
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
    }
}
