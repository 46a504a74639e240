/// "Hva skiller seg ut": for one unit and round, across every respondent
/// group, the factors that are clearly better or clearly worse than the
/// county, or clearly changed since the round before — grouped by verdict,
/// then in the instrument's order. Never sorted by size, never compared with
/// other units. Factors whose value is suppressed are listed with the reason.
public struct Highlights: Sendable, Hashable {
    /// The kinds of line, in the order they are shown.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case clearlyBetter
        case clearlyWorse
        case changedForBetter
        case changedForWorse
        case suppressed
    }

    public struct Line: Sendable, Hashable {
        public let kind: Kind
        public let standing: FactorStanding
    }

    /// How many kommuner and schools under a unit have shown values for a
    /// group in the round: at county and region level the overview says
    /// who has data, not who is best.
    public struct Coverage: Sendable, Hashable {
        public let group: RespondentGroup
        public let municipalities: Int
        public let municipalitiesTotal: Int
        public let schools: Int
        public let schoolsTotal: Int
    }

    public let unit: ReportingUnit
    public let round: Int
    /// The round changes are measured from; nil in the first round.
    public let previousRound: Int?
    /// Every factor of every group the unit has, in instrument order.
    public let standings: [FactorStanding]
    /// Above kommune level: one entry per group; empty below.
    public let coverage: [Coverage]

    public init(unit: ReportingUnit, round: Int, previousRound: Int?, standings: [FactorStanding], coverage: [Coverage])
    {
        self.unit = unit
        self.round = round
        self.previousRound = previousRound
        self.standings = standings
        self.coverage = coverage
        lines = Kind.allCases.flatMap { kind in
            standings.filter { Self.belongs($0, to: kind) }.map { Line(kind: kind, standing: $0) }
        }
    }

    /// The lines, grouped by kind in `Kind`'s order, then in instrument order.
    /// A factor can be on two lines: clearly worse than the county and
    /// clearly better than last time.
    /// Worked out once (each change is a two-sample test): the overview asks for it on every key.
    public let lines: [Line]

    /// Factors with a value that was compared and is on no line: nothing stands out.
    public var unremarkableCount: Int {
        let remarked = Set(lines.map(\.standing.factor.id))
        return standings.filter { $0.result.unit?.value != nil && !remarked.contains($0.factor.id) }.count
    }

    static func belongs(_ standing: FactorStanding, to kind: Kind) -> Bool {
        switch kind {
        case .clearlyBetter: return standing.levelVerdict == .clearlyBetter
        case .clearlyWorse: return standing.levelVerdict == .clearlyWorse
        case .changedForBetter: return standing.change?.outcome.verdict == .clearlyBetter
        case .changedForWorse: return standing.change?.outcome.verdict == .clearlyWorse
        case .suppressed:
            if case .suppressed? = standing.result.unit { return true }
            return false
        }
    }
}

extension ResultsSource {
    /// What stands out for a unit in a round; nil when the unit is not in the snapshot.
    /// - Throws: what the source throws when reading cells.
    public func highlights(unitID: Int, round: Int) throws -> Highlights? {
        let tree = info.tree
        guard let unit = tree.unit(id: unitID) else { return nil }
        let standings = try standings(unitID: unitID, round: round, factors: info.instrument.factors)
        var coverage: [Highlights.Coverage] = []
        if unit.kind == .county || unit.kind == .region {
            coverage = try self.coverage(under: unit, round: round)
        }
        return Highlights(
            unit: unit, round: round, previousRound: info.rounds.last { $0 < round }, standings: standings,
            coverage: coverage)
    }

    /// For each group: how many kommuner and schools under `unit` have at
    /// least one shown value in `round`.
    func coverage(under unit: ReportingUnit, round: Int) throws -> [Highlights.Coverage] {
        let tree = info.tree
        var municipalities: [ReportingUnit] = []
        var schools: [ReportingUnit] = []
        var stack = tree.children(of: unit)
        while let next = stack.popLast() {
            switch next.kind {
            case .municipality: municipalities.append(next)
            case .school: schools.append(next)
            case .county, .region: break
            }
            stack += tree.children(of: next)
        }
        let instrument = info.instrument
        let numbers = instrument.factors.map(\.number)
        func groupsWithValues(_ units: [ReportingUnit]) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for u in units {
                let cells = try results(unitID: u.id, round: round, trinn: 0, gender: .all, factorNumbers: numbers)
                var groups = Set<String>()
                for (number, cell) in cells where cell.value != nil {
                    groups.insert(instrument.factors[number].groupID)
                }
                for g in groups { counts[g, default: 0] += 1 }
            }
            return counts
        }
        let byMunicipality = try groupsWithValues(municipalities)
        let bySchool = try groupsWithValues(schools)
        return instrument.groups.map { group in
            Highlights.Coverage(
                group: group, municipalities: byMunicipality[group.id] ?? 0, municipalitiesTotal: municipalities.count,
                schools: bySchool[group.id] ?? 0, schoolsTotal: schools.count)
        }
    }
}
