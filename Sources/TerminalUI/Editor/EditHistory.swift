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
        // In place, so a long group's strings are not copied per keystroke.
        if kind != .other, kind == openGroup, !undoStack.isEmpty,
            undoStack[undoStack.count - 1].absorb(edit, kind: kind)
        {
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
}

extension Edit {
    /// Folds `next` into this step when both belong to one group of `kind`;
    /// returns false (and changes nothing) when they do not.
    fileprivate mutating func absorb(_ next: Edit, kind: EditKind) -> Bool {
        switch kind {
        case .typing:
            guard removed.isEmpty, next.removed.isEmpty,
                next.location == location + inserted.utf8.count
            else { return false }
            // A group ends where a word does: "hei" then " på", not "hei ".
            let endsWord = inserted.last?.isWordCharacter ?? false
            let startsSeparator = !(next.inserted.first?.isWordCharacter ?? false)
            if endsWord && startsSeparator { return false }
            inserted += next.inserted
        case .backspace:
            guard inserted.isEmpty, next.inserted.isEmpty,
                next.location + next.removed.utf8.count == location
            else { return false }
            location = next.location
            removed = next.removed + removed
        case .forwardDelete:
            guard inserted.isEmpty, next.inserted.isEmpty, next.location == location
            else { return false }
            removed += next.removed
        case .other:
            return false
        }
        cursorAfter = next.cursorAfter
        return true
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
