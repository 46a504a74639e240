import KFLCore
import TerminalUI

/// Steps 3 and 7: the trinn and gender of a linked factor or an indicator
/// (pickers offering only what the unit and the factor's group have); what a
/// linked factor shows and its rounds (step 3); an indicator's target value,
/// typed and checked against the factor's scale (step 7). Every change is
/// saved at once.
extension AnalysisUpdate {
    // MARK: Trinn and gender

    static func openTrinnPicker(_ state: inout AnalysisState) {
        guard let item = state.focusedFactorItem, let factor = state.info.instrument.factor(id: item.factorID) else {
            return
        }
        let choices = state.info.trinnChoices(factorID: item.factorID, unit: state.unit)
        guard choices.count > 1 else {
            let group = state.info.instrument.group(of: factor)
            state.notice = .onlyAllTrinn(group: group?.name ?? "", wholeSchool: group?.level == .school)
            return
        }
        let rows = choices.map {
            PickerState.Row(value: String($0), text: Strings.trinnName($0).capitalizedFirst, checked: nil)
        }
        var picker = PickerState(
            purpose: .trinn(item.ref), title: Strings.AnalysisTUI.pickTrinnTitle(factor.name), rows: rows)
        picker.list = ListState(selected: choices.firstIndex(of: item.trinn) ?? 0)
        state.overlay = .picker(picker)
    }

    static func openGenderPicker(_ state: inout AnalysisState) {
        guard let item = state.focusedFactorItem, let factor = state.info.instrument.factor(id: item.factorID) else {
            return
        }
        if let linked = item as? LinkedFactor, linked.view == .genderGap {
            state.notice = .gapIsAllPupils
            return
        }
        let choices = state.info.genderChoices(factorID: item.factorID)
        guard choices.count > 1 else {
            state.notice = .noGenderSplit
            return
        }
        let rows = choices.map {
            PickerState.Row(value: String($0.rawValue), text: Strings.genderName($0).capitalizedFirst, checked: nil)
        }
        var picker = PickerState(
            purpose: .gender(item.ref), title: Strings.AnalysisTUI.pickGenderTitle(factor.name), rows: rows)
        picker.list = ListState(selected: choices.firstIndex(of: item.gender) ?? 0)
        state.overlay = .picker(picker)
    }

    /// A trinn or gender chosen in a picker, saved to the item. A linked
    /// cohort moved to all trinn becomes the development (a cohort follows
    /// one trinn).
    static func setTrinnOrGender(
        _ ref: ItemRef, trinn: Int? = nil, gender: Gender? = nil, _ state: inout AnalysisState
    ) -> [AnalysisEffect] {
        guard var item = state.analysis.item(ref)?.base as? any FactorItem else { return [] }
        if let trinn { item.trinn = trinn }
        if let gender { item.gender = gender }
        if var linked = item as? LinkedFactor {
            linked.view = linked.view.fitted(trinn: linked.trinn, group: state.group(of: linked.factorID))
            linked.isStartingPoint = false
            item = linked
        }
        return [.write(analysisID: state.analysis.id, .update(AnyAnalysisItem(item)), .attribute)]
    }

    // MARK: What a linked factor shows (step 3)

    /// Saves a change to the focused linked factor: the group's own choice
    /// from now on, no longer only the analysis's starting point.
    static func changeLink(_ state: inout AnalysisState, _ change: (inout LinkedFactor) -> Void) -> [AnalysisEffect] {
        changeFocused(LinkedFactor.self, &state) { item in
            change(&item)
            item.isStartingPoint = false
        }
    }

    /// `v`: level → development → cohorts → boys against girls, as far as
    /// they fit the factor and the trinn.
    static func cycleLinkedView(_ state: inout AnalysisState) -> [AnalysisEffect] {
        guard let linked = state.focusedLinkedFactor else { return [] }
        let views = LinkedView.fitting(trinn: linked.trinn, group: state.group(of: linked.factorID))
        return changeLink(&state) { item in
            item.view = cycle(item.view, views)
            switch item.view {
            case .level:
                item.round = nil
                item.baseRound = nil
            case .genderGap:
                item.gender = .all
                item.baseRound = nil
            case .development, .sameTrinn, .sameClass:
                break
            }
        }
    }

    /// `t`: the round a change goes to, a class is anchored in, or a gap is in.
    static func cycleLinkedRound(_ state: inout AnalysisState) -> [AnalysisEffect] {
        guard let linked = state.focusedLinkedFactor else { return [] }
        guard linked.view != .level else {
            state.notice = .levelAtAnalysisRound
            return []
        }
        let rounds = state.info.rounds
        guard !rounds.isEmpty else { return [] }
        let next = cycle(linked.round(analysisRound: state.analysis.context.round), rounds)
        return changeLink(&state) { item in
            item.round = next
            if let base = item.baseRound, base >= next { item.baseRound = nil }
        }
    }

    /// `b`: the earlier round a linked change is measured from.
    static func cycleBaseRound(_ state: inout AnalysisState) -> [AnalysisEffect] {
        guard let linked = state.focusedLinkedFactor else { return [] }
        guard linked.view.measuresChange else {
            state.notice = .baseRoundOnlyForChange
            return []
        }
        let analysisRound = state.analysis.context.round
        let rounds = state.info.rounds
        guard
            let next = FactorSeries.nextBaseRound(
                after: linked.change(analysisRound: analysisRound, rounds: rounds)?.from,
                to: linked.round(analysisRound: analysisRound), in: rounds)
        else {
            state.notice = .noEarlierRound
            return []
        }
        return changeLink(&state) { $0.baseRound = next }
    }

    // MARK: Target value (step 7)

    /// `m`: a one-line field with the indicator's target, if it has one.
    static func openTargetInput(_ state: inout AnalysisState) {
        guard let indicator = state.focusedIndicator else { return }
        state.overlay = .target(
            TargetInputState(indicatorID: indicator.id, text: indicator.target.map(TargetValue.text) ?? ""))
    }

    /// Keys in the target field: Enter saves a value on the factor's scale
    /// (an empty field removes the target) or says what is wrong and stays;
    /// Esc leaves without saving.
    static func targetInput(
        _ action: AnalysisKeyAction, key: Key, _ input: TargetInputState, _ state: inout AnalysisState
    ) -> [AnalysisEffect] {
        var input = input
        switch action {
        case .close:
            state.overlay = nil
            return []
        case .choose:
            guard var indicator = state.analysis.item(Indicator.self, id: input.indicatorID),
                let factor = state.info.instrument.factor(id: indicator.factorID)
            else {
                state.overlay = nil
                return []
            }
            switch TargetValue.parse(input.editor.text, scale: factor.scale) {
            case .failure(let problem):
                input.problem = problem
                state.overlay = .target(input)
                return []
            case .success(let target):
                state.overlay = nil
                guard target != indicator.target else { return [] }
                indicator.target = target
                return [.write(analysisID: state.analysis.id, .update(AnyAnalysisItem(indicator)), .attribute)]
            }
        case .inputKey:
            guard let command = EditorKeys.lineCommand(for: key) else { return [] }
            let width = AnalysisLayout.make(state).targetField.width
            if input.editor.apply(command, width: width, height: 1) { input.problem = nil }
            state.overlay = .target(input)
            return []
        default:
            return []
        }
    }
}

extension AnalysisState {
    /// The respondent group a factor belongs to.
    func group(of factorID: String) -> RespondentGroup? {
        info.instrument.factor(id: factorID).flatMap { info.instrument.group(of: $0) }
    }
}
