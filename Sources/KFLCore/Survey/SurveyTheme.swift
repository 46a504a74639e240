/// A theme (tema) that several respondent groups are asked about — uro og
/// atferd, relasjon mellom lærer og elev, … — tying one or more factors of
/// each group together so they can be read side by side. Each factor keeps
/// its own scale and direction: a theme is never a sum or mean across groups.
public struct SurveyTheme: Encodable, Sendable, Hashable, Identifiable {
    public let id: String
    /// The name as stored (bokmål for kfl's own instrument).
    public let storedName: String
    /// One or two plain Norwegian sentences on what the theme holds together, as stored.
    public let storedDescription: String
    /// The factors' rule: in nynorsk, kfl's own texts by id.
    public var name: String { InstrumentTexts.current?.themes[id]?.name ?? storedName }
    public var description: String { InstrumentTexts.current?.themes[id]?.description ?? storedDescription }

    enum CodingKeys: String, CodingKey {
        case id, factors
        case storedName = "name"
        case storedDescription = "description"
    }
    /// Factor ids, in the theme's own order (the view shows them in instrument order).
    public let factors: [String]

    public init(id: String, name: String, description: String, factors: [String]) {
        self.id = id
        self.storedName = name
        self.storedDescription = description
        self.factors = factors
    }
}
