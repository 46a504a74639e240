import KFLCore
import TerminalUI

/// The lists over a step: a factor to add, evidence of a hypothesis, the
/// hypotheses a tiltak aims at.
extension AnalysisRuntime {
    func openFactorPicker(_ purpose: PickerState.Purpose) {
        guard let unit = state.unit else { return }
        let groups = (try? source.groups(for: unit, trinn: 0)) ?? []
        let linked = Set(state.analysis.linkedFactors.map(\.factorID))
        var rows: [PickerState.Row] = []
        for group in groups {
            rows.append(.init(value: nil, text: group.name, checked: nil))
            for factor in group.factors {
                let mark = purpose == .addLinkedFactor && linked.contains(factor.id) ? " " + Strings.AnalysisTUI.alreadyLinked : ""
                rows.append(.init(value: factor.id, text: factor.name + mark, checked: nil))
            }
        }
        let title = purpose == .addIndicator ? Strings.AnalysisTUI.pickIndicatorTitle : Strings.AnalysisTUI.pickFactorTitle
        var picker = PickerState(purpose: purpose, title: title, rows: rows)
        // Start on the first linked factor (indicators) or the first factor.
        let preferred = purpose == .addIndicator ? rows.firstIndex { $0.value.map(linked.contains) == true } : nil
        picker.list = ListState(selected: preferred ?? rows.firstIndex { $0.value != nil } ?? 0)
        state.overlay = .picker(picker)
    }

    func openEvidencePicker() {
        guard let hypothesis = state.focusedHypothesis else { return }
        guard !state.analysis.linkedFactors.isEmpty else {
            state.message = Strings.AnalysisTUI.needLinkedFactors
            return
        }
        var seen = Set<String>()
        let rows = state.analysis.linkedFactors.compactMap { linked -> PickerState.Row? in
            guard seen.insert(linked.factorID).inserted, let factor = state.info.instrument.factor(id: linked.factorID) else { return nil }
            return .init(value: factor.id, text: factor.name, checked: hypothesis.evidence.contains(factor.id))
        }
        state.overlay = .picker(PickerState(purpose: .evidence(hypothesisID: hypothesis.id), title: Strings.AnalysisTUI.pickEvidenceTitle, rows: rows))
    }

    func openTargetsPicker() {
        guard let action = state.focusedAction else { return }
        guard !state.analysis.hypotheses.isEmpty else {
            state.message = Strings.AnalysisTUI.needHypotheses
            return
        }
        let rows = state.analysis.hypotheses.enumerated().map { index, hypothesis in
            PickerState.Row(
                value: hypothesis.id,
                text: AnalysisText.hypothesisLabel(hypothesis, index: index),
                checked: action.hypothesisIDs.contains(hypothesis.id))
        }
        state.overlay = .picker(PickerState(purpose: .targets(actionID: action.id), title: Strings.AnalysisTUI.pickTargetsTitle, rows: rows))
    }

    func handlePicker(_ picker: PickerState, key: Key) {
        var picker = picker
        let count = picker.rows.count
        func move(_ delta: Int) {
            var index = picker.list.selected ?? 0
            repeat { index += delta } while index >= 0 && index < count && picker.rows[index].value == nil
            if index >= 0 && index < count { picker.list.select(index, count: count) }
        }
        switch key {
        case .up, .character("k"): move(-1)
        case .down, .character("j"): move(1)
        case .pageUp: for _ in 0..<10 { move(-1) }
        case .pageDown: for _ in 0..<10 { move(1) }
        case .escape, .left:
            state.overlay = nil
            return
        case .controlC:
            state.quitRequested = true
            return
        case .enter, .character(" "):
            guard let index = picker.list.selected, picker.rows.indices.contains(index), let value = picker.rows[index].value else { return }
            if picker.isToggleList {
                picker.rows[index].checked?.toggle()
                toggle(value, in: picker.purpose)
            } else {
                state.overlay = nil
                choose(value, for: picker.purpose)
                return
            }
        default:
            return
        }
        state.overlay = .picker(picker)
    }

    func toggle(_ value: String, in purpose: PickerState.Purpose) {
        switch purpose {
        case .evidence(let id):
            guard var hypothesis = state.analysis.hypothesis(id: id) else { return }
            if let i = hypothesis.evidence.firstIndex(of: value) { hypothesis.evidence.remove(at: i) } else { hypothesis.evidence.append(value) }
            save(.hypothesis(hypothesis))
        case .targets(let id):
            guard var action = state.analysis.action(id: id) else { return }
            if let i = action.hypothesisIDs.firstIndex(of: value) {
                action.hypothesisIDs.remove(at: i)
            } else {
                // Keep the analysis's order of hypotheses.
                let order = state.analysis.hypotheses.map(\.id)
                action.hypothesisIDs = order.filter { action.hypothesisIDs.contains($0) || $0 == value }
            }
            save(.action(action))
        case .addLinkedFactor, .addIndicator:
            break
        }
    }

    func choose(_ factorID: String, for purpose: PickerState.Purpose) {
        let context = state.analysis.context
        let key = state.key(factorID: factorID, trinn: context.trinn, gender: context.gender)
        switch purpose {
        case .addLinkedFactor:
            if let added = insert(.linkedFactor(LinkedFactor(id: Self.newID(), factorID: factorID, trinn: key.trinn, gender: key.gender))) {
                state.focus = .linkedFactor(id: added.id)
            }
        case .addIndicator:
            let indicator = Indicator(id: Self.newID(), factorID: factorID, trinn: key.trinn, gender: key.gender, byRound: byRoundChoices.first)
            if let added = insert(.indicator(indicator)) {
                state.focus = .indicator(id: added.id)
                startEditing(.indicator(id: added.id))
            }
        case .evidence, .targets:
            break
        }
    }
}
