import KFLCore
import TerminalUI

/// The analysis's update: (state, message) → state and the effects to run.
/// Pure: it reads and writes nothing; new ids come from `newID`. The runtime
/// performs the effects and feeds their results back as messages.
public enum AnalysisUpdate {
    public static func update(
        _ state: inout AnalysisState, _ message: AnalysisMessage, newID: () -> String
    ) -> [AnalysisEffect] {
        switch message {
        case .key(let key):
            // A notice about text on screen the workbook does not have stays while it is so:
            // the field's header says «se nederst».
            if state.editing?.conflictText == nil, state.unsavedText == nil { state.notice = nil }
            guard let action = AnalysisKeymap.context(for: state).action(for: key) else { return [] }
            return perform(action, key: key, &state, newID: newID)
        case .resized(let width, let height):
            state.width = width
            state.height = height
            return []
        case .changedElsewhere:
            return [.reload(analysisID: state.analysis.id, .changedElsewhere)]
        case .written(let write, let outcome, let purpose):
            return written(write, outcome, purpose, &state)
        case .reloaded(let result, let reason):
            return reloaded(result, reason, &state)
        case .resultsLoaded(let results):
            state.details.merge(results.details) { $1 }
            state.progress.merge(results.progress) { $1 }
            state.linkedData.merge(results.linkedData) { $1 }
            if let groups = results.groups { state.groups = groups }
            return []
        case .resultsFailed:
            state.notice = .resultsUnreadable
            return []
        case .exported(let outcome):
            state.notice = Notice(outcome)
            return []
        }
    }

    /// What the steps show and the state lacks: the runtime reads it from the
    /// snapshot after each message and sends `.resultsLoaded`.
    public static func missingResults(_ state: AnalysisState) -> AnalysisResultsRequest {
        let details = state.wantedDetails.filter { state.details[$0] == nil }
        let indicators = state.analysis.indicators.filter { state.progress[$0.id]?.indicator != $0 }
        let linked = state.analysis.linkedFactors.filter { $0.view != .level && state.linkedData[$0.id]?.linked != $0 }
        return AnalysisResultsRequest(
            details: details.sorted {
                ($0.factorID, $0.trinn, $0.gender.rawValue) < ($1.factorID, $1.trinn, $1.gender.rawValue)
            },
            indicators: indicators, linked: linked, groups: state.groups == nil && state.unit != nil)
    }

    // MARK: Keys

    static func perform(
        _ action: AnalysisKeyAction, key: Key, _ state: inout AnalysisState, newID: () -> String
    ) -> [AnalysisEffect] {
        switch action {
        case .quit:
            return quit(&state)
        case .leaveField, .nextField, .previousField, .takeStored, .overwrite, .editorKey:
            return editing(action, key: key, &state)
        case .scrollUp, .scrollDown, .pageUp, .pageDown, .scrollTop, .scrollBottom, .choose, .confirm, .close,
            .filterKey, .clearFilter, .inputKey:
            return dialog(action, key: key, &state, newID: newID)
        case .exportMarkdown, .exportHTML:
            state.overlay = nil
            return [.export(analysisID: state.analysis.id, action == .exportHTML ? .html : .markdown)]
        case .focusFirst, .focusLast:
            // Home and End move in a list to choose from, as they move between fields behind it.
            if case .picker? = state.overlay { return dialog(action, key: key, &state, newID: newID) }
            return step(action, &state, newID: newID)
        case .goToStep:
            guard case .character(let c) = key, let n = c.wholeNumberValue, (1...7).contains(n) else { return [] }
            state.step = AnalysisStepKind.allCases[n - 1]
            return []
        default:
            return step(action, &state, newID: newID)
        }
    }

