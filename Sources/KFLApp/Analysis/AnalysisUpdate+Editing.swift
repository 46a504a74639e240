import KFLCore
import TerminalUI

/// Keys in a field being edited: every change is saved at once; Esc and Tab
/// save what is unsaved first; in a conflict the user chooses between the
/// two texts and nothing is thrown away without asking.
extension AnalysisUpdate {
    static func editing(_ action: AnalysisKeyAction, key: Key, _ state: inout AnalysisState) -> [AnalysisEffect] {
        guard var editing = state.editing else { return [] }
        let inConflict = editing.conflictText != nil
        switch action {
        case .leaveField where inConflict, .nextField where inConflict, .previousField where inConflict:
            state.notice = .conflictChoose
        case .leaveField:
            if editing.unsaved { return save(editing.editor.text, editing.target, then: .leave, state) }
            state.editing = nil
        case .nextField, .previousField:
            let forward = action == .nextField
            if editing.unsaved {
                return save(editing.editor.text, editing.target, then: .move(forward: forward), state)
            }
            moveEditing(forward: forward, &state)
        case .takeStored:
            guard inConflict else { return [] }
            return [.reload(analysisID: state.analysis.id, .takeStored(editing.target))]
        case .overwrite:
            guard inConflict else { return [] }
            // Asked whether to quit: Ctrl-O saves the user's text, then quits.
            let quitting = state.overlay == .confirmQuit
            if quitting { state.overlay = nil }
            return [.reload(analysisID: state.analysis.id, quitting ? .overwriteAndQuit : .overwrite)]
        default:
            let size = AnalysisLayout.make(state).editorSize(for: editing.target)
            guard let command = EditorKeys.command(for: key, page: max(1, size.height - 1)) else { return [] }
            let changed = editing.editor.apply(command, width: size.width, height: size.height)
            state.editing = editing
            if changed, !inConflict { return save(editing.editor.text, editing.target, then: .stay, state) }
        }
        return []
    }

    /// The write that saves `text` to `target`; none when the item is gone.
    static func save(
        _ text: String, _ target: TextTarget, then: AfterTextSave, _ state: AnalysisState
    ) -> [AnalysisEffect] {
        let write: AnalysisWrite
        switch target {
        case .field(let field):
            write = .text(field, text, basedOn: state.analysis.revisions.text(field))
        case .item(let ref, let field):
            guard let item = state.analysis.item(ref)?.setting(field, to: text) else { return [] }
            write = .update(item)
        }
        return [.write(analysisID: state.analysis.id, write, .text(target, then: then))]
    }

    /// Tab / Shift-Tab while editing: on to the next (previous) text field of
    /// the step and keep editing there; at the last (first) field, stay.
    static func moveEditing(forward: Bool, _ state: inout AnalysisState) {
        guard let current = state.editing?.target else { return }
        let targets = state.slots.compactMap(\.target)
        guard let index = targets.firstIndex(of: current) else { return }
        let next = forward ? index + 1 : index - 1
        guard targets.indices.contains(next) else {
            state.notice = forward ? .lastField : .firstField
            return
        }
        let target = targets[next]
        state.focus = state.slots.first { $0.target == target }
        startEditing(target, &state)
    }

    /// A text was saved: it and its revision go into the analysis.
    static func textSaved(_ write: AnalysisWrite, revision: Int, then: AfterTextSave, _ state: inout AnalysisState) {
        switch write {
        case .text(let field, let text, _):
            state.analysis[field] = text
            state.analysis.revisions.texts[field] = revision
        case .update(let item):
            state.analysis.replace(item.withRevision(revision))
        case .add, .remove:
            break
        }
        state.editing?.unsaved = false
        if case .saveFailed? = state.notice { state.notice = nil }
        switch then {
        case .stay: break
        case .leave: state.editing = nil
        case .move(let forward): moveEditing(forward: forward, &state)
        case .quit: state.quitRequested = true
        }
    }

    /// After a reload: the field being edited was changed (or removed)
    /// elsewhere. The user's text stays; they choose.
    static func noticeConflictWhileEditing(_ state: inout AnalysisState) {
        guard var editing = state.editing, editing.conflictText == nil else { return }
        guard let stored = state.storedText(editing.target) else {
            state.notice = .deletedElsewhere
            return
        }
        if stored != editing.editor.text {
            editing.conflictText = stored
            state.editing = editing
            state.notice = .conflictEditing
        }
    }
}
