/// Boys and girls in one round: the unit's and the county's cells.
public struct GapPoint: Sendable, Hashable {
    public let round: Int
    public let boys: CellResult?
    public let girls: CellResult?
    public let countyBoys: CellResult?
    public let countyGirls: CellResult?
}

/// The gap between boys and girls on one factor, round by round, with the
/// county's gap beside it. The gap is boys minus girls, judged by the
/// two-sample rule: `.clearlyBetter` means the boys are clearly better.
public struct FactorGap: Sendable, Hashable {
    public let factor: Factor
    /// One point per round of the snapshot, in time order.
    public let points: [GapPoint]
    /// The trinn the county is pooled over (`PooledReference`); nil when it is the county's cell
    /// at the same address.
    public let referenceTrinn: ClosedRange<Int>?

    public func point(round: Int) -> GapPoint? { points.first { $0.round == round } }

    public func gap(round: Int) -> TwoSampleOutcome {
        guard let p = point(round: round) else { return .unavailable(.roundMissing) }
        return TwoSampleOutcome.between(p.boys, p.girls, direction: factor.direction)
    }

    public func countyGap(round: Int) -> TwoSampleOutcome {
        guard let p = point(round: round) else { return .unavailable(.roundMissing) }
        return TwoSampleOutcome.between(p.countyBoys, p.countyGirls, direction: factor.direction)
    }
}

/// The gaps of one area's factors, in instrument order.
public struct AreaGaps: Sendable, Hashable {
    public let name: String
    public let factors: [FactorGap]

    public init(name: String, factors: [FactorGap]) {
        self.name = name
        self.factors = factors
    }
}

extension ResultsSource {
    /// Boys against girls for every factor of the selection's group, each
    /// round, at the selection's trinn (the county's over the school's trinn where
    /// `PooledReference` says so); nil when the group is not split by
    /// gender (teachers, school leaders).
    /// - Throws: what the source throws when reading cells.
    public func genderGaps(_ selection: ResultsSelection) throws -> [AreaGaps]? {
        let tree = info.tree
        guard let unit = tree.unit(id: selection.unitID), let group = info.instrument.group(id: selection.groupID),
            group.genderSplit
        else { return nil }
        let numbers = group.factors.map(\.number)
        let span = PooledReference.span(unit: unit, group: group, trinn: selection.trinn)
        var cells: [Int: [Gender: (own: [Int: CellResult], county: [Int: CellResult])]] = [:]
        for round in info.rounds {
            for gender in [Gender.boys, .girls] {
                let own = try results(
                    unitID: unit.id, round: round, trinn: selection.trinn, gender: gender, factorNumbers: numbers)
                let county =
                    unit.kind == .county
                    ? [:]
                    : try referenceResults(
                        referenceID: tree.county.id, span: span, round: round, trinn: selection.trinn, gender: gender,
                        factorNumbers: numbers)
                cells[round, default: [:]][gender] = (own, county)
            }
        }
        return group.areas.map { area in
            AreaGaps(
                name: area.name,
                factors: area.factors.map { factor in
                    FactorGap(
                        factor: factor,
                        points: info.rounds.map { round in
                            let boys = cells[round]?[.boys]
                            let girls = cells[round]?[.girls]
                            return GapPoint(
                                round: round, boys: boys?.own[factor.number], girls: girls?.own[factor.number],
                                countyBoys: boys?.county[factor.number], countyGirls: girls?.county[factor.number])
                        }, referenceTrinn: span)
                })
        }
    }
}
