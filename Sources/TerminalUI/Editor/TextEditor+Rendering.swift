/// What a field shows: its visible lines and where the cursor is.
public struct EditorFrame: Equatable, Sendable {
    /// Exactly `height` strings, each exactly `width` display columns
    /// (clipped, then padded with spaces).
    public var lines: [String]
    /// The cursor relative to the frame's top-left corner, always inside it;
    /// nil when the frame has no cells.
    public var cursor: EditorPosition?
    /// The first visual line shown.
    public var scrollOffset: Int
}

extension TextEditor {
    /// The visible lines for a window, padded to `width`, and the cursor's
    /// place in them. Pure: the stored scroll offset is only adjusted as far
    /// as needed to show the cursor; call ``scrollCursorIntoView(width:height:)``
    /// to keep that adjustment.
    ///
    /// The cursor's column is at most `width - 1`: after the last character
    /// of an exactly full line (before a hanging space, or at the end of a
    /// full paragraph) it stands on that character's cell, as a terminal's
    /// own cursor does before it wraps.
    public func frame(width: Int, height: Int) -> EditorFrame {
        let layout = layout(width: width)
        let top = scrollTop(for: layout, height: height)
        guard width > 0, height > 0 else {
            return EditorFrame(
                lines: Array(repeating: "", count: max(0, height)), cursor: nil, scrollOffset: top)
        }
        var lines: [String] = []
        lines.reserveCapacity(height)
        for row in top..<(top + height) {
            let text = row < layout.lines.count ? layout.lines[row].text : ""
            lines.append(Self.fit(text, width: width))
        }
        let cursor = EditorPosition(
            row: layout.cursor.row - top, column: min(layout.cursor.column, width - 1))
        return EditorFrame(lines: lines, cursor: cursor, scrollOffset: top)
    }

    /// The visible lines for a window of `width` × `height`, padded to width.
    public func render(width: Int, height: Int) -> [String] {
        frame(width: width, height: height).lines
    }

    /// The visual lines inside a window of `height` rows (fewer at the end).
    public func visibleLines(width: Int, height: Int) -> [EditorLine] {
        let layout = layout(width: width)
        let top = scrollTop(for: layout, height: height)
        let end = min(layout.lines.count, top + max(0, height))
        return top < end ? Array(layout.lines[top..<end]) : []
    }

    /// Scrolls as little as possible so the cursor's line is in a window of
    /// `height` rows, without leaving empty rows below the text.
    public mutating func scrollCursorIntoView(width: Int, height: Int) {
        scrollOffset = scrollTop(for: layout(width: width), height: height)
    }

    private func scrollTop(for layout: EditorLayout, height: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = min(scrollOffset, max(0, layout.lines.count - height))
        let row = layout.cursor.row
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        return max(0, top)
    }

    /// `text` clipped to `width` display columns and padded with spaces. A
    /// wide character that does not fit whole is left out.
    static func fit(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        if used < width { result += String(repeating: " ", count: width - used) }
        return result
    }
}
