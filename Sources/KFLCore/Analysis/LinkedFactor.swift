/// A factor result the group links to the analysis as information (step 3),
/// at a trinn (0 = all) and gender; the round is the analysis's.
public struct LinkedFactor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var factorID: String
    public var trinn: Int
    public var gender: Gender
    /// Workbook row revision; not part of the content, never exported.
    public var revision: Int = 0

    enum CodingKeys: String, CodingKey { case id, factorID, trinn, gender }

    public init(id: String, factorID: String, trinn: Int = 0, gender: Gender = .all) {
        self.id = id
        self.factorID = factorID
        self.trinn = trinn
        self.gender = gender
    }
}

extension LinkedFactor: AnalysisItem {
    public static let kind = AnalysisItemKind("linkedFactor")
    public static var list: WritableKeyPath<Analysis, [LinkedFactor]> { \.linkedFactors }
}
