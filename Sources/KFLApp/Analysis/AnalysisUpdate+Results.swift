import KFLCore

/// What the update does with the results of its effects: writes done (or in
/// conflict, or failed) and the analysis read again.
extension AnalysisUpdate {
    static func written(
        _ write: AnalysisWrite, _ outcome: WriteOutcome, _ purpose: WritePurpose, _ state: inout AnalysisState
    ) -> [AnalysisEffect] {
        let id = state.analysis.id
        switch outcome {
        case .saved(let revision):
            if case .text(_, let then) = purpose {
                textSaved(write, revision: revision, then: then, &state)
            } else if case .update(let item) = write {
                state.analysis.replace(item.withRevision(revision))
            }
            return []
        case .added, .removed:
            // Shown as stored, with whatever else changed meanwhile.
            return [.reload(analysisID: id, .written(purpose))]
        case .conflict(let conflict):
            return [.reload(analysisID: id, .conflict(conflict, purpose))]
        case .failed(let error):
            if case .text = purpose { state.editing?.unsaved = true }
            state.notice = .saveFailed(error)
            if case .remove(let index) = purpose { keepPointer(at: index, &state) }
            if case .text(_, then: .quit) = purpose { state.overlay = .confirmQuit }
            return []
        }
    }

    static func reloaded(
        _ result: Result<Analysis?, AnalysisStoreError>, _ reason: ReloadReason, _ state: inout AnalysisState
    ) -> [AnalysisEffect] {
        switch result {
        case .success(let analysis?):
            state.analysis = analysis
        case .success(nil):
            state.notice = .analysisGone
            state.closeRequested = true
        case .failure(let error):
            state.notice = .loadFailed(error)
        }
        switch reason {
        case .changedElsewhere:
            noticeConflictWhileEditing(&state)
        case .written(let purpose):
            followUp(purpose, &state)
        case .conflict(let conflict, let purpose):
            if case .text(let target, _) = purpose {
                let stored = conflict.storedText ?? state.storedText(target) ?? ""
                state.editing?.conflictText = stored
                state.notice = conflict.isDeleted ? .conflict(conflict) : .conflictEditing
                if case .text(_, then: .quit) = purpose { state.overlay = .confirmQuit }
            } else {
                if case .remove(let index) = purpose { keepPointer(at: index, &state) }
                state.notice = .conflict(conflict)
            }
        case .takeStored(let target):
            state.notice = nil
            state.editing = nil
            startEditing(target, &state)
        case .overwrite, .overwriteAndQuit:
            guard var editing = state.editing else { return [] }
            editing.conflictText = nil
            state.editing = editing
            state.notice = nil
            return save(editing.editor.text, editing.target, then: reason == .overwrite ? .stay : .quit, state)
        }
        return []
    }

    /// After an item was added or removed and the analysis read again.
    static func followUp(_ purpose: WritePurpose, _ state: inout AnalysisState) {
        switch purpose {
        case .add(let focus, let edit):
            // A new item is never prioritised: show it even under that filter.
            if !state.slots.contains(focus) { state.onlyPrioritised = false }
            state.focus = focus
            if let edit { startEditing(edit, &state) }
        case .remove(let index):
            keepPointer(at: index, &state)
        case .text, .attribute:
            break
        }
    }

    /// The cursor on the slot now at `index` (the last one if fewer).
    static func keepPointer(at index: Int, _ state: inout AnalysisState) {
        let rows = state.rows
        state.focus = rows.isEmpty ? nil : rows[min(index, rows.count - 1)]
    }
}
