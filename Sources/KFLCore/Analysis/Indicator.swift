/// A factor the group will watch to see whether the tiltak work (step 7).
public struct Indicator: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var factorID: String
    public var trinn: Int
    public var gender: Gender
    /// The change sought, in words ("mindre uro, ned mot fylkessnittet").
    public var changeSought: String
    /// An optional target value on the factor's scale.
    public var target: Double?
    /// The survey round by which the change should show.
    public var byRound: Int?
    /// Workbook row revision; not part of the content, never exported.
    public var revision: Int = 0

    enum CodingKeys: String, CodingKey { case id, factorID, trinn, gender, changeSought, target, byRound }

    public init(
        id: String, factorID: String, trinn: Int = 0, gender: Gender = .all, changeSought: String = "",
        target: Double? = nil, byRound: Int? = nil
    ) {
        self.id = id
        self.factorID = factorID
        self.trinn = trinn
        self.gender = gender
        self.changeSought = changeSought
        self.target = target
        self.byRound = byRound
    }
}

extension Indicator {
    /// The rounds an indicator can aim at in an analysis of `round`: the later rounds of `rounds`,
    /// then the next two expected ones (the survey runs every second year), so a goal can lie
    /// beyond the data. The TUI offers these; an imported analysis may hold them.
    public static func targetRounds(after round: Int, in rounds: [Int]) -> [Int] {
        let later = rounds.filter { $0 > round }.sorted()
        let last = max(round, rounds.max() ?? round)
        return later + [last + 2, last + 4]
    }
}

extension Indicator: AnalysisItem {
    public static let kind = AnalysisItemKind("indicator")
    public static var list: WritableKeyPath<Analysis, [Indicator]> { \.indicators }
    public static var textFields: [(name: String, path: WritableKeyPath<Indicator, String>)] {
        [("changeSought", \.changeSought)]
    }
}
