#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One pedagogisk analyse: a leader group's work through the seven steps of
/// Nordahl's model for one unit. A pure value; the workbook stores it.
public struct Analysis: Codable, Sendable, Hashable, Identifiable {
    /// A UUID string.
    public var id: String
    public var title: String
    public var unit: UnitReference
    public var context: AnalysisContext
    public var status: AnalysisStatus
    public var createdAt: Date
    public var updatedAt: Date

    /// Step 1.
    public var challenge: String = ""
    /// Step 2.
    public var goal: String = ""
    /// Step 3: survey results.
    public var linkedFactors: [LinkedFactor] = []
    /// Step 3: other information.
    public var otherSources: String = ""
    /// Step 4.
    public var hypotheses: [Hypothesis] = []
    /// Step 5.
    public var actions: [AnalysisAction] = []
    /// Step 6.
    public var implementation: String = ""
    /// Step 7: the factors that should move.
    public var indicators: [Indicator] = []
    /// Step 7: answers to the model's evaluation questions, by field.
    public var evaluation: [AnalysisTextField: String] = [:]

    /// Every kind of item an analysis holds, in the order the workbook writes
    /// them (a kind that links to another comes after it).
    public static var itemTypes: [any AnalysisItem.Type] {
        [LinkedFactor.self, Hypothesis.self, AnalysisAction.self, Indicator.self]
    }

    /// Workbook revisions of the title/status row and of each text field;
    /// not part of the content, never exported.
    public var revisions = Revisions()

    public struct Revisions: Sendable, Hashable {
        /// Revision of the row holding title, status and context.
        public var header = 0
        /// Revision of each text field; 0 for a field never saved.
        public var texts: [AnalysisTextField: Int] = [:]

        public init(header: Int = 0, texts: [AnalysisTextField: Int] = [:]) {
            self.header = header
            self.texts = texts
        }

        public func text(_ field: AnalysisTextField) -> Int { texts[field] ?? 0 }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, unit, context, status, createdAt, updatedAt, challenge, goal, linkedFactors, otherSources
        case hypotheses, actions, implementation, indicators, evaluation
    }

    public init(
        id: String, title: String, unit: UnitReference, context: AnalysisContext,
        status: AnalysisStatus = .active, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.context = context
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        unit = try c.decode(UnitReference.self, forKey: .unit)
        context = try c.decode(AnalysisContext.self, forKey: .context)
        status = try c.decode(AnalysisStatus.self, forKey: .status)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        challenge = try c.decodeIfPresent(String.self, forKey: .challenge) ?? ""
        goal = try c.decodeIfPresent(String.self, forKey: .goal) ?? ""
        linkedFactors = try c.decodeIfPresent([LinkedFactor].self, forKey: .linkedFactors) ?? []
        otherSources = try c.decodeIfPresent(String.self, forKey: .otherSources) ?? ""
        hypotheses = try c.decodeIfPresent([Hypothesis].self, forKey: .hypotheses) ?? []
        actions = try c.decodeIfPresent([AnalysisAction].self, forKey: .actions) ?? []
        implementation = try c.decodeIfPresent(String.self, forKey: .implementation) ?? ""
        indicators = try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? []
        let answers = try c.decodeIfPresent([String: String].self, forKey: .evaluation) ?? [:]
        evaluation = [:]
        for (key, value) in answers {
            guard let field = AnalysisTextField(rawValue: key), field.step == .evaluation else {
                throw DecodingError.dataCorruptedError(
                    forKey: .evaluation, in: c, debugDescription: "unknown evaluation question \(key)")
            }
            if !value.isEmpty { evaluation[field] = value }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(unit, forKey: .unit)
        try c.encode(context, forKey: .context)
        try c.encode(status, forKey: .status)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(challenge, forKey: .challenge)
        try c.encode(goal, forKey: .goal)
        try c.encode(linkedFactors, forKey: .linkedFactors)
        try c.encode(otherSources, forKey: .otherSources)
        try c.encode(hypotheses, forKey: .hypotheses)
        try c.encode(actions, forKey: .actions)
        try c.encode(implementation, forKey: .implementation)
        try c.encode(indicators, forKey: .indicators)
        let answers = Dictionary(
            uniqueKeysWithValues: AnalysisTextField.evaluationQuestions.map { ($0.rawValue, evaluation[$0] ?? "") })
        try c.encode(answers, forKey: .evaluation)
    }

    /// The text of a field.
    public subscript(field: AnalysisTextField) -> String {
        get {
            switch field {
            case .challenge: return challenge
            case .goal: return goal
            case .otherSources: return otherSources
            case .implementation: return implementation
            default: return evaluation[field] ?? ""
            }
        }
        set {
            switch field {
            case .challenge: challenge = newValue
            case .goal: goal = newValue
            case .otherSources: otherSources = newValue
            case .implementation: implementation = newValue
            default: evaluation[field] = newValue.isEmpty ? nil : newValue
            }
        }
    }

    public func hypothesis(id: String) -> Hypothesis? { hypotheses.first { $0.id == id } }
    public func action(id: String) -> AnalysisAction? { actions.first { $0.id == id } }
}
