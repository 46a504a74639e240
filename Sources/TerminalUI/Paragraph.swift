/// Word-wrapped text within a width.
///
/// Wrapping uses display width so æøå, combining marks and wide CJK text
/// line up; a word longer than the width is broken hard rather than
/// overflowing. "\n" starts a new line; an empty line stays empty.
public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Lines of at most `width` columns. An ASCII terminal spells æ as ae, so with
    /// ASCII `glyphs` the text is spelled so first and wrapped as it will be shown.
    public static func wrap(_ text: String, width: Int, glyphs: Glyphs = .unicode) -> [String] {
        guard width > 0 else { return [] }
        let text = glyphs.isASCII ? ASCIIFallback.text(text) : text
        var lines: [String] = []
        // Plain text (every scalar a one-column grapheme of its own, or a line break) is split by
        // scalars, as the graphemes would split it, without breaking it into graphemes.
        let plain = text.unicodeScalars.allSatisfy { $0 == "\n" || DisplayWidth.isPlainNarrow($0.value) }
        let paragraphs =
            plain
            ? text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
            : text.split(separator: "\n", omittingEmptySubsequences: false)
        for paragraph in paragraphs {
            let firstLine = lines.count
            var line = ""
            var lineWidth = 0
            let words =
                plain
                ? paragraph.unicodeScalars.split(separator: " ").map(Substring.init) : paragraph.split(separator: " ")
            for word in words {
                var remaining = String(word)
                var wordWidth = DisplayWidth.of(remaining)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + remaining
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    (line, lineWidth) = ("", 0)
                }
                while wordWidth > width {
                    var piece = TextLayout.prefix(remaining, width: width)
                    if piece.isEmpty { piece = String(remaining.first!) }  // a wide grapheme in width 1
                    lines.append(piece)
                    remaining = String(remaining.dropFirst(piece.count))
                    wordWidth = DisplayWidth.of(remaining)
                }
                (line, lineWidth) = (remaining, wordWidth)
            }
            if !line.isEmpty || lines.count == firstLine { lines.append(line) }
        }
        return lines
    }

    /// At least as many lines as `wrap` makes of `text` at `width`, found without wrapping: every
    /// column but the spaces a line may break at lands on a line of at most `width` columns.
    /// Text that is not plain narrow (or has line breaks) is bounded by one line.
    public static func minimumLines(_ text: String, width: Int, glyphs: Glyphs = .unicode) -> Int {
        guard width > 0 else { return 0 }
        let text = glyphs.isASCII ? ASCIIFallback.text(text) : text
        var columns = 0
        for scalar in text.unicodeScalars {
            guard DisplayWidth.isPlainNarrow(scalar.value) else { return 1 }
            if scalar != " " { columns += 1 }
        }
        return max(1, (columns + width - 1) / width)
    }

    /// Lines this paragraph needs at `width`.
    public func height(width: Int) -> Int { Paragraph.wrap(text, width: width).count }

    /// Draws the wrapped text into `rect`, skipping the first `scroll` lines.
    /// - Returns: the total number of wrapped lines (to size a scroll bar).
    @discardableResult
    public func draw(in screen: inout Screen, rect: Rect, scroll: Int = 0) -> Int {
        let lines = Paragraph.wrap(text, width: rect.width)
        for (row, line) in lines.dropFirst(max(0, scroll)).prefix(rect.height).enumerated() {
            screen.put(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
        }
        return lines.count
    }
}
