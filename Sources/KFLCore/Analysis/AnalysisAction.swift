/// A tiltak: what is done, by whom, from when and how often, aimed at one or
/// more hypotheses (maintaining factors).
public struct AnalysisAction: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var what: String
    public var who: String
    /// Free text: "fra uke 34", "etter høstferien".
    public var fromWhen: String
    /// Free text: "hver uke", "i alle timer".
    public var howOften: String
    /// Ids of the hypotheses the tiltak aims at.
    public var hypothesisIDs: [String]
    /// Workbook row revision; not part of the content, never exported.
    public var revision: Int = 0

    enum CodingKeys: String, CodingKey { case id, what, who, fromWhen, howOften, hypothesisIDs }

    public init(
        id: String, what: String = "", who: String = "", fromWhen: String = "", howOften: String = "",
        hypothesisIDs: [String] = []
    ) {
        self.id = id
        self.what = what
        self.who = who
        self.fromWhen = fromWhen
        self.howOften = howOften
        self.hypothesisIDs = hypothesisIDs
    }
}

extension AnalysisAction: AnalysisItem {
    public static let kind = AnalysisItemKind("action")
    public static var list: WritableKeyPath<Analysis, [AnalysisAction]> { \.actions }
    public static var textFields: [(name: String, path: WritableKeyPath<AnalysisAction, String>)] {
        [("what", \.what), ("who", \.who), ("fromWhen", \.fromWhen), ("howOften", \.howOften)]
    }

    /// Links to hypotheses that got new ids follow; links to others are dropped.
    public mutating func remapLinks(_ newIDs: [String: String]) {
        hypothesisIDs = hypothesisIDs.compactMap { newIDs[$0] }
    }
}
