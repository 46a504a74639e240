import TerminalUI

/// The field being edited, with the text as the user has it.
public struct EditingState: Sendable, Equatable {
    public var target: TextTarget
    public var editor: TextEditor
    /// Set when another window saved this text while the user was editing it:
    /// the stored text. The user's own text stays in the editor until they choose.
    public var conflictText: String?
    /// The last change could not be saved (it is retried on the next change).
    public var unsaved = false
}
