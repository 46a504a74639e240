/// The pure model of a multi-line text field: text, cursor, undo history and
/// scroll offset. Rendering and key handling live elsewhere.
///
/// `text` is the source of truth and is stored as typed (no Unicode
/// normalisation). The cursor is kept as a UTF-8 offset that always sits on
/// a grapheme-cluster boundary: turning it into a `String.Index` is O(1), so
/// every edit costs O(n) in the worst case (one copy of the tail), and a
/// paste of 10 000 characters is one splice, not 10 000.
///
/// Layout-dependent commands (up, down, Home, End, page) take the wrap width;
/// the others ignore it and never lay the text out.
public struct TextEditor: Equatable, Sendable {
    /// The text, as typed (after ``sanitized(_:)`` of what came in).
    public internal(set) var text: String
    /// The first visual line shown; ``scrollCursorIntoView(width:height:)``
    /// keeps the cursor's line within the window.
    public internal(set) var scrollOffset: Int = 0

    /// UTF-8 offset of the cursor, always on a grapheme boundary.
    var cursorUTF8Offset: Int
    /// The display column that up and down aim for; nil until the first
    /// vertical move after any other command.
    var preferredColumn: Int?
    var history: EditHistory

    /// Spaces a tab becomes: a terminal cell cannot hold a tab, and the app
    /// uses the Tab key to move between fields.
    public static let tabWidth = 4

    /// An editor on `text` (cleaned like a paste) with the cursor at the
    /// given grapheme offset, or at the end when nil.
    public init(text: String = "", cursor: Int? = nil, historyLimit: Int = 500) {
        self.text = Self.sanitized(text)
        self.cursorUTF8Offset = self.text.utf8.count
        self.history = EditHistory(limit: historyLimit)
        if let cursor { self.cursor = cursor }
    }

    /// The cursor as a grapheme offset (0 … `text.count`). O(n) to read;
    /// setting clamps, and ends the current undo group.
    public var cursor: Int {
        get { text.distance(from: text.startIndex, to: cursorIndex) }
        set {
            let offset = min(max(0, newValue), text.count)
            cursorIndex = text.index(text.startIndex, offsetBy: offset)
            history.breakGroup()
            preferredColumn = nil
        }
    }

    public var canUndo: Bool { history.canUndo }
    public var canRedo: Bool { history.canRedo }

    /// Applies one command; returns whether the text changed (the app saves
    /// on every change). `width` is the wrap width in display columns.
    @discardableResult
    public mutating func apply(_ command: EditorCommand, width: Int) -> Bool {
        if !command.isVertical { preferredColumn = nil }
        if !command.isEdit { history.breakGroup() }
        switch command {
        case .insert(let string): return insert(string)
        case .insertNewline: return insert("\n")
        case .deleteBackward: return deleteBackward()
        case .deleteForward: return deleteForward()
        case .deleteWordBackward: return delete(to: wordStart(before: cursorIndex))
        case .deleteWordForward: return delete(to: wordEnd(after: cursorIndex))
        case .deleteToLineStart: return deleteToLineStart()
        case .deleteToLineEnd: return deleteToLineEnd()
        case .undo: return undo()
        case .redo: return redo()
        case .moveLeft:
            if cursorIndex > text.startIndex { cursorIndex = text.index(before: cursorIndex) }
        case .moveRight:
            if cursorIndex < text.endIndex { cursorIndex = text.index(after: cursorIndex) }
        case .moveWordLeft: cursorIndex = wordStart(before: cursorIndex)
        case .moveWordRight: cursorIndex = wordEnd(after: cursorIndex)
        case .moveUp: moveVertically(by: -1, width: width)
        case .moveDown: moveVertically(by: 1, width: width)
        case .pageUp(let lines):
            scrollOffset = max(0, scrollOffset - max(1, lines))
            moveVertically(by: -max(1, lines), width: width)
        case .pageDown(let lines):
            scrollOffset += max(1, lines)
            moveVertically(by: max(1, lines), width: width)
        case .moveLineStart: moveLineStart(width: width)
        case .moveLineEnd: moveLineEnd(width: width)
        case .moveDocumentStart: cursorUTF8Offset = 0
        case .moveDocumentEnd: cursorUTF8Offset = text.utf8.count
        }
        return false
    }

    /// Applies one command and keeps the cursor's line within a window of
    /// `height` lines; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ command: EditorCommand, width: Int, height: Int) -> Bool {
        let changed = apply(command, width: width)
        scrollCursorIntoView(width: width, height: height)
        return changed
    }

    /// A copy with the command applied.
    public func applying(_ command: EditorCommand, width: Int) -> TextEditor {
        var copy = self
        copy.apply(command, width: width)
        return copy
    }

    // MARK: Offsets and indices

    /// The cursor as an index into `text`.
    var cursorIndex: String.Index {
        get { index(utf8: cursorUTF8Offset) }
        set { cursorUTF8Offset = utf8Offset(of: newValue) }
    }

    func index(utf8 offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    func utf8Offset(of index: String.Index) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The first grapheme boundary at or after a UTF-8 offset. An edit can
    /// merge clusters (a mark typed before "\u{301}x"), so an offset that
    /// was a boundary before may sit inside a cluster afterwards.
    func boundary(atOrAfter offset: Int) -> Int {
        let index = index(utf8: min(max(0, offset), text.utf8.count))
        if index.samePosition(in: text) != nil { return utf8Offset(of: index) }
        // Character operations round a misaligned index down to its
        // cluster's start first, so this is the end of that cluster.
        return utf8Offset(of: text.index(after: index))
    }
}
