import KFLCore
import TerminalUI

/// Keys of the list of analyses.
extension AppRuntime {
    func handleList(_ key: Key) {
        guard var state = list else { return }
        state.message = nil
        if state.showsHelp {
            state.showsHelp = false
            list = state
            if key == .controlC { quitRequested = true }
            return
        }
        if var editor = state.renaming {
            switch key {
            case .escape:
                state.renaming = nil
            case .enter:
                state.renaming = nil
                list = state
                rename(to: editor.text)
                return
            case .controlC:
                quitRequested = true
            default:
                if let command = EditorKeys.command(for: key, page: 1), command != .insertNewline {
                    editor.apply(command, width: 60, height: 1)
                    state.renaming = editor
                }
            }
            list = state
            return
        }
        if state.confirmingDelete {
            state.confirmingDelete = false
            list = state
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"): delete()
            case .controlC: quitRequested = true
            default: break
            }
            return
        }
        guard let action = AnalysisListKeymap.keymap.action(for: key) else { return }
        let count = state.rowCount
        switch action {
        case .up: state.list.move(by: -1, count: count)
        case .down: state.list.move(by: 1, count: count)
        case .top: state.list.selectFirst(count: count)
        case .bottom: state.list.selectLast(count: count)
        case .help: state.showsHelp = true
        case .quit: quitRequested = true
        case .back:
            list = nil
            return
        case .new:
            list = state
            createAnalysis()
            return
        case .open:
            list = state
            if let summary = state.selected { resume(summary) } else { createAnalysis() }
            return
        case .rename:
            if let summary = state.selected { state.renaming = TextEditor(text: summary.title) }
        case .delete:
            if state.selected != nil { state.confirmingDelete = true }
        case .duplicate, .toggleFinished:
            list = state
            if let summary = state.selected { action == .duplicate ? duplicate(summary) : toggleFinished(summary) }
            return
        }
        list = state
    }

    func resume(_ summary: AnalysisSummary) {
        do {
            if let analysis = try store.loadAnalysis(id: summary.id) {
                open(analysis)
            } else {
                reloadList()
                list?.message = Strings.AnalysisTUI.analysisGone
            }
        } catch {
            list?.message = "\(error)"
        }
    }

    func rename(to title: String) {
        guard let summary = list?.selected else { return }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        listWrite { _ = try store.renameAnalysis(id: summary.id, title: trimmed, basedOn: summary.revision) }
    }

    func toggleFinished(_ summary: AnalysisSummary) {
        let status: AnalysisStatus = summary.status == .active ? .finished : .active
        listWrite { _ = try store.setAnalysisStatus(id: summary.id, status: status, basedOn: summary.revision) }
    }

    func duplicate(_ summary: AnalysisSummary) {
        var copy: Analysis?
        listWrite { copy = try store.duplicateAnalysis(id: summary.id) }
        if let copy, let index = list?.summaries.firstIndex(where: { $0.id == copy.id }) {
            let count = list?.rowCount ?? 0
            list?.list.select(index + 1, count: count)
            list?.message = Strings.AnalysisTUI.duplicated(copy.title)
        }
    }

    func delete() {
        guard let summary = list?.selected else { return }
        listWrite { try store.deleteAnalysis(id: summary.id) }
        list?.message = Strings.AnalysisTUI.deleted(summary.title)
    }

    /// Runs a write and reloads the list; a conflict (changed elsewhere) is shown.
    func listWrite(_ body: () throws -> Void) {
        var message: String?
        do {
            try body()
        } catch let conflict as AnalysisConflict {
            message = conflict.message
        } catch {
            message = "\(error)"
        }
        reloadList()
        list?.message = message
    }
}
