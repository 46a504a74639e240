extension TextEditor {
    /// Text as the editor stores it: "\r\n", "\r", NEL, LINE SEPARATOR and
    /// PARAGRAPH SEPARATOR become "\n"; a tab becomes ``tabWidth`` spaces;
    /// other control characters (C0, DEL, C1) are dropped. Nothing else is
    /// touched: no Unicode normalisation, so "a\u{30A}" stays decomposed.
    public static func sanitized(_ string: String) -> String {
        let needsWork = string.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
        }
        guard needsWork else { return string }
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for character in string {
            switch character {
            case "\r\n", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}":
                result.append("\n")
            case "\t":
                result.append(String(repeating: " ", count: tabWidth))
            default:
                let isControl = character.unicodeScalars.contains { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                }
                if !isControl { result.append(character) }
            }
        }
        return result
    }

    /// Inserts typed or pasted text at the cursor.
    mutating func insert(_ raw: String) -> Bool {
        let string = Self.sanitized(raw)
        guard !string.isEmpty else { return false }
        let isTyping = string.count == 1 && string != "\n"
        return replace(
            cursorUTF8Offset..<cursorUTF8Offset, with: string,
            cursorAfter: cursorUTF8Offset + string.utf8.count, kind: isTyping ? .typing : .other)
    }

    mutating func deleteBackward() -> Bool {
        guard cursorIndex > text.startIndex else { return false }
        let start = utf8Offset(of: text.index(before: cursorIndex))
        return replace(start..<cursorUTF8Offset, with: "", cursorAfter: start, kind: .backspace)
    }

    mutating func deleteForward() -> Bool {
        guard cursorIndex < text.endIndex else { return false }
        let end = utf8Offset(of: text.index(after: cursorIndex))
        return replace(cursorUTF8Offset..<end, with: "", cursorAfter: cursorUTF8Offset, kind: .forwardDelete)
    }

    /// Deletes between the cursor and `target`, on either side of it.
    mutating func delete(to target: String.Index) -> Bool {
        let other = utf8Offset(of: target)
        let range = min(other, cursorUTF8Offset)..<max(other, cursorUTF8Offset)
        return replace(range, with: "", cursorAfter: range.lowerBound, kind: .other)
    }

    mutating func deleteToLineStart() -> Bool {
        let start = logicalLineStart(of: cursorIndex)
        if start == cursorIndex, start > text.startIndex {
            return delete(to: text.index(before: start))
        }
        return delete(to: start)
    }

    mutating func deleteToLineEnd() -> Bool {
        let end = logicalLineEnd(of: cursorIndex)
        if end == cursorIndex, end < text.endIndex {
            return delete(to: text.index(after: end))
        }
        return delete(to: end)
    }

    mutating func undo() -> Bool {
        guard let edit = history.popUndo() else { return false }
        splice(edit.location..<(edit.location + edit.inserted.utf8.count), with: edit.removed)
        cursorUTF8Offset = edit.cursorBefore
        return true
    }

    mutating func redo() -> Bool {
        guard let edit = history.popRedo() else { return false }
        splice(edit.location..<(edit.location + edit.removed.utf8.count), with: edit.inserted)
        cursorUTF8Offset = edit.cursorAfter
        return true
    }

    /// Replaces a UTF-8 range, moves the cursor and records the edit.
    /// Returns false (and records nothing) when nothing would change.
    private mutating func replace(
        _ range: Range<Int>, with replacement: String, cursorAfter: Int, kind: EditKind
    ) -> Bool {
        guard !range.isEmpty || !replacement.isEmpty else { return false }
        let before = cursorUTF8Offset
        let removed = String(text[index(utf8: range.lowerBound)..<index(utf8: range.upperBound)])
        splice(range, with: replacement)
        cursorUTF8Offset = boundary(atOrAfter: cursorAfter)
        let edit = Edit(
            location: range.lowerBound, removed: removed, inserted: replacement,
            cursorBefore: before, cursorAfter: cursorUTF8Offset)
        history.record(edit, kind: kind)
        return true
    }

    private mutating func splice(_ range: Range<Int>, with replacement: String) {
        text.replaceSubrange(index(utf8: range.lowerBound)..<index(utf8: range.upperBound), with: replacement)
    }
}
