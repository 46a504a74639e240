/// Something in an analysis the group should look at: a hypothesis judged
/// without data, or a loose end between hypotheses and tiltak. Shown in its
/// step; never blocks anything.
public struct AnalysisWarning: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A tiltak aimed at no (existing) hypothesis.
        case actionWithoutHypothesis(actionID: String)
        /// A tiltak aimed only at hypotheses the group has set aside (not supported by the
        /// data, of little importance, or beyond the school's influence).
        case actionAtSetAsideHypotheses(actionID: String)
        /// A prioritised hypothesis no tiltak aims at.
        case prioritisedHypothesisWithoutAction(hypothesisID: String)
        /// A hypothesis judged supported by the data with no data linked and no reason written:
        /// the analysis step is exactly holding each hypothesis against the data.
        case supportedWithoutData(hypothesisID: String)
    }

    public let kind: Kind
    /// Norwegian text for the user.
    public let message: String

    /// The step where the loose end can be tied.
    public var step: AnalysisStepKind {
        if case .supportedWithoutData = kind { return .analysis }
        return .actions
    }
}

extension Analysis {
    /// Hypotheses judged supported without data (step 4), then loose ends between
    /// hypotheses and tiltak (step 5), tiltak first, each in the order the group wrote them.
    public func warnings() -> [AnalysisWarning] {
        var out: [AnalysisWarning] = []
        for (index, hypothesis) in hypotheses.enumerated()
        where hypothesis.assessment == .supported && hypothesis.evidence.isEmpty
            && hypothesis.reason.allSatisfy(\.isWhitespace)
        {
            out.append(
                AnalysisWarning(
                    kind: .supportedWithoutData(hypothesisID: hypothesis.id),
                    message: Strings.Analysis.supportedWithoutData(
                        Strings.Analysis.itemLabel(hypothesis.text, fallback: "Hypotese \(index + 1)"))))
        }
        for (index, action) in actions.enumerated() {
            let label = Strings.Analysis.itemLabel(action.what, fallback: "Tiltak \(index + 1)")
            let aimedAt = hypotheses(of: action)
            if aimedAt.isEmpty {
                out.append(
                    AnalysisWarning(
                        kind: .actionWithoutHypothesis(actionID: action.id),
                        message: Strings.Analysis.actionWithoutHypothesis(label)))
            } else if aimedAt.allSatisfy(\.isSetAside) {
                out.append(
                    AnalysisWarning(
                        kind: .actionAtSetAsideHypotheses(actionID: action.id),
                        message: Strings.Analysis.actionAtSetAsideHypotheses(label)))
            }
        }
        let targeted = Set(actions.flatMap(\.hypothesisIDs))
        for (index, hypothesis) in hypotheses.enumerated()
        where hypothesis.isPrioritised && !targeted.contains(hypothesis.id) {
            out.append(
                AnalysisWarning(
                    kind: .prioritisedHypothesisWithoutAction(hypothesisID: hypothesis.id),
                    message: Strings.Analysis.prioritisedWithoutAction(
                        Strings.Analysis.itemLabel(hypothesis.text, fallback: "Hypotese \(index + 1)"))))
        }
        return out
    }

    /// Steps the group has filled in, for the step indicator: anything
    /// written or added. A factor kfl linked when the analysis was started
    /// from a result is where step 3 starts, not the group's work: step 3 is
    /// filled in when the group has linked or changed a result itself, or
    /// described other sources.
    public var stepsWithContent: Set<AnalysisStepKind> {
        func has(_ text: String) -> Bool { !text.allSatisfy(\.isWhitespace) }
        var steps = Set<AnalysisStepKind>()
        if has(challenge) { steps.insert(.challenge) }
        if has(goal) { steps.insert(.goal) }
        if linkedFactors.contains(where: { !$0.isStartingPoint }) || has(otherSources) { steps.insert(.information) }
        if !hypotheses.isEmpty { steps.insert(.analysis) }
        if !actions.isEmpty { steps.insert(.actions) }
        if has(implementation) { steps.insert(.implementation) }
        if !indicators.isEmpty || AnalysisTextField.evaluationQuestions.contains(where: { has(self[$0]) }) {
            steps.insert(.evaluation)
        }
        return steps
    }

    /// Hypotheses a tiltak aims at, in the analysis's order.
    public func hypotheses(of action: AnalysisAction) -> [Hypothesis] {
        hypotheses.filter { action.hypothesisIDs.contains($0.id) }
    }

    /// Tiltak aimed at a hypothesis.
    public func actions(for hypothesis: Hypothesis) -> [AnalysisAction] {
        actions.filter { $0.hypothesisIDs.contains(hypothesis.id) }
    }
}
