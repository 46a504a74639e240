/// A row and a display column (0-based).
public struct EditorPosition: Equatable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One visual line of wrapped text.
public struct EditorLine: Equatable, Sendable {
    /// The line's characters, without the newline that may end it.
    public var text: String
    /// Grapheme offsets into the editor's text.
    public var range: Range<Int>
    /// UTF-8 offsets into the editor's text.
    public var utf8Range: Range<Int>
    /// Display columns of `text`; at most the layout width, plus one for a
    /// hanging space, or more for a wide character alone on a narrower line.
    public var width: Int
    /// Whether a newline or the end of the text follows (rather than a wrap).
    /// Only then may the cursor stand after the line's last grapheme.
    public var endsParagraph: Bool
}

/// Text wrapped to a width in display columns, with the cursor placed on it.
///
/// Rules: explicit newlines start a new line; lines break after a run of
/// spaces, and a word that does not fit moves to the next line with the
/// spaces after it. One space may hang past the edge (so "Vi må" plus a
/// space still fills a 5-column line); a second one wraps. A word wider
/// than the line is broken at the width. A wide (2-column) character never
/// straddles the edge: it moves down, leaving the last column empty.
/// Clusters are never split, so combining marks stay with their base and
/// count as one column. A width below 1 is treated as 1; there is always at
/// least one line.
public struct EditorLayout: Equatable, Sendable {
    public var width: Int
    public var lines: [EditorLine]
    /// The cursor's row in `lines` and column in display columns. The
    /// column can equal `width`: before a hanging space, or after the last
    /// grapheme of an exactly full line that ends a paragraph.
    public var cursor: EditorPosition

    /// Wraps `text` (also usable for read-only text) and places a cursor
    /// given as a UTF-8 offset on a grapheme boundary.
    public init(text: String, cursorUTF8Offset: Int = 0, width: Int) {
        self.width = max(1, width)
        self.lines = Self.wrap(text, width: self.width)
        var row = lines.count - 1
        for (index, line) in lines.enumerated()
        where cursorUTF8Offset < line.utf8Range.upperBound
            || (cursorUTF8Offset == line.utf8Range.upperBound && line.endsParagraph)
        {
            row = index
            break
        }
        let line = lines[row]
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: line.utf8Range.lowerBound)
        let offset = min(max(cursorUTF8Offset, line.utf8Range.lowerBound), line.utf8Range.upperBound)
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        cursor = EditorPosition(row: row, column: DisplayWidth.of(text[start..<end]))
    }

    /// A point in the text while wrapping: UTF-8 offset, grapheme offset and
    /// display column from the start of the current line.
    private struct Mark {
        var utf8: Int
        var grapheme: Int
        var column: Int
    }

    private static func wrap(_ text: String, width: Int) -> [EditorLine] {
        var lines: [EditorLine] = []
        var start = Mark(utf8: 0, grapheme: 0, column: 0)
        var here = start
        var lastBreak: Mark?

        func emit(upTo end: Mark, endsParagraph: Bool) {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: start.utf8)
            let to = utf8.index(utf8.startIndex, offsetBy: end.utf8)
            lines.append(
                EditorLine(
                    text: String(text[from..<to]), range: start.grapheme..<end.grapheme,
                    utf8Range: start.utf8..<end.utf8, width: end.column - start.column,
                    endsParagraph: endsParagraph))
        }

        for character in text {
            let size = character.utf8.count
            if character == "\n" {
                emit(upTo: here, endsParagraph: true)
                here = Mark(utf8: here.utf8 + size, grapheme: here.grapheme + 1, column: 0)
                start = here
                lastBreak = nil
                continue
            }
            let columns = DisplayWidth.of(character)
            let hangs = character == " " && here.column == width
            if here.column + columns > width && here.utf8 > start.utf8 && !hangs {
                if let mark = lastBreak {
                    emit(upTo: mark, endsParagraph: false)
                    start = Mark(utf8: mark.utf8, grapheme: mark.grapheme, column: mark.column)
                    lastBreak = nil
                }
                // Still too wide: the word alone exceeds the width.
                if here.column - start.column + columns > width && here.utf8 > start.utf8 {
                    emit(upTo: here, endsParagraph: false)
                    start = here
                }
                // Columns are counted from the line start.
                here.column -= start.column
                start.column = 0
            }
            here = Mark(utf8: here.utf8 + size, grapheme: here.grapheme + 1, column: here.column + columns)
            if character == " " {
                lastBreak = here
            }
        }
        emit(upTo: here, endsParagraph: true)
        return lines
    }
}

extension TextEditor {
    /// The text wrapped to `width` display columns, with the cursor on it.
    public func layout(width: Int) -> EditorLayout {
        EditorLayout(text: text, cursorUTF8Offset: cursorUTF8Offset, width: width)
    }
}
