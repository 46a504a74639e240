import KFLCore
import TerminalUI

/// Keys inside a text field, turned into editor commands. Esc leaves the
/// field and Tab / Shift-Tab move to the next / previous field (handled by
/// the runtime); everything else edits.
public enum EditorKeys {
    /// The editor command for a key, or nil for a key the editor ignores.
    /// `page` is the number of lines PgUp/PgDn move.
    public static func command(for key: Key, page: Int) -> EditorCommand? {
        switch key {
        case .character(let c): return .insert(String(c))
        case .paste(let text): return .insert(text)
        case .enter: return .insertNewline
        case .backspace: return .deleteBackward
        case .delete: return .deleteForward
        case .controlBackspace, .control("w"): return .deleteWordBackward
        case .controlDelete, .alt("d"): return .deleteWordForward
        case .control("k"): return .deleteToLineEnd
        case .control("u"): return .deleteToLineStart
        case .left: return .moveLeft
        case .right: return .moveRight
        case .up: return .moveUp
        case .down: return .moveDown
        case .controlLeft, .alt("b"): return .moveWordLeft
        case .controlRight, .alt("f"): return .moveWordRight
        case .home, .control("a"): return .moveLineStart
        case .end, .control("e"): return .moveLineEnd
        case .pageUp: return .pageUp(max(1, page))
        case .pageDown: return .pageDown(max(1, page))
        case .control("z"): return .undo
        case .control("y"): return .redo
        default: return nil
        }
    }

    /// The command for `key` in a one-line field: no Enter (it answers the question), and
    /// the line breaks of pasted text become spaces.
    static func lineCommand(for key: Key) -> EditorCommand? {
        switch command(for: key, page: 1) {
        case .insertNewline, nil: return nil
        case .insert(let text): return .insert(String(text.map { $0.isNewline ? " " : $0 }))
        case let command?: return command
        }
    }

    /// The editor's keys named in the status line while a field is edited
    /// (they reach the editor as `.editorKey`).
    static var hintBindings: [(keys: [Key], help: String, hint: String)] {
        let s = Strings.AnalysisTUI.self
        return [([.control("z")], s.editorUndo, s.hintUndo), ([.control("y")], s.editorRedo, s.hintRedo)]
    }

    /// The editor's keys as help lines (key list, description).
    static var helpEntries: [(keys: [Key], help: String)] {
        let s = Strings.AnalysisTUI.self
        return [
            ([.escape], s.editorLeave),
            ([.tab], s.editorLeaveNext),
            ([.backTab], s.editorPreviousField),
            ([.enter], s.editorNewline),
            ([.left, .right, .up, .down], s.editorMove),
            ([.controlLeft, .controlRight], s.editorWord),
            ([.home, .end], s.editorLine),
            ([.backspace, .delete], s.editorDelete),
            ([.controlBackspace, .control("w")], s.editorDeleteWord),
            ([.control("k"), .control("u")], s.editorDeleteLine),
            ([.control("z")], s.editorUndo),
            ([.control("y")], s.editorRedo),
            ([.control("o")], s.editorOverwrite),
            ([.control("r")], s.editorTakeStored),
        ]
    }
}
