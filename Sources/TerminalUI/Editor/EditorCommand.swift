/// One editing intent for a ``TextEditor``; the app maps its keys to these.
///
/// Movement is by grapheme cluster (what a reader calls a letter), so the
/// cursor never lands inside "å" written as "a" plus a combining ring.
public enum EditorCommand: Equatable, Sendable {
    /// Typed character or pasted text. May hold newlines and be long; it is
    /// cleaned first (see ``TextEditor/sanitized(_:)``). A single grapheme
    /// counts as typing and is grouped with neighbouring typing for undo; a
    /// longer string is a paste and is one undo step.
    case insert(String)
    case insertNewline

    case deleteBackward
    case deleteForward
    case deleteWordBackward
    case deleteWordForward
    /// Deletes back to the start of the logical line (Ctrl-U); at the start
    /// it joins the line with the one above.
    case deleteToLineStart
    /// Deletes to the end of the logical line (Ctrl-K); at the end it joins
    /// the next line onto this one.
    case deleteToLineEnd

    case moveLeft
    case moveRight
    /// To the start of the previous word.
    case moveWordLeft
    /// To the end of the next word.
    case moveWordRight
    /// Up one visual (wrapped) line, keeping the preferred display column.
    case moveUp
    /// Down one visual (wrapped) line, keeping the preferred display column.
    case moveDown
    /// Home: start of the visual line; pressed again there, start of the
    /// logical line.
    case moveLineStart
    /// End: end of the visual line; pressed again there, end of the logical
    /// line.
    case moveLineEnd
    case moveDocumentStart
    case moveDocumentEnd
    /// Up this many visual lines; the scroll offset follows by as much.
    case pageUp(Int)
    /// Down this many visual lines; the scroll offset follows by as much.
    case pageDown(Int)

    case undo
    case redo

    /// Whether the command may change the text (and so the undo history).
    var isEdit: Bool {
        switch self {
        case .insert, .insertNewline, .deleteBackward, .deleteForward, .deleteWordBackward,
            .deleteWordForward, .deleteToLineStart, .deleteToLineEnd, .undo, .redo:
            return true
        default:
            return false
        }
    }

    /// Whether the command moves vertically and so keeps the preferred column.
    var isVertical: Bool {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown: return true
        default: return false
        }
    }
}
