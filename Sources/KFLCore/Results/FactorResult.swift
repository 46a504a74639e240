/// One factor's result for a unit, with the references it is compared with.
/// The single place where "unit vs county vs kommune" is decided, used by the
/// TUI, `kfl show` and every export.
public struct FactorResult: Sendable, Hashable {
    public let factor: Factor
    /// nil when nobody in the unit answered.
    public let unit: CellResult?
    public let county: CellResult?
    /// The unit's kommune (nil at kommune level and above), shown as a marker.
    public let municipality: CellResult?
    /// A school's kommune without the school (nil above school level, or
    /// when the school's own cell is not shown).
    public let restOfMunicipality: RestOfMunicipality?
    /// The trinn county, kommune and rest are pooled over (`PooledReference`): a school at all
    /// trinn that lacks some of the group's trinn. nil when they are the cells at the unit's address.
    public let referenceTrinn: ClosedRange<Int>?

    public init(
        factor: Factor, unit: CellResult?, county: CellResult?, municipality: CellResult?,
        restOfMunicipality: RestOfMunicipality? = nil, referenceTrinn: ClosedRange<Int>? = nil
    ) {
        self.factor = factor
        self.unit = unit
        self.county = county
        self.municipality = municipality
        self.restOfMunicipality = restOfMunicipality
        self.referenceTrinn = referenceTrinn
    }

    /// Unit vs county, by the one-sample rule; nil when either has no value.
    public var versusCounty: Comparison? { Self.compare(unit, county, factor) }

    /// School vs the rest of its kommune, by the two-sample rule; nil when
    /// either has no value (the rest may be withheld: see `restOfMunicipality`).
    public var versusRestOfMunicipality: TwoSampleComparison? {
        guard let school = unit?.value, let rest = restOfMunicipality?.value else { return nil }
        return TwoSampleComparison.compare(school, with: rest, direction: factor.direction)
    }

    static func compare(_ a: CellResult?, _ b: CellResult?, _ factor: Factor) -> Comparison? {
        guard let a = a?.value, let b = b?.value else { return nil }
        return Comparison.compare(a, with: b, direction: factor.direction)
    }
}

/// The factors of one area, in instrument order.
public struct AreaResults: Sendable, Hashable {
    public let name: String
    public let factors: [FactorResult]
}

/// What to look at: one unit, survey round, trinn (0 = all), group and gender.
public struct ResultsSelection: Sendable, Hashable, Codable {
    public var unitID: Int
    public var round: Int
    public var trinn: Int
    public var groupID: String
    public var gender: Gender

    public init(unitID: Int, round: Int, trinn: Int, groupID: String, gender: Gender) {
        self.unitID = unitID
        self.round = round
        self.trinn = trinn
        self.groupID = groupID
        self.gender = gender
    }
}

extension ResultsSource {
    /// The unit's results for the selection, grouped by area, with county and kommune beside
    /// each for the same trinn, group, gender and round (at all trinn, for a school lacking some
    /// of the group's trinn, pooled over the trinn it has: `PooledReference`), and (with
    /// `restOfMunicipality`, for a school) the rest of its kommune, which reads a count of every
    /// other school's cells: the browser's results pane does not show it.
    public func areaResults(_ selection: ResultsSelection, restOfMunicipality: Bool = true) throws -> [AreaResults] {
        guard let unit = info.tree.unit(id: selection.unitID), let group = info.instrument.group(id: selection.groupID)
        else { return [] }
        let numbers = group.factors.map(\.number)
        let own = try results(
            unitID: unit.id, round: selection.round, trinn: selection.trinn, gender: selection.gender,
            factorNumbers: numbers)
        let references = try referenceResults(
            of: unit, group: group, round: selection.round, trinn: selection.trinn, gender: selection.gender,
            own: own, factorNumbers: numbers, restOfMunicipality: restOfMunicipality)
        return group.areas.map { area in
            AreaResults(name: area.name, factors: area.factors.map { references.result($0, unit: own[$0.number]) })
        }
    }

    /// Respondent groups that exist for a unit at a trinn, in instrument order.
    /// School-level groups (lærere, skoleledere) only at "all trinn".
    public func groups(for unit: ReportingUnit, trinn: Int) throws -> [RespondentGroup] {
        let present = try groupsPresent(unitID: unit.id)
        return info.instrument.groups.filter { group in
            guard present.contains(group.id) else { return false }
            if trinn == 0 { return true }
            return group.level == .trinn && (group.trinnRange?.contains(trinn) ?? false)
        }
    }
}
