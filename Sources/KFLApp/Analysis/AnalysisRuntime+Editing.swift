import KFLCore
import TerminalUI

/// Text fields: opening an editor, applying keys, saving every change.
extension AnalysisRuntime {
    func startEditing(_ target: TextTarget) {
        guard let text = state.storedText(target) else { return }
        var editor = TextEditor(text: text)
        let size = AnalysisLayout.make(state).editorSize(for: target)
        editor.scrollCursorIntoView(width: size.width, height: size.height)
        state.editing = EditingState(target: target, editor: editor)
    }

    func handleEditing(_ key: Key) {
        guard var editing = state.editing else { return }
        switch key {
        case .escape where editing.conflictText != nil,
             .tab where editing.conflictText != nil,
             .backTab where editing.conflictText != nil:
            // Nothing is thrown away without asking: the user picks one of the two texts.
            state.message = Strings.AnalysisTUI.conflictChoose
        case .escape:
            if editing.unsaved, !saveText(editing.editor.text, to: editing.target) { return }
            state.editing = nil
        case .tab, .backTab:
            if editing.unsaved, !saveText(editing.editor.text, to: editing.target) { return }
            moveEditing(forward: key == .tab)
        case .control("r"):
            guard editing.conflictText != nil else { return }
            // The user takes the stored text over their own.
            reload()
            state.message = nil
            state.editing = nil
            startEditing(editing.target)
        case .controlC:
            state.quitRequested = true
        case .control("o"):
            guard editing.conflictText != nil else { return }
            reload()
            editing.conflictText = nil
            state.editing = editing
            state.message = nil
            _ = saveText(editing.editor.text, to: editing.target)
        default:
            let size = AnalysisLayout.make(state).editorSize(for: editing.target)
            guard let command = EditorKeys.command(for: key, page: max(1, size.height - 1)) else { return }
            let changed = editing.editor.apply(command, width: size.width, height: size.height)
            state.editing = editing
            if changed, editing.conflictText == nil { _ = saveText(editing.editor.text, to: editing.target) }
        }
    }

    /// Tab / Shift-Tab while editing: on to the next (previous) text field of
    /// the step and keep editing there; at the last (first) field, stay.
    func moveEditing(forward: Bool) {
        guard let current = state.editing?.target else { return }
        let targets = state.slots.compactMap(AnalysisState.target(of:))
        guard let index = targets.firstIndex(of: current) else { return }
        let next = forward ? index + 1 : index - 1
        guard targets.indices.contains(next) else {
            state.message = forward ? Strings.AnalysisTUI.lastField : Strings.AnalysisTUI.firstField
            return
        }
        let target = targets[next]
        state.focus = state.slots.first { AnalysisState.target(of: $0) == target }
        startEditing(target)
    }

    /// Saves the editor's text; on a conflict keeps the text in the editor and
    /// asks the user. - Returns: whether it was saved.
    @discardableResult
    func saveText(_ text: String, to target: TextTarget) -> Bool {
        let analysisID = state.analysis.id
        do {
            switch target {
            case .field(let field):
                let revision = try store.saveText(text, field: field, analysisID: analysisID, basedOn: state.analysis.revisions.text(field))
                state.analysis[field] = text
                state.analysis.revisions.texts[field] = revision
            case .hypothesis(let id):
                guard var hypothesis = state.analysis.hypothesis(id: id) else { return false }
                hypothesis.text = text
                apply(.hypothesis(hypothesis), revision: try store.updateItem(.hypothesis(hypothesis), in: analysisID))
            case .action(let id, let field):
                guard var action = state.analysis.action(id: id) else { return false }
                action[field] = text
                apply(.action(action), revision: try store.updateItem(.action(action), in: analysisID))
            case .indicator(let id):
                guard var indicator = state.analysis.indicators.first(where: { $0.id == id }) else { return false }
                indicator.changeSought = text
                apply(.indicator(indicator), revision: try store.updateItem(.indicator(indicator), in: analysisID))
            }
            state.editing?.unsaved = false
            return true
        } catch let conflict as AnalysisConflict {
            reload()
            state.editing?.conflictText = conflict.storedText ?? state.storedText(target) ?? ""
            state.message = conflict.isDeleted ? conflict.message : Strings.AnalysisTUI.conflictEditing
            return false
        } catch {
            state.editing?.unsaved = true
            state.message = Strings.AnalysisTUI.saveFailed("\(error)")
            return false
        }
    }
}
