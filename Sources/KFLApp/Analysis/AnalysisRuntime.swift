import Foundation
import KFLCore
import TerminalUI

/// Drives one open analysis: keys in, the analysis changed through the
/// `AnalysisStore` (every change saved at once), results for the linked
/// factors loaded from the `ResultsSource`, a `Screen` out.
public final class AnalysisRuntime {
    public internal(set) var state: AnalysisState
    let store: AnalysisStore
    let source: ResultsSource

    public init(analysis: Analysis, store: AnalysisStore, source: ResultsSource, width: Int, height: Int,
                glyphs: Glyphs = .unicode, colors: Bool = true) {
        self.store = store
        self.source = source
        state = AnalysisState(analysis: analysis, info: source.info, width: width, height: height, glyphs: glyphs, colors: colors)
        load()
    }

    public func screen() -> Screen { AnalysisView.render(state) }

    public func handle(_ key: Key) {
        if case .resize(let width, let height) = key {
            state.width = width
            state.height = height
            return
        }
        if state.editing?.conflictText == nil { state.message = nil }
        switch state.overlay {
        case .confirmRemove(let slot):
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"):
                state.overlay = nil
                remove(slot)
            case .controlC: state.quitRequested = true
            default: state.overlay = nil
            }
        case .picker(let picker):
            handlePicker(picker, key: key)
        case .help(let scroll), .guide(let scroll):
            let isHelp = state.overlay == .help(scroll: scroll)
            let next: Int?
            switch key {
            case .down, .character("j"): next = scroll + 1
            case .up, .character("k"): next = max(0, scroll - 1)
            case .pageDown, .character(" "): next = scroll + max(1, state.height - 6)
            case .pageUp: next = max(0, scroll - max(1, state.height - 6))
            case .controlC:
                state.quitRequested = true
                next = nil
            default: next = nil
            }
            state.overlay = next.map { isHelp ? .help(scroll: $0) : .guide(scroll: $0) }
        case nil:
            if state.editing != nil {
                handleEditing(key)
            } else if let action = AnalysisKeymap.keymap(for: state.step).action(for: key) {
                perform(action)
            }
        }
        load()
    }

    /// Another window or process changed the workbook: show what is stored.
    /// A field being edited keeps the user's text; if the stored text differs,
    /// the user chooses (Ctrl-O keeps theirs, Ctrl-R takes the stored one).
    public func reloadFromStore() {
        reload()
        guard var editing = state.editing, editing.conflictText == nil else { return }
        guard let stored = state.storedText(editing.target) else {
            state.message = Strings.Analysis.conflictDeleted
            return
        }
        if stored != editing.editor.text {
            editing.conflictText = stored
            state.editing = editing
            state.message = Strings.AnalysisTUI.conflictEditing
        }
    }

    // MARK: Actions

    func perform(_ action: AnalysisKeyAction) {
        let steps = AnalysisStepKind.allCases
        switch action {
        case .nextStep: state.step = steps[min(steps.count - 1, state.step.number)]
        case .previousStep: state.step = steps[max(0, state.step.number - 2)]
        case .goToStep(let n): state.step = steps[min(max(1, n), 7) - 1]
        case .focusUp, .focusDown, .focusFirst, .focusLast:
            let slots = state.slots
            guard !slots.isEmpty else { return }
            let current = state.focusedSlot.flatMap { slots.firstIndex(of: $0) } ?? 0
            let next: Int
            switch action {
            case .focusUp: next = max(0, current - 1)
            case .focusDown: next = min(slots.count - 1, current + 1)
            case .focusFirst: next = 0
            default: next = slots.count - 1
            }
            state.focus = slots[next]
        case .edit:
            guard let slot = state.focusedSlot, let target = AnalysisState.target(of: slot) else { return }
            startEditing(target)
        case .add: add()
        case .remove:
            guard let slot = state.focusedSlot else { return }
            if case .text = slot { return }
            state.overlay = .confirmRemove(slot)
        case .cyclePerspective:
            updateFocusedHypothesis { $0.perspective = Self.cycle($0.perspective, Perspective.allCases) }
        case .cycleAssessment:
            updateFocusedHypothesis { $0.assessment = Self.cycle($0.assessment, [.unclear, .supported, .notSupported]) }
        case .cycleImportance:
            updateFocusedHypothesis { $0.importance = Self.cycle($0.importance, Importance.allCases) }
        case .cycleInfluence:
            updateFocusedHypothesis { $0.influence = Self.cycle($0.influence, Influence.allCases) }
        case .chooseEvidence: openEvidencePicker()
        case .chooseTargets: openTargetsPicker()
        case .filterPerspective: state.perspectiveFilter = Self.cycle(state.perspectiveFilter, Perspective.allCases)
        case .togglePrioritised: state.onlyPrioritised.toggle()
        case .cycleByRound:
            guard var indicator = state.focusedIndicator else { return }
            indicator.byRound = Self.cycle(indicator.byRound, byRoundChoices)
            save(.indicator(indicator))
        case .guide: state.overlay = .guide(scroll: 0)
        case .help: state.overlay = .help(scroll: 0)
        case .back: state.closeRequested = true
        case .quit: state.quitRequested = true
        }
    }

    /// The rounds an indicator can aim at: later rounds in the data, then the
    /// next two expected ones.
    var byRoundChoices: [Int] {
        let start = state.analysis.context.round
        let later = state.info.rounds.filter { $0 > start }
        let last = max(start, state.info.rounds.max() ?? start)
        return later + [last + 2, last + 4]
    }

    /// nil → first → … → last → nil.
    static func cycle<T: Equatable>(_ value: T?, _ all: [T]) -> T? {
        guard let value, let index = all.firstIndex(of: value) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// Like `cycle` for a value that always has one.
    static func cycle<T: Equatable>(_ value: T, _ all: [T]) -> T {
        let index = all.firstIndex(of: value) ?? -1
        return all[(index + 1) % all.count]
    }

    func updateFocusedHypothesis(_ change: (inout Hypothesis) -> Void) {
        guard var hypothesis = state.focusedHypothesis else { return }
        change(&hypothesis)
        save(.hypothesis(hypothesis))
    }

    static func newID() -> String { UUID().uuidString.lowercased() }

    func add() {
        switch state.step {
        case .information: openFactorPicker(.addLinkedFactor)
        case .evaluation: openFactorPicker(.addIndicator)
        case .analysis:
            let hypothesis = Hypothesis(id: Self.newID(), perspective: state.perspectiveFilter)
            if let added = insert(.hypothesis(hypothesis)) {
                state.onlyPrioritised = false
                state.focus = .hypothesis(id: added.id)
                startEditing(.hypothesis(id: added.id))
            }
        case .actions:
            if let added = insert(.action(AnalysisAction(id: Self.newID()))) {
                state.focus = .action(id: added.id, field: .what)
                startEditing(.action(id: added.id, field: .what))
            }
        case .challenge, .goal, .implementation:
            break
        }
    }

    func remove(_ slot: Slot) {
        let analysis = state.analysis
        let item: AnalysisItem?
        switch slot {
        case .linkedFactor(let id): item = analysis.linkedFactors.first { $0.id == id }.map(AnalysisItem.linkedFactor)
        case .hypothesis(let id): item = analysis.hypothesis(id: id).map(AnalysisItem.hypothesis)
        case .action(let id, _): item = analysis.action(id: id).map(AnalysisItem.action)
        case .indicator(let id): item = analysis.indicators.first { $0.id == id }.map(AnalysisItem.indicator)
        case .text: item = nil
        }
        guard let item else { return }
        let before = state.slots.firstIndex(of: slot) ?? 0
        writing {
            try store.removeItem(item, from: analysis.id)
            reload()
        }
        let after = state.slots
        state.focus = after.isEmpty ? nil : after[min(before, after.count - 1)]
    }

    /// Adds an item and returns it as stored (nil if that failed; the message says why).
    @discardableResult
    func insert(_ item: AnalysisItem) -> AnalysisItem? {
        var stored: AnalysisItem?
        writing {
            stored = try store.addItem(item, to: state.analysis.id)
            reload()
        }
        return stored
    }

    /// Saves a changed item and keeps its new revision.
    func save(_ item: AnalysisItem) {
        writing {
            let revision = try store.updateItem(item, in: state.analysis.id)
            apply(item, revision: revision)
        }
    }

    /// Puts a saved item into the state with its new revision.
    func apply(_ item: AnalysisItem, revision: Int) {
        switch item {
        case .linkedFactor(var value):
            value.revision = revision
            if let i = state.analysis.linkedFactors.firstIndex(where: { $0.id == value.id }) { state.analysis.linkedFactors[i] = value }
        case .hypothesis(var value):
            value.revision = revision
            if let i = state.analysis.hypotheses.firstIndex(where: { $0.id == value.id }) { state.analysis.hypotheses[i] = value }
        case .action(var value):
            value.revision = revision
            if let i = state.analysis.actions.firstIndex(where: { $0.id == value.id }) { state.analysis.actions[i] = value }
        case .indicator(var value):
            value.revision = revision
            if let i = state.analysis.indicators.firstIndex(where: { $0.id == value.id }) { state.analysis.indicators[i] = value }
        }
    }

    /// Runs a write; a conflict reloads and says so, any other failure is shown.
    func writing(_ body: () throws -> Void) {
        do {
            try body()
        } catch let conflict as AnalysisConflict {
            reload()
            state.message = conflict.message
        } catch {
            state.message = Strings.AnalysisTUI.saveFailed("\(error)")
        }
    }

    // MARK: Loading

    /// Reads the analysis again from the store.
    func reload() {
        do {
            if let analysis = try store.loadAnalysis(id: state.analysis.id) {
                state.analysis = analysis
            } else {
                state.message = Strings.AnalysisTUI.analysisGone
                state.closeRequested = true
            }
        } catch {
            state.message = Strings.AnalysisTUI.saveFailed("\(error)")
        }
    }

    /// Loads the results and indicator progress the steps show and do not have.
    func load() {
        guard let unit = state.unit else { return }
        do {
            for key in state.wantedDetails where state.details[key] == nil {
                guard let factor = state.info.instrument.factor(id: key.factorID) else { continue }
                let selection = ResultsSelection(
                    unitID: unit.id, round: state.analysis.context.round, trinn: key.trinn, groupID: factor.groupID, gender: key.gender)
                if let detail = try source.factorDetail(factor: factor, selection: selection) { state.details[key] = detail }
            }
            for indicator in state.analysis.indicators where state.progress[indicator.id]?.indicator != indicator {
                state.progress[indicator.id] = try source.indicatorProgress(indicator, in: state.analysis)
            }
        } catch {
            state.message = "\(error)"
        }
    }
}
