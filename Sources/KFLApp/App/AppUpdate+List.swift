import KFLCore
import TerminalUI

/// Keys of the list of analyses: resume, start new (with a title), rename,
/// duplicate, finish, export, delete (after asking).
extension AppUpdate {
    static func listKey(_ key: Key, _ state: inout AppState, newID: () -> String) -> [AppEffect] {
        guard var list = state.list else { return [] }
        list.notice = nil
        guard AnalysisLayout.fits(width: state.width, height: state.height) else {
            if AnalysisKeymap.tooSmall.action(for: key) == .quit { state.quitRequested = true }
            return []
        }
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
        case .help: list.help = 0
        case .scroll(let move):
            let layout = AnalysisListLayout(list, width: state.width, height: state.height)
            let bounds = layout.helpScroll(list)
            list.help = move.applied(to: list.help ?? 0, limit: bounds.limit, page: bounds.page)
        case .close:
            list.help = nil
            list.confirmingDelete = false
            list.askingExportFormat = false
        case .quit: state.quitRequested = true
        case .back:
            state.list = nil
            return []
        case .new:
            list.title = .init(
                purpose: .create, editor: TextEditor(text: list.suggestedTitle(state.info.instrument)), suggested: true)
        case .open:
            if let summary = list.selected { effects.append(.open(analysisID: summary.id)) }
        case .rename:
            if let summary = list.selected {
                list.title = .init(purpose: .rename, editor: TextEditor(text: summary.title))
            }
        case .saveTitle:
            let title = list.title?.editor.text.trimmingWhitespaceAndNewlines() ?? ""
            guard !title.isEmpty else {
                list.notice = .titleNeeded
                break
            }
            let purpose = list.title?.purpose
            list.title = nil
            if purpose == .create {
                effects.append(create(list, title: title, info: state.info, newID: newID))
            } else if let summary = list.selected {
                effects.append(.listWrite(.rename(summary, title: title)))
            }
        case .cancel:
            // Esc at the title `a` asked for goes back to where `a` was pressed.
            if list.title?.fromBrowser == true {
                state.list = nil
                return []
            }
            list.title = nil
        case .editorKey:
            let field = AnalysisListLayout(list, width: state.width, height: state.height).titleField
            if var title = list.title, let command = EditorKeys.lineCommand(for: key) {
                // Typing over the suggested name replaces it; any other editing key starts editing it.
                if title.suggested, case .insert = command { title.editor = TextEditor(text: "") }
                title.suggested = false
                title.editor.apply(command, width: field.width, height: 1)
                list.title = title
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
        case .export:
            if list.selected != nil { list.askingExportFormat = true }
        case .exportMarkdown, .exportHTML:
            list.askingExportFormat = false
            if let summary = list.selected {
                effects.append(.export(analysisID: summary.id, action == .exportHTML ? .html : .markdown))
            }
        }
        state.list = list
        return effects
    }
}
