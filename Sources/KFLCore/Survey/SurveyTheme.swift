/// A theme (tema) that several respondent groups are asked about — uro og
/// atferd, relasjon mellom lærer og elev, … — tying one or more factors of
/// each group together so they can be read side by side. Each factor keeps
/// its own scale and direction: a theme is never a sum or mean across groups.
public struct SurveyTheme: Codable, Sendable, Hashable, Identifiable {
    public let id: String
    public let name: String
    /// One or two plain Norwegian sentences on what the theme holds together.
    public let description: String
    /// Factor ids, in the theme's own order (the view shows them in instrument order).
    public let factors: [String]

    public init(id: String, name: String, description: String, factors: [String]) {
        self.id = id
        self.name = name
        self.description = description
        self.factors = factors
    }
}
