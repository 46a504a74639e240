/// A border with an optional title, framing a panel or dialog.
public struct Box: Hashable, Sendable {
    public var title: String?
    public var style: Style
    public var titleStyle: Style

    public init(title: String? = nil, style: Style = .plain, titleStyle: Style = .bold) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
    }

    /// The area inside the border of `rect`.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the border (only when `rect` is at least 2×2) and the title in
    /// the top edge as `┌─ Title ──┐`, truncated with an ellipsis.
    /// - Returns: the inner area, for the content.
    @discardableResult
    public func draw(in screen: inout Screen, rect: Rect, glyphs: Glyphs = .unicode) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Box.inner(rect) }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        // The glyphs are one column each: an edge is one write.
        let edge = String(repeating: glyphs.horizontal, count: max(0, right - rect.x - 1))
        screen.put(edge, x: rect.x + 1, y: rect.y, style: style)
        screen.put(edge, x: rect.x + 1, y: bottom, style: style)
        for y in rect.y + 1..<bottom {
            screen.put(glyphs.vertical, x: rect.x, y: y, style: style)
            screen.put(glyphs.vertical, x: right, y: y, style: style)
        }
        screen.put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        screen.put(glyphs.topRight, x: right, y: rect.y, style: style)
        screen.put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        screen.put(glyphs.bottomRight, x: right, y: bottom, style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            // "┌─ " + title + " ─┐": the title gets width − 6 columns, at least 1.
            let room = max(1, rect.width - 6)
            let fitted = TextLayout.truncate(title, toWidth: room, glyphs: glyphs)
            let titleArea = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 3, height: 1)
            screen.put(" " + fitted + " ", x: titleArea.x, y: rect.y, style: titleStyle, clip: titleArea)
        }
        return Box.inner(rect)
    }
}
