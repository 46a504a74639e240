import KFLCore
import TerminalUI

/// The lists over a step: a factor to add, evidence of a hypothesis, the
/// hypotheses a tiltak aims at.
extension AnalysisUpdate {
    static func openFactorPicker(_ purpose: PickerState.Purpose, _ state: inout AnalysisState) {
        guard state.unit != nil else { return }
        let linked = Set(state.analysis.linkedFactors.map(\.factorID))
        var rows: [PickerState.Row] = []
        for group in state.groups ?? [] {
            rows.append(.init(value: nil, text: group.name, checked: nil))
            for factor in group.factors {
                let isLinked = purpose == .addLinkedFactor && linked.contains(factor.id)
                let mark = isLinked ? " " + Strings.AnalysisTUI.alreadyLinked : ""
                rows.append(.init(value: factor.id, text: factor.name + mark, checked: nil))
            }
        }
        let title =
            purpose == .addIndicator ? Strings.AnalysisTUI.pickIndicatorTitle : Strings.AnalysisTUI.pickFactorTitle
        var picker = PickerState(purpose: purpose, title: title, rows: rows)
        // Start on the first linked factor (indicators) or the first factor.
        let preferred = purpose == .addIndicator ? rows.firstIndex { $0.value.map(linked.contains) == true } : nil
        picker.list = ListState(selected: preferred ?? rows.firstIndex { $0.value != nil } ?? 0)
        state.overlay = .picker(picker)
    }

    static func openEvidencePicker(_ state: inout AnalysisState) {
        guard let hypothesis = state.focusedHypothesis else { return }
        guard !state.analysis.linkedFactors.isEmpty else {
            state.notice = .needLinkedFactors
            return
        }
        var seen = Set<String>()
        let rows = state.analysis.linkedFactors.compactMap { linked -> PickerState.Row? in
            guard seen.insert(linked.factorID).inserted, let factor = state.info.instrument.factor(id: linked.factorID)
            else { return nil }
            return .init(
                value: factor.id, text: AnalysisText.factorName(factor, in: state.info.instrument),
                checked: hypothesis.evidence.contains(factor.id))
        }
        state.overlay = .picker(
            PickerState(
                purpose: .evidence(hypothesisID: hypothesis.id), title: Strings.AnalysisTUI.pickEvidenceTitle,
                rows: rows))
    }

    static func openTargetsPicker(_ state: inout AnalysisState) {
        guard let action = state.focusedAction else { return }
        guard !state.analysis.hypotheses.isEmpty else {
            state.notice = .needHypotheses
            return
        }
        let rows = state.analysis.hypotheses.enumerated().map { index, hypothesis in
            PickerState.Row(
                value: hypothesis.id,
                text: AnalysisText.hypothesisLabel(hypothesis, index: index),
                checked: action.hypothesisIDs.contains(hypothesis.id))
        }
        state.overlay = .picker(
            PickerState(purpose: .targets(actionID: action.id), title: Strings.AnalysisTUI.pickTargetsTitle, rows: rows)
        )
    }

    static func pick(
        _ action: AnalysisKeyAction, key: Key, _ picker: PickerState, page: Int, _ state: inout AnalysisState,
        newID: () -> String
    ) -> [AnalysisEffect] {
        var picker = picker
        switch action {
        case .scrollUp: picker.move(by: -1)
        case .scrollDown: picker.move(by: 1)
        case .pageUp: picker.move(by: -page)
        case .pageDown: picker.move(by: page)
        case .focusFirst: picker.move(by: -picker.visibleRows.count)
        case .focusLast: picker.move(by: picker.visibleRows.count)
        case .close:
            state.overlay = nil
            return []
        case .filterKey:
            picker.type(key)
        case .clearFilter:
            picker.filter = ""
            picker.list = ListState(selected: picker.rows.firstIndex { $0.value != nil } ?? 0)
        case .choose:
            guard let value = picker.selectedRow?.value else { return [] }
            guard picker.isToggleList else {
                state.overlay = nil
                return choose(value, for: picker.purpose, &state, newID: newID)
            }
            if let index = picker.rows.firstIndex(where: { $0.value == value }) { picker.rows[index].checked?.toggle() }
            state.overlay = .picker(picker)
            return toggle(value, in: picker.purpose, &state)
        default:
            break
        }
        state.overlay = .picker(picker)
        return []
    }

