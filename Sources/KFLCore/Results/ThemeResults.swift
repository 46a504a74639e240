/// One theme seen by every respondent group that is asked about it, for one
/// unit and round: each group's factor against its own county value, on its
/// own scale, with its verdicts. Never added up across groups.
public struct ThemeResults: Sendable, Hashable {
    public let theme: SurveyTheme
    public let unit: ReportingUnit
    public let round: Int
    /// The theme's factors of the groups the unit has, in instrument order.
    public let standings: [FactorStanding]
    /// Groups the theme asks that have no answers at the unit (a school
    /// without 1.–4. trinn has no Elever 1.–4.).
    public let missingGroups: [RespondentGroup]

    public init(
        theme: SurveyTheme, unit: ReportingUnit, round: Int, standings: [FactorStanding],
        missingGroups: [RespondentGroup]
    ) {
        self.theme = theme
        self.unit = unit
        self.round = round
        self.standings = standings
        self.missingGroups = missingGroups
    }
}

extension ResultsSource {
    /// A theme for a unit in a round; nil when the unit is not in the snapshot.
    /// - Throws: what the source throws when reading cells.
    public func themeResults(_ theme: SurveyTheme, unitID: Int, round: Int) throws -> ThemeResults? {
        guard let unit = info.tree.unit(id: unitID) else { return nil }
        let factors = info.instrument.factors(of: theme)
        let standings = try standings(unitID: unitID, round: round, factors: factors)
        let shown = Set(standings.map(\.group.id))
        let asked = Set(factors.map(\.groupID))
        let missing = info.instrument.groups.filter { asked.contains($0.id) && !shown.contains($0.id) }
        return ThemeResults(theme: theme, unit: unit, round: round, standings: standings, missingGroups: missing)
    }
}
