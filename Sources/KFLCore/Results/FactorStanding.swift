/// Where one factor of a unit stands in one round, all trinn and genders
/// together: its level against the county (the one-sample rule, through
/// `FactorResult`) and its change since the round before (the two-sample
/// rule, through `FactorSeries`). The theme view and the overview ("Hva
/// skiller seg ut") are built from these, so they say what the results pane
/// and the development view say. A later column (a share) belongs here too.
public struct FactorStanding: Sendable, Hashable {
    public let group: RespondentGroup
    /// The unit and the county in the round.
    public let result: FactorResult
    /// The unit and the county in the round before and in the round; one
    /// point in the first round.
    public let series: FactorSeries
    public let round: Int

    public init(group: RespondentGroup, result: FactorResult, series: FactorSeries, round: Int) {
        self.group = group
        self.result = result
        self.series = series
        self.round = round
    }

    public var factor: Factor { result.factor }

    /// The verdict against the county; nil when there is nothing to compare
    /// (the county itself, or a cell not shown).
    public var levelVerdict: Verdict? { result.versusCounty?.verdict }

    /// The change since the round before, by the two-sample rule; nil in
    /// the first round.
    public var change: (from: Int, outcome: TwoSampleOutcome)? { series.changeSincePrevious(round) }
}

extension ResultsSource {
    /// The standing of each of `factors` for a unit in a round (all trinn,
    /// all genders), in instrument order, for the groups the unit has.
    /// - Throws: what the source throws when reading cells.
    public func standings(unitID: Int, round: Int, factors: [Factor]) throws -> [FactorStanding] {
        let tree = info.tree
        guard let unit = tree.unit(id: unitID) else { return [] }
        let present = try groupsPresent(unitID: unit.id)
        let previous = info.rounds.last { $0 < round }
        let rounds = [previous, round].compactMap { $0 }
        var standings: [FactorStanding] = []
        for group in info.instrument.groups where present.contains(group.id) {
            let wanted = factors.filter { $0.groupID == group.id }.sorted { $0.number < $1.number }
            guard !wanted.isEmpty else { continue }
            let numbers = wanted.map(\.number)
            var own: [Int: [Int: CellResult]] = [:]
            var references: [Int: UnitReferences] = [:]
            for r in rounds {
                own[r] = try results(unitID: unit.id, round: r, trinn: 0, gender: .all, factorNumbers: numbers)
                references[r] = try referenceResults(
                    of: unit, group: group, round: r, trinn: 0, gender: .all, own: own[r] ?? [:],
                    factorNumbers: numbers, municipality: false)
            }
            for factor in wanted {
                let result =
                    references[round]?.result(factor, unit: own[round]?[factor.number])
                    ?? FactorResult(factor: factor, unit: nil, county: nil, municipality: nil)
                let county = rounds.map { references[$0]?.county(factor.number) }
                let points = zip(rounds, county).map { r, county in
                    SeriesPoint(round: r, trinn: 0, unit: own[r]?[factor.number], county: county)
                }
                standings.append(
                    FactorStanding(
                        group: group, result: result,
                        series: FactorSeries(factor: factor, points: points, referenceTrinn: result.referenceTrinn),
                        round: round))
            }
        }
        return standings
    }
}