    static func toggle(
        _ value: String, in purpose: PickerState.Purpose, _ state: inout AnalysisState
    ) -> [AnalysisEffect] {
        let id = state.analysis.id
        switch purpose {
        case .evidence(let hypothesisID):
            guard var hypothesis = state.analysis.item(Hypothesis.self, id: hypothesisID) else { return [] }
            if let i = hypothesis.evidence.firstIndex(of: value) {
                hypothesis.evidence.remove(at: i)
            } else {
                hypothesis.evidence.append(value)
            }
            return [.write(analysisID: id, .update(AnyAnalysisItem(hypothesis)), .attribute)]
        case .targets(let actionID):
            guard var action = state.analysis.item(AnalysisAction.self, id: actionID) else { return [] }
            if let i = action.hypothesisIDs.firstIndex(of: value) {
                action.hypothesisIDs.remove(at: i)
            } else {
                // Keep the analysis's order of hypotheses.
                let order = state.analysis.hypotheses.map(\.id)
                action.hypothesisIDs = order.filter { action.hypothesisIDs.contains($0) || $0 == value }
            }
            return [.write(analysisID: id, .update(AnyAnalysisItem(action)), .attribute)]
        case .addLinkedFactor, .addIndicator, .suggestion, .trinn, .gender:
            return []
        }
    }

    /// A row chosen: a factor to add (the step's view says what item it
    /// becomes), or a trinn or gender for an item.
    static func choose(
        _ value: String, for purpose: PickerState.Purpose, _ state: inout AnalysisState, newID: () -> String
    ) -> [AnalysisEffect] {
        switch purpose {
        case .trinn(let ref): return setTrinnOrGender(ref, trinn: Int(value), &state)
        case .gender(let ref): return setTrinnOrGender(ref, gender: Int(value).flatMap(Gender.init(rawValue:)), &state)
        case .suggestion: return takeSuggestion(value, &state, newID: newID)
        default: break
        }
        guard let new = StepContent.newItem(factorID: value, for: purpose, state, id: newID()) else { return [] }
        return [.write(analysisID: state.analysis.id, .add(new.item), .add(focus: new.focus, edit: new.edit))]
    }
}

/// Step 4: the maintaining factors the guide suggests for the factors in
/// focus, taken as hypotheses with one choice.
extension AnalysisUpdate {
    /// The guide's suggestions for every factor of the analysis: the linked
    /// factors, then any other factor a hypothesis has as data, each in the
    /// guide's order. Not only the focused hypothesis's factors, as the guide
    /// pane shows: `s` makes a new hypothesis, and the list must not shrink
    /// to the factor of the one just taken.
    static func suggestions(_ state: AnalysisState) -> [(factor: Factor, suggestion: FactorGuide.Suggestion)] {
        guard state.step == .analysis else { return [] }
        let analysis = state.analysis
        let ids = analysis.linkedFactors.map(\.factorID) + analysis.hypotheses.flatMap(\.evidence)
        var seen = Set<String>()
        let factors = ids.filter { seen.insert($0).inserted }.compactMap(state.info.instrument.factor(id:))
        return factors.flatMap { factor in
            (FactorGuides.builtIn.guide(for: factor.id)?.commonlyDiscussed ?? []).map { (factor, $0) }
        }
    }

    static func openSuggestionPicker(_ state: inout AnalysisState) {
        let suggestions = suggestions(state)
        guard !suggestions.isEmpty else {
            state.notice = .noSuggestions
            return
        }
        let taken = Set(state.analysis.hypotheses.map(\.text))
        var rows: [PickerState.Row] = []
        var heading: String?
        for (index, entry) in suggestions.enumerated() {
            if entry.factor.id != heading {
                heading = entry.factor.id
                let name = AnalysisText.factorName(entry.factor, in: state.info.instrument)
                rows.append(.init(value: nil, text: name, checked: nil))
            }
            let mark = taken.contains(entry.suggestion.text) ? " " + Strings.AnalysisTUI.alreadyTaken : ""
            let text = "\(Strings.Analysis.perspectiveName(entry.suggestion.perspective)): \(entry.suggestion.text)"
            rows.append(.init(value: String(index), text: text + mark, checked: nil))
        }
        var picker = PickerState(purpose: .suggestion, title: Strings.AnalysisTUI.pickSuggestionTitle, rows: rows)
        picker.list = ListState(selected: rows.firstIndex { $0.value != nil } ?? 0)
        state.overlay = .picker(picker)
    }

    /// The suggestion at `value` (its index) as a new hypothesis: its text,
    /// perspective and the factor as data; the cursor goes to it.
    static func takeSuggestion(_ value: String, _ state: inout AnalysisState, newID: () -> String) -> [AnalysisEffect] {
        let all = suggestions(state)
        guard let index = Int(value), all.indices.contains(index) else { return [] }
        let (factor, suggestion) = all[index]
        // Taken before (the list marks it): go to that hypothesis rather than make a second.
        if let number = state.analysis.hypotheses.firstIndex(where: { $0.text == suggestion.text }) {
            state.focus = .hypothesis(id: state.analysis.hypotheses[number].id)
            state.notice = .suggestionTaken(number: number + 1)
            return []
        }
        let id = newID()
        let hypothesis = Hypothesis(
            id: id, text: suggestion.text, perspective: suggestion.perspective, evidence: [factor.id])
        return [
            .write(
                analysisID: state.analysis.id, .add(AnyAnalysisItem(hypothesis)),
                .add(focus: .hypothesis(id: id), edit: nil))
        ]
    }
}
