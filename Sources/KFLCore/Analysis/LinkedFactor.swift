/// A factor result the group links to the analysis as information (step 3),
/// at a trinn (0 = all) and gender: its level at the analysis's round, or a
/// change, a cohort or the gap between boys and girls (`view`).
public struct LinkedFactor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var factorID: String
    public var trinn: Int
    public var gender: Gender
    /// What is linked. A level unless set: all a workbook or bundle from
    /// before linked changes holds.
    public var view: LinkedView
    /// The round the link is at: the later round of a change, the round in
    /// which a class is on `trinn`, the round of a gap. nil: the analysis's
    /// round (always so for a level).
    public var round: Int?
    /// The earlier round of a change (development and cohorts). nil: the
    /// round before `round`.
    public var baseRound: Int?
    /// Linked by kfl when the analysis was started from a result (`a`): the
    /// starting point, not yet the group's own choice. A link the group adds
    /// or changes in step 3 is not; only those fill the step (`stepsWithContent`).
    public var isStartingPoint: Bool
    /// Workbook row revision; not part of the content, never exported.
    public var revision: Int = 0

    enum CodingKeys: String, CodingKey { case id, factorID, trinn, gender, view, round, baseRound, isStartingPoint }

    public init(
        id: String, factorID: String, trinn: Int = 0, gender: Gender = .all, view: LinkedView = .level,
        round: Int? = nil, baseRound: Int? = nil, isStartingPoint: Bool = false
    ) {
        self.id = id
        self.factorID = factorID
        self.trinn = trinn
        self.gender = gender
        self.view = view
        self.round = round
        self.baseRound = baseRound
        self.isStartingPoint = isStartingPoint
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        factorID = try c.decode(String.self, forKey: .factorID)
        trinn = try c.decode(Int.self, forKey: .trinn)
        gender = try c.decode(Gender.self, forKey: .gender)
        view = try c.decodeIfPresent(LinkedView.self, forKey: .view) ?? .level
        round = try c.decodeIfPresent(Int.self, forKey: .round)
        baseRound = try c.decodeIfPresent(Int.self, forKey: .baseRound)
        isStartingPoint = try c.decodeIfPresent(Bool.self, forKey: .isStartingPoint) ?? false
    }

    /// A level (and a link the group chose) is written as before linked
    /// changes and starting points existed, so its JSON (and an analysis's
    /// content fingerprint) is what it was.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(factorID, forKey: .factorID)
        try c.encode(trinn, forKey: .trinn)
        try c.encode(gender, forKey: .gender)
        if view != .level { try c.encode(view, forKey: .view) }
        try c.encodeIfPresent(round, forKey: .round)
        try c.encodeIfPresent(baseRound, forKey: .baseRound)
        if isStartingPoint { try c.encode(isStartingPoint, forKey: .isStartingPoint) }
    }

    /// The round the link is at, given the analysis's.
    public func round(analysisRound: Int) -> Int { round ?? analysisRound }

    /// The rounds a linked change is measured between (nil for a level and a
    /// gap, and when there is no earlier round in `rounds`).
    public func change(analysisRound: Int, rounds: [Int]) -> (from: Int, to: Int)? {
        guard view.measuresChange else { return nil }
        return FactorSeries.changeRounds(base: baseRound, to: round(analysisRound: analysisRound), in: rounds)
    }
}

extension LinkedFactor: AnalysisItem {
    public static let kind = AnalysisItemKind("linkedFactor")
    public static var list: WritableKeyPath<Analysis, [LinkedFactor]> { \.linkedFactors }
}
