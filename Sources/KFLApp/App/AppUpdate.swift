import KFLCore
import TerminalUI

/// The app shell's update: (state, message) → state and effects. Pure. It
/// opens the list over the browser, opens and closes analyses, and passes
/// the open analysis its messages (`AnalysisUpdate`). New ids come from `newID`.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ message: AppMessage, newID: () -> String) -> [AppEffect] {
        switch message {
        case .key(let key):
            if state.showsWorkbookProblem { return closeWorkbookProblem(key, &state) }
            if state.analysis != nil { return analysis(.key(key), &state, newID: newID) }
            return listKey(key, &state, newID: newID)
        case .resized(let width, let height):
            state.width = width
            state.height = height
            if state.analysis != nil { return analysis(.resized(width: width, height: height), &state, newID: newID) }
            return []
        case .analysisRequested(let request):
            if state.workbookProblem != nil { return [.retryWorkbook(request)] }
            return start(request, &state)
        case .workbookRetried(let problem, let request):
            return workbookRetried(problem, request, &state)
        case .analysis(let message):
            return analysis(message, &state, newID: newID)
        case .changedElsewhere:
            if state.analysis != nil { return analysis(.changedElsewhere, &state, newID: newID) }
            guard let list = state.list else { return [] }
            return [.loadList(list.unit, .refreshed)]
        case .listLoaded(let result, let followUp):
            return listLoaded(result, followUp, &state, newID: newID)
        case .opened(let result, let isNew):
            return opened(result, isNew: isNew, &state)
        case .listWritten(let write, let outcome):
            guard let list = state.list else { return [] }
            return [.loadList(list.unit, .written(write, outcome))]
        case .exported(let outcome):
            state.list?.notice = Notice(outcome)
            return []
        }
    }

    /// Passes a message to the open analysis, then acts on its quit or close.
    static func analysis(_ message: AnalysisMessage, _ state: inout AppState, newID: () -> String) -> [AppEffect] {
        guard var analysis = state.analysis else { return [] }
        let effects = AnalysisUpdate.update(&analysis, message, newID: newID).map(AppEffect.analysis)
        state.analysis = analysis
        if analysis.quitRequested { state.quitRequested = true }
        guard analysis.closeRequested else { return effects }
        return effects + close(analysis, &state)
    }

    // MARK: Opening and closing

    /// `a` (a new analysis, or the list when the unit has some) and `A` (the list).
    static func start(_ request: AnalysisRequest, _ state: inout AppState) -> [AppEffect] {
        guard let unit = state.info.tree.unit(id: request.selection.unitID) else { return [] }
        let list = AnalysisListState(unit: UnitReference(unit), request: request)
        state.list = list
        return [.loadList(list.unit, .started)]
    }

    /// A new analysis from the list's request, with the title the user
    /// confirmed and the factors in view linked as the view shows them (a
    /// level, the change between the rounds in view, a cohort, the gap): its
    /// starting point, which alone does not fill step 3.
    static func create(_ list: AnalysisListState, title: String, info: SnapshotInfo, newID: () -> String) -> AppEffect {
        let request = list.request
        let selection = request.selection
        let instrument = info.instrument
        let linked = request.factorIDs.map { id in
            let key = AnalysisState.key(
                factorID: id, trinn: selection.trinn, gender: selection.gender, instrument: instrument)
            let group = instrument.factor(id: id).flatMap { instrument.group(of: $0) }
            let view = request.view.fitted(trinn: key.trinn, group: group)
            return LinkedFactor(
                id: newID(), factorID: id, trinn: key.trinn, gender: view == .genderGap ? .all : key.gender,
                view: view, round: view == .level ? nil : selection.round,
                baseRound: view.measuresChange ? request.baseRound : nil, isStartingPoint: true)
        }
        // A theme's factors come from several groups: the group that happened to be in view is not
        // the starting point then, and the exports' «Utgangspunkt» must not name it.
        let groups = Set(request.factorIDs.compactMap { instrument.factor(id: $0).flatMap(instrument.group)?.id })
        let context = AnalysisContext(
            round: selection.round, groupID: groups.count > 1 ? nil : selection.groupID, trinn: selection.trinn,
            gender: selection.gender)
        return .create(title: title, unit: list.unit, context: context, linkedFactors: linked)
    }

    static func opened(
        _ result: Result<Analysis?, AnalysisStoreError>, isNew: Bool, _ state: inout AppState
    ) -> [AppEffect] {
        switch result {
        case .success(let analysis?):
            var opened = AnalysisState(
                analysis: analysis, info: state.info, width: state.width, height: state.height, glyphs: state.glyphs,
                colors: state.colors)
            if isNew { opened.notice = .created }
            state.analysis = opened
        case .success(nil):
            // Deleted elsewhere since the list was read: say so, show the list as it is.
            state.list?.notice = .analysisGone
            if let list = state.list { return [.loadList(list.unit, .refreshed)] }
        case .failure(let error):
            state.list?.notice = isNew ? .saveFailed(error) : .loadFailed(error)
        }
        return []
    }

    /// Back from an analysis to its unit's list, with the cursor on it.
    static func close(_ analysis: AnalysisState, _ state: inout AppState) -> [AppEffect] {
        state.analysis = nil
        if state.list == nil {
            let context = analysis.analysis.context
            let unitID = analysis.unit?.id ?? state.info.tree.county.id
            let selection = ResultsSelection(
                unitID: unitID, round: context.round, trinn: context.trinn, groupID: context.groupID ?? "",
                gender: context.gender)
            let request = AnalysisRequest(selection: selection, factorIDs: [], listOnly: true)
            state.list = AnalysisListState(unit: analysis.analysis.unit, request: request)
        }
        guard let list = state.list else { return [] }
        let gone = analysis.notice == .analysisGone
        return [.loadList(list.unit, .closed(analysisID: analysis.analysis.id, gone: gone))]
    }

    // MARK: The list read again

    static func listLoaded(
        _ result: Result<[AnalysisSummary], AnalysisStoreError>, _ followUp: ListFollowUp, _ state: inout AppState,
        newID: () -> String
    ) -> [AppEffect] {
        guard var list = state.list else { return [] }
        let selectedID = list.selected?.id
        var failure: Notice?
        switch result {
        case .success(let summaries): list.summaries = summaries
        case .failure(let error): failure = .loadFailed(error)
        }
        list.select(analysisID: selectedID)
        let effects: [AppEffect] = []
        switch followUp {
        case .started:
            // `a` asks for a title (the factor in view is offered); `A` only lists.
            list.notice = failure
            list.list = ListState(selected: 0)
            if !list.request.listOnly, failure == nil {
                list.title = .init(
                    purpose: .create, editor: TextEditor(text: list.suggestedTitle(state.info.instrument)),
                    fromBrowser: true, suggested: true)
            }
        case .refreshed:
            if let failure { list.notice = failure }
        case .closed(let id, let gone):
            list.select(analysisID: id)
            list.notice = failure ?? (gone ? .analysisGone : nil)
        case .written(let write, let outcome):
            list.notice = failure
            switch outcome {
            case .done:
                if case .delete(let summary) = write { list.notice = failure ?? .deleted(title: summary.title) }
            case .duplicated(let id, let title):
                list.select(analysisID: id)
                list.notice = failure ?? .duplicated(title: title)
            case .conflict(let conflict):
                list.notice = .conflict(conflict)
            case .failed(let error):
                list.notice = .saveFailed(error)
            }
        }
        state.list = list
        return effects
    }
}
