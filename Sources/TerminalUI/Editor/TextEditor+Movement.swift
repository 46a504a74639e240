extension TextEditor {
    /// Start of the word before `index`: skips separators (whitespace,
    /// punctuation, newlines), then word characters, like common editors.
    func wordStart(before index: String.Index) -> String.Index {
        var position = index
        while position > text.startIndex, !text[text.index(before: position)].isWordCharacter {
            position = text.index(before: position)
        }
        while position > text.startIndex, text[text.index(before: position)].isWordCharacter {
            position = text.index(before: position)
        }
        return position
    }

    /// End of the word after `index`: skips separators, then word characters.
    func wordEnd(after index: String.Index) -> String.Index {
        var position = index
        while position < text.endIndex, !text[position].isWordCharacter {
            position = text.index(after: position)
        }
        while position < text.endIndex, text[position].isWordCharacter {
            position = text.index(after: position)
        }
        return position
    }

    /// Just after the newline before `index`, or the start of the text.
    func logicalLineStart(of index: String.Index) -> String.Index {
        guard let newline = text[..<index].lastIndex(of: "\n") else { return text.startIndex }
        return text.index(after: newline)
    }

    /// The newline at or after `index`, or the end of the text.
    func logicalLineEnd(of index: String.Index) -> String.Index {
        text[index...].firstIndex(of: "\n") ?? text.endIndex
    }

    /// Moves `delta` visual lines, aiming at the preferred column. Up from
    /// the first line goes to the start of the text, down from the last line
    /// to its end; the preferred column survives both.
    mutating func moveVertically(by delta: Int, width: Int) {
        let layout = layout(width: width)
        let row = layout.cursor.row
        let column = preferredColumn ?? layout.cursor.column
        preferredColumn = column
        if delta < 0 && row == 0 {
            cursorUTF8Offset = 0
        } else if delta > 0 && row == layout.lines.count - 1 {
            cursorUTF8Offset = text.utf8.count
        } else {
            let target = min(max(0, row + delta), layout.lines.count - 1)
            cursorUTF8Offset = position(in: layout.lines[target], atColumn: column)
        }
        if delta > 0 {
            scrollOffset = min(scrollOffset, max(0, layout.lines.count - 1))
        }
    }

    /// Home: the start of the visual line, or the start of the logical line
    /// when already there.
    mutating func moveLineStart(width: Int) {
        let layout = layout(width: width)
        let start = layout.lines[layout.cursor.row].utf8Range.lowerBound
        if cursorUTF8Offset != start {
            cursorUTF8Offset = start
        } else {
            cursorIndex = logicalLineStart(of: cursorIndex)
        }
    }

    /// End: the end of the visual line, or the end of the logical line when
    /// already there. On a wrapped line "the end" is before its last
    /// grapheme (usually the space the line broke at), because the offset
    /// after it is the start of the next visual line.
    mutating func moveLineEnd(width: Int) {
        let layout = layout(width: width)
        let end = lastPosition(in: layout.lines[layout.cursor.row])
        if cursorUTF8Offset != end {
            cursorUTF8Offset = end
        } else {
            cursorIndex = logicalLineEnd(of: cursorIndex)
        }
    }

    /// The last offset the cursor can take on a visual line.
    func lastPosition(in line: EditorLine) -> Int {
        let range = line.utf8Range
        guard !line.endsParagraph, !range.isEmpty else { return range.upperBound }
        return utf8Offset(of: text.index(before: index(utf8: range.upperBound)))
    }

    /// The offset on a visual line whose display column is the largest not
    /// past `column`; a wide character under the column is stepped before.
    func position(in line: EditorLine, atColumn column: Int) -> Int {
        var offset = line.utf8Range.lowerBound
        var current = 0
        for character in line.text {
            let width = DisplayWidth.of(character)
            if current + width > column { break }
            current += width
            offset += character.utf8.count
        }
        return min(offset, lastPosition(in: line))
    }
}
