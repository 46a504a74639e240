/// The free-text fields of an analysis, each saved on its own.
public enum AnalysisTextField: String, Codable, Sendable, Hashable, CaseIterable {
    /// Step 1: the challenge, theme or problem.
    case challenge
    /// Step 2: the goal.
    case goal
    /// Step 3: information other than the survey (observations, pupils' work, tests).
    case otherSources
    /// Step 6: how and when the actions are tried out.
    case implementation
    /// Step 7: Har tiltakene hatt en funksjon?
    case evaluationEffect
    /// Step 7: Har de blitt gjennomført slik det var planlagt?
    case evaluationFidelity
    /// Step 7: Skal de videreføres, endres?
    case evaluationContinuation
    /// Step 7: Er det behov for en ny analyse?
    case evaluationNewAnalysis

    /// The step the field belongs to.
    public var step: AnalysisStepKind {
        switch self {
        case .challenge: return .challenge
        case .goal: return .goal
        case .otherSources: return .information
        case .implementation: return .implementation
        case .evaluationEffect, .evaluationFidelity, .evaluationContinuation, .evaluationNewAnalysis: return .evaluation
        }
    }

    /// The four evaluation questions of the model, in order.
    public static let evaluationQuestions: [AnalysisTextField] = [
        .evaluationEffect, .evaluationFidelity, .evaluationContinuation, .evaluationNewAnalysis,
    ]
}

/// The seven steps of Nordahl's model, in order.
public enum AnalysisStepKind: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case challenge
    case goal
    case information
    case analysis
    case actions
    case implementation
    case evaluation

    /// 1 to 7.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: Self, b: Self) -> Bool { a.number < b.number }
}
