import KFLCore

/// Ctrl-C (or q) never drops text silently. Text on screen that the workbook
/// does not have (its save failed: a full disk, a read-only file) is saved
/// once more first; if that fails too, or another window changed the field
/// and the user has not chosen, the user is asked, and a quit anyway prints
/// the text after the terminal is restored and exits non-zero.
extension AnalysisUpdate {
    static func quit(_ state: inout AnalysisState) -> [AnalysisEffect] {
        guard let editing = state.editing, state.unsavedText != nil else {
            state.quitRequested = true
            return []
        }
        if editing.conflictText == nil { return save(editing.editor.text, editing.target, then: .quit, state) }
        state.overlay = .confirmQuit
        return []
    }
}

extension AnalysisState {
    /// The text in the field being edited when the workbook does not have it:
    /// its last save failed, or another window changed the field and the user
    /// has not chosen yet. Nil when nothing would be lost.
    public var unsavedText: String? {
        guard let editing, editing.unsaved || editing.conflictText != nil else { return nil }
        let stored = editing.conflictText ?? storedText(editing.target)
        return editing.editor.text == stored ? nil : editing.editor.text
    }
}
