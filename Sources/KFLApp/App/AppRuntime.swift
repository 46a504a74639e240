import Foundation
import KFLCore
import TerminalUI

/// The whole program's state machine: the results browser, the list of a
/// unit's analyses over it, and an open analysis. Routes each key to the
/// mode in front, polls the store for changes made elsewhere, draws the
/// mode in front. Quitting from anywhere loses nothing: every edit is saved
/// when it is made.
public final class AppRuntime {
    public enum Mode: Equatable, Sendable { case browser, list, analysis }

    public let browser: BrowserRuntime
    let store: AnalysisStore
    public internal(set) var list: AnalysisListState?
    public internal(set) var analysis: AnalysisRuntime?
    public internal(set) var quitRequested = false

    public init(browser: BrowserRuntime, store: AnalysisStore) {
        self.browser = browser
        self.store = store
    }

    public var mode: Mode {
        if analysis != nil { return .analysis }
        if list != nil { return .list }
        return .browser
    }

    var source: ResultsSource { browser.source }

    public func handle(_ key: Key) {
        if case .resize = key {
            browser.handle(key)
            analysis?.handle(key)
            return
        }
        dispatch(key)
        poll()
    }

    /// Whether a text field of an analysis is being edited (typed keys are text).
    public var isEditingText: Bool {
        guard let state = analysis?.state else { return false }
        return state.editing != nil && state.overlay == nil
    }

    /// Keys that were all waiting at once, in order. While a text field is
    /// being edited, each run of typed characters and Enters in them is one
    /// paste: one insert, one undo step, one save. Everywhere else, and for
    /// any other key, each key is handled on its own.
    public func handle(batch keys: [Key]) {
        var index = keys.startIndex
        while index < keys.endIndex {
            var end = index
            if isEditingText {
                while end < keys.endIndex, Self.pastedText(keys[end]) != nil { end += 1 }
            }
            if end - index > 1 {
                let text = keys[index..<end].compactMap(Self.pastedText).joined()
                dispatch(.paste(text))
                index = end
            } else {
                let key = keys[index]
                if case .resize = key {
                    browser.handle(key)
                    analysis?.handle(key)
                } else {
                    dispatch(key)
                }
                index += 1
            }
            if quitRequested { break }
        }
        poll()
    }

    /// The text a key types into a field, for keys that only type.
    static func pastedText(_ key: Key) -> String? {
        switch key {
        case .character(let c): return String(c)
        case .enter: return "\n"
        default: return nil
        }
    }

    /// Routes one key to the mode in front.
    func dispatch(_ key: Key) {
        switch mode {
        case .analysis:
            guard let runtime = analysis else { break }
            runtime.handle(key)
            if runtime.state.quitRequested { quitRequested = true }
            if runtime.state.closeRequested { close(runtime) }
        case .list:
            handleList(key)
        case .browser:
            browser.handle(key)
            if browser.state.quitRequested { quitRequested = true }
            if let request = browser.takeAnalysisRequest() { start(from: request) }
        }
    }

    /// Called when no key came for a while: picks up changes made elsewhere.
    public func tick() { poll() }

    public func screen() -> Screen {
        if let analysis { return analysis.screen() }
        let background = browser.screen()
        guard let list else { return background }
        return AnalysisListView.draw(list, over: background, glyphs: browser.state.glyphs, colors: browser.state.colors)
    }

    /// Reloads what another window or process changed.
    func poll() {
        guard (try? store.hasChangedElsewhere()) == true else { return }
        if let analysis {
            analysis.reloadFromStore()
            if analysis.state.closeRequested { close(analysis) }
        } else if list != nil {
            reloadList()
        }
    }

    // MARK: Opening and closing

    /// `a` (new analysis, or the list when the unit has some) and `A` (the list).
    func start(from request: AnalysisRequest) {
        guard let unit = source.info.tree.unit(id: request.selection.unitID) else { return }
        var state = AnalysisListState(unit: UnitReference(unit), request: request)
        do {
            state.summaries = try store.analyses(of: state.unit)
        } catch {
            state.message = "\(error)"
        }
        if !request.listOnly, state.summaries.isEmpty {
            list = state
            createAnalysis()
            return
        }
        state.list = ListState(selected: request.listOnly && !state.summaries.isEmpty ? 1 : 0)
        list = state
    }

    func reloadList() {
        guard var state = list else { return }
        let selectedID = state.selected?.id
        state.summaries = (try? store.analyses(of: state.unit)) ?? state.summaries
        let index = selectedID.flatMap { id in state.summaries.firstIndex { $0.id == id } }.map { $0 + 1 }
        state.list.select(index ?? state.list.selected, count: state.rowCount)
        list = state
    }

    func createAnalysis() {
        guard let state = list else { return }
        let selection = state.request.selection
        let instrument = source.info.instrument
        let factor = state.request.factorIDs.first.flatMap(instrument.factor(id:))
        var title = factor?.name ?? Strings.Analysis.untitled
        if selection.trinn > 0 { title += ", " + Strings.trinnName(selection.trinn) }
        let linked = state.request.factorIDs.map { id in
            let key = AnalysisState.key(factorID: id, trinn: selection.trinn, gender: selection.gender, instrument: instrument)
            return LinkedFactor(id: UUID().uuidString.lowercased(), factorID: id, trinn: key.trinn, gender: key.gender)
        }
        let context = AnalysisContext(round: selection.round, groupID: selection.groupID, trinn: selection.trinn, gender: selection.gender)
        do {
            let analysis = try store.createAnalysis(title: title, unit: state.unit, context: context, linkedFactors: linked)
            open(analysis)
            self.analysis?.state.message = Strings.AnalysisTUI.created
        } catch {
            list?.message = "\(error)"
        }
    }

    func open(_ analysis: Analysis) {
        let b = browser.state
        self.analysis = AnalysisRuntime(analysis: analysis, store: store, source: source, width: b.width, height: b.height,
                                        glyphs: b.glyphs, colors: b.colors)
    }

    /// Back from an analysis to its unit's list.
    func close(_ runtime: AnalysisRuntime) {
        analysis = nil
        let message = runtime.state.message
        if list == nil {
            let context = runtime.state.analysis.context
            let unitID = runtime.state.unit?.id ?? source.info.tree.county.id
            let selection = ResultsSelection(unitID: unitID, round: context.round, trinn: context.trinn, groupID: context.groupID ?? "", gender: context.gender)
            list = AnalysisListState(unit: runtime.state.analysis.unit, request: AnalysisRequest(selection: selection, factorIDs: [], listOnly: true))
        }
        reloadList()
        if let index = list?.summaries.firstIndex(where: { $0.id == runtime.state.analysis.id }) {
            let count = list?.rowCount ?? 0
            list?.list.select(index + 1, count: count)
        }
        list?.message = runtime.state.closeRequested && message == Strings.AnalysisTUI.analysisGone ? message : nil
    }
}
