/// One reversible change: `removed` was replaced by `inserted` at `location`.
///
/// Offsets are UTF-8 offsets into the text as it was when the edit ran, so
/// replaying an edit backwards restores the text byte for byte, even where
/// an edit made graphemes merge ("a" followed by a typed combining ring).
struct Edit: Equatable, Sendable {
    var location: Int
    var removed: String
    var inserted: String
    var cursorBefore: Int
    var cursorAfter: Int
}

/// How an edit may join the previous one into a single undo step.
enum EditKind: Equatable, Sendable {
    /// One typed grapheme.
    case typing
    /// One grapheme removed before the cursor.
    case backspace
    /// One grapheme removed after the cursor.
    case forwardDelete
    /// Anything else (paste, newline, word and line deletes): a step of its own.
    case other
}

/// Undo and redo stacks with grouping of typing and single-grapheme deletes.
///
/// A typing group ends when a non-word character follows a word character
/// (so undoing "hei på deg" goes to "hei på", then "hei", then ""), on cursor
/// movement, and when the kind of edit changes. The history keeps at most
/// ``limit`` steps and forgets the oldest.
struct EditHistory: Equatable, Sendable {
    static let defaultLimit = 500

    private(set) var undoStack: [Edit] = []
    private(set) var redoStack: [Edit] = []
    /// The kind of the step still open for grouping, if any.
    private var openGroup: EditKind?
    let limit: Int

    init(limit: Int = EditHistory.defaultLimit) {
        self.limit = max(1, limit)
    }

    var canUndo: Bool { !undoStack.isEmpty }
    var canRedo: Bool { !redoStack.isEmpty }

    /// Ends the open group, so the next edit starts a new undo step.
    mutating func breakGroup() {
        openGroup = nil
    }

    /// Records a new edit; clears the redo stack.
    mutating func record(_ edit: Edit, kind: EditKind) {
        redoStack.removeAll()
        if kind != .other, kind == openGroup, let last = undoStack.last,
            let merged = Self.merge(last, edit, kind: kind)
        {
            undoStack[undoStack.count - 1] = merged
            return
        }
        undoStack.append(edit)
        if undoStack.count > limit {
            undoStack.removeFirst(undoStack.count - limit)
        }
        openGroup = kind == .other ? nil : kind
    }

    /// Takes the newest step for undoing and moves it to the redo stack.
    mutating func popUndo() -> Edit? {
        openGroup = nil
        guard let edit = undoStack.popLast() else { return nil }
        redoStack.append(edit)
        return edit
    }

    /// Takes the newest undone step for redoing and moves it back.
    mutating func popRedo() -> Edit? {
        openGroup = nil
        guard let edit = redoStack.popLast() else { return nil }
        undoStack.append(edit)
        return edit
    }

    /// `next` folded into `last`, or nil when they belong to separate steps.
    private static func merge(_ last: Edit, _ next: Edit, kind: EditKind) -> Edit? {
        var merged = last
        switch kind {
        case .typing:
            guard last.removed.isEmpty, next.removed.isEmpty,
                next.location == last.location + last.inserted.utf8.count
            else { return nil }
            let endsWord = last.inserted.last?.isWordCharacter ?? false
            let startsNonWord = !(next.inserted.first?.isWordCharacter ?? false)
            if endsWord && startsNonWord { return nil }
            merged.inserted += next.inserted
        case .backspace:
            guard last.inserted.isEmpty, next.inserted.isEmpty,
                next.location + next.removed.utf8.count == last.location
            else { return nil }
            merged.location = next.location
            merged.removed = next.removed + last.removed
        case .forwardDelete:
            guard last.inserted.isEmpty, next.inserted.isEmpty, next.location == last.location
            else { return nil }
            merged.removed += next.removed
        case .other:
            return nil
        }
        merged.cursorAfter = next.cursorAfter
        return merged
    }
}

extension Character {
    /// Letters and digits in any script (æ, ø, å included) make up words;
    /// whitespace and punctuation separate them. A lone combining mark (one
    /// typed after its base letter) belongs to the word it decorates.
    var isWordCharacter: Bool {
        if isLetter || isNumber { return true }
        switch unicodeScalars.first?.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