    static func step(_ action: AnalysisKeyAction, _ state: inout AnalysisState, newID: () -> String) -> [AnalysisEffect]
    {
        let steps = AnalysisStepKind.allCases
        switch action {
        case .nextStep: state.step = steps[min(steps.count - 1, state.step.number)]
        case .previousStep: state.step = steps[max(0, state.step.number - 2)]
        case .focusUp, .focusDown, .focusFirst, .focusLast:
            let slots = state.slots
            guard !slots.isEmpty else { return [] }
            let current = state.focusedSlot.flatMap { slots.firstIndex(of: $0) } ?? 0
            switch action {
            case .focusUp: state.focus = slots[max(0, current - 1)]
            case .focusDown: state.focus = slots[min(slots.count - 1, current + 1)]
            case .focusFirst: state.focus = slots[0]
            default: state.focus = slots[slots.count - 1]
            }
        case .edit:
            if let target = state.focusedSlot?.target { startEditing(target, &state) }
        case .add:
            return add(&state, newID: newID)
        case .remove:
            guard let slot = state.focusedSlot, slot.item != nil else { return [] }
            state.overlay = .confirmRemove(state.rows.first { $0.item == slot.item } ?? slot)
        case .cyclePerspective:
            return changeFocused(Hypothesis.self, &state) {
                $0.perspective = cycle($0.perspective, Perspective.allCases)
            }
        case .cycleAssessment:
            return changeFocused(Hypothesis.self, &state) {
                $0.assessment = cycle($0.assessment, [.unclear, .supported, .notSupported])
            }
        case .cycleImportance:
            return changeFocused(Hypothesis.self, &state) { $0.importance = cycle($0.importance, Importance.allCases) }
        case .cycleInfluence:
            return changeFocused(Hypothesis.self, &state) { $0.influence = cycle($0.influence, Influence.allCases) }
        case .chooseEvidence: openEvidencePicker(&state)
        case .takeSuggestion: openSuggestionPicker(&state)
        case .export: state.overlay = .exportFormat
        case .chooseTargets: openTargetsPicker(&state)
        case .filterPerspective: state.perspectiveFilter = cycle(state.perspectiveFilter, Perspective.allCases)
        case .togglePrioritised: state.onlyPrioritised.toggle()
        case .cycleByRound:
            let choices = state.byRoundChoices
            return changeFocused(Indicator.self, &state) { $0.byRound = cycle($0.byRound, choices) }
        case .chooseTrinn: openTrinnPicker(&state)
        case .chooseGender: openGenderPicker(&state)
        case .cycleLinkedView: return cycleLinkedView(&state)
        case .cycleLinkedRound: return cycleLinkedRound(&state)
        case .cycleBaseRound: return cycleBaseRound(&state)
        case .editTarget: openTargetInput(&state)
        case .guide: state.overlay = .guide(scroll: 0)
        case .help: state.overlay = .help(scroll: 0)
        case .back: state.closeRequested = true
        default: break
        }
        return []
    }

    /// `n`: what the step's view says a new row is.
    static func add(_ state: inout AnalysisState, newID: () -> String) -> [AnalysisEffect] {
        switch StepContent.addition(state, newID: newID) {
        case nil:
            return []
        case .pickFactor(let purpose):
            openFactorPicker(purpose, &state)
            return []
        case .blank(let item, let focus, let edit):
            return [.write(analysisID: state.analysis.id, .add(item), .add(focus: focus, edit: edit))]
        }
    }

    /// Saves a change to the focused item of `type`.
    static func changeFocused<Item: AnalysisItem>(
        _ type: Item.Type, _ state: inout AnalysisState, _ change: (inout Item) -> Void
    ) -> [AnalysisEffect] {
        guard var item = state.focused(type) else { return [] }
        change(&item)
        return [.write(analysisID: state.analysis.id, .update(AnyAnalysisItem(item)), .attribute)]
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

    // MARK: Dialogs

    static func dialog(
        _ action: AnalysisKeyAction, key: Key, _ state: inout AnalysisState, newID: () -> String
    ) -> [AnalysisEffect] {
        let layout = AnalysisLayout.make(state)
        switch state.overlay {
        case .target(let input):
            return targetInput(action, key: key, input, &state)
        case .confirmRemove(let slot):
            state.overlay = nil
            return action == .confirm ? remove(slot, &state) : []
        case .confirmQuit:
            state.overlay = nil
            if action == .confirm { state.quitRequested = true }
        case .picker(let picker):
            return pick(action, key: key, picker, page: layout.pickerPage(picker), &state, newID: newID)
        case .help(let scroll):
            state.overlay = scrolled(scroll, action, layout.helpScroll(state)).map { .help(scroll: $0) }
        case .guide(let scroll):
            state.overlay = scrolled(scroll, action, layout.guideScroll(state)).map { .guide(scroll: $0) }
        case .exportFormat:
            state.overlay = nil
        case nil:
            break
        }
        return []
    }

    /// The scroll position after a key, kept between 0 and `limit`; nil closes.
    static func scrolled(_ scroll: Int, _ action: AnalysisKeyAction, _ bounds: (limit: Int, page: Int)) -> Int? {
        action.scrollMove?.applied(to: scroll, limit: bounds.limit, page: bounds.page)
    }

    /// Removes the item in `slot`; the cursor stays at the same row.
    static func remove(_ slot: Slot, _ state: inout AnalysisState) -> [AnalysisEffect] {
        guard let ref = slot.item, let item = state.analysis.item(ref) else { return [] }
        let index = state.rows.firstIndex { $0.item == ref } ?? 0
        return [.write(analysisID: state.analysis.id, .remove(item), .remove(index: index))]
    }

    // MARK: Helpers

    static func startEditing(_ target: TextTarget, _ state: inout AnalysisState) {
        guard let text = state.storedText(target) else { return }
        var editor = TextEditor(text: text)
        let size = AnalysisLayout.make(state).editorSize(for: target)
        editor.scrollCursorIntoView(width: size.width, height: size.height)
        state.editing = EditingState(target: target, editor: editor)
    }
}

extension AnalysisState {
    /// The rounds an indicator can aim at: later rounds in the data, then the
    /// next two expected ones.
    var byRoundChoices: [Int] { Indicator.targetRounds(after: analysis.context.round, in: info.rounds) }
}
