/// Where a maintaining factor lies.
public enum Perspective: String, Codable, Sendable, Hashable, CaseIterable {
    case pupil = "elev"
    case group = "klasse"
    case teaching = "undervisning"
    case school = "skole"
    case home = "hjem"
}

/// What the data say about a hypothesis.
public enum Assessment: String, Codable, Sendable, Hashable, CaseIterable {
    case supported
    case notSupported
    case unclear
}

/// How much a maintaining factor matters for the challenge.
public enum Importance: String, Codable, Sendable, Hashable, CaseIterable {
    case low
    case medium
    case high
}

/// Whether the school can influence a maintaining factor.
public enum Influence: String, Codable, Sendable, Hashable, CaseIterable {
    case yes
    case partly
    case no
}

/// A hypothesis about a factor that triggers, influences or maintains the
/// challenge (opprettholdende faktor), with what the data say about it.
public struct Hypothesis: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    /// nil until the group has placed it.
    public var perspective: Perspective?
    /// Factor ids whose results bear on the hypothesis.
    public var evidence: [String]
    public var assessment: Assessment
    /// nil until the group has judged it.
    public var importance: Importance?
    /// nil until the group has judged it.
    public var influence: Influence?
    /// Why the data support the hypothesis or not, in the group's words.
    public var reason: String
    /// Workbook row revision; not part of the content, never exported.
    public var revision: Int = 0

    enum CodingKeys: String, CodingKey {
        case id, text, perspective, evidence, assessment, importance, influence, reason
    }

    public init(
        id: String, text: String = "", perspective: Perspective? = nil, evidence: [String] = [],
        assessment: Assessment = .unclear, importance: Importance? = nil, influence: Influence? = nil,
        reason: String = ""
    ) {
        self.id = id
        self.text = text
        self.perspective = perspective
        self.evidence = evidence
        self.assessment = assessment
        self.importance = importance
        self.influence = influence
        self.reason = reason
    }

    /// Reads bundles from before `reason` existed as well (it is then empty).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), text: try c.decode(String.self, forKey: .text),
            perspective: try c.decodeIfPresent(Perspective.self, forKey: .perspective),
            evidence: try c.decode([String].self, forKey: .evidence),
            assessment: try c.decode(Assessment.self, forKey: .assessment),
            importance: try c.decodeIfPresent(Importance.self, forKey: .importance),
            influence: try c.decodeIfPresent(Influence.self, forKey: .influence),
            reason: try c.decodeIfPresent(String.self, forKey: .reason) ?? "")
    }

    /// The prioritisation rule, in one sentence a leader group can check:
    /// a hypothesis is prioritised when the data support it, it matters
    /// (middels or stor betydning) and the school can influence it (ja or
    /// delvis). An unclear hypothesis needs more information first; one the
    /// school cannot influence is no target for a tiltak.
    public var isPrioritised: Bool {
        guard assessment == .supported else { return false }
        guard let importance, importance != .low else { return false }
        guard let influence, influence != .no else { return false }
        return true
    }

    /// Set aside by the group: the data do not support it, it matters little, or the
    /// school cannot influence it (an unclear or not yet judged one is not set aside).
    public var isSetAside: Bool { assessment == .notSupported || importance == .low || influence == .no }
}

extension Hypothesis: AnalysisItem {
    public static let kind = AnalysisItemKind("hypothesis")
    public static var list: WritableKeyPath<Analysis, [Hypothesis]> { \.hypotheses }
    public static var textFields: [(name: String, path: WritableKeyPath<Hypothesis, String>)] {
        [("text", \.text), ("reason", \.reason)]
    }
}
