import KFLCore
import TerminalUI

/// Keys of the list of analyses: resume, start new, rename, duplicate,
/// finish, delete (after asking).
extension AppUpdate {
    static func listKey(_ key: Key, _ state: inout AppState, newID: () -> String) -> [AppEffect] {
        guard var list = state.list else { return [] }
        list.notice = nil
        guard let action = AnalysisListKeymap.context(for: list).action(for: key) else {
            state.list = list
            return []
        }
        var effects: [AppEffect] = []
        let count = list.rowCount
        switch action {
        case .up: list.list.move(by: -1, count: count)
        case .down: list.list.move(by: 1, count: count)
        case .top: list.list.selectFirst(count: count)
        case .bottom: list.list.selectLast(count: count)
        case .help: list.showsHelp = true
        case .close:
            list.showsHelp = false
            list.confirmingDelete = false
        case .quit: state.quitRequested = true
        case .back:
            state.list = nil
            return []
        case .new:
            effects.append(create(list, info: state.info, newID: newID))
        case .open:
            if let summary = list.selected {
                effects.append(.open(analysisID: summary.id))
            } else {
                effects.append(create(list, info: state.info, newID: newID))
            }
        case .rename:
            if let summary = list.selected { list.renaming = TextEditor(text: summary.title) }
        case .saveTitle:
            let title = list.renaming?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            list.renaming = nil
            if let summary = list.selected, !title.isEmpty {
                effects.append(.listWrite(.rename(summary, title: title)))
            }
        case .cancel:
            list.renaming = nil
        case .editorKey:
            let field = AnalysisListLayout(list, width: state.width, height: state.height).titleField
            if var editor = list.renaming, let command = EditorKeys.command(for: key, page: 1),
                command != .insertNewline
            {
                editor.apply(command, width: field.width, height: 1)
                list.renaming = editor
            }
        case .delete:
            if list.selected != nil { list.confirmingDelete = true }
        case .confirm:
            list.confirmingDelete = false
            if let summary = list.selected { effects.append(.listWrite(.delete(summary))) }
        case .duplicate:
            if let summary = list.selected { effects.append(.listWrite(.duplicate(summary))) }
        case .toggleFinished:
            if let summary = list.selected {
                effects.append(.listWrite(.setStatus(summary, summary.status == .active ? .finished : .active)))
            }
        }
        state.list = list
        return effects
    }
}
