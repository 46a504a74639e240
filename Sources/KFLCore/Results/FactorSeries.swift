/// Which rounds a series follows.
public enum SeriesKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same trinn every round (new pupils each time), or all trinn: the
    /// unit's development.
    case sameTrinn
    /// The same class: one trinn further on for every year between rounds
    /// (5. trinn 2016 → 7. trinn 2018 → 9. trinn 2020). The survey is
    /// anonymous, so this is the same class, not matched pupils.
    case sameClass
}

/// Why a round of a series has no cell at all (as opposed to a suppressed one).
public enum SeriesAbsence: Sendable, Hashable {
    /// The class would be on a trinn the school does not have (or outside 1–10).
    case trinnNotAtUnit(Int)
    /// The class answered another questionnaire that round (3. trinn answers
    /// Elever 1.–4., whose factors are not these).
    case otherQuestionnaire(trinn: Int)
}

/// One round of a series: the unit's and the county's cell.
public struct SeriesPoint: Sendable, Hashable {
    public let round: Int
    public let trinn: Int
    /// nil when nobody answered (or `absence` says why there is no cell).
    public let unit: CellResult?
    public let county: CellResult?
    public let absence: SeriesAbsence?

    public init(round: Int, trinn: Int, unit: CellResult?, county: CellResult?, absence: SeriesAbsence? = nil) {
        self.round = round
        self.trinn = trinn
        self.unit = unit
        self.county = county
        self.absence = absence
    }
}

/// One factor followed over the rounds: the unit beside the county, and
/// changes between rounds by the two-sample rule. Nothing is ranked.
public struct FactorSeries: Sendable, Hashable {
    public let factor: Factor
    /// One point per round of the snapshot, in time order.
    public let points: [SeriesPoint]
    /// The trinn the county is pooled over in every round (`PooledReference`); nil when it is the
    /// county's cell at the same address (a given trinn, a cohort, a school with every trinn).
    public let referenceTrinn: ClosedRange<Int>?

    public init(factor: Factor, points: [SeriesPoint], referenceTrinn: ClosedRange<Int>? = nil) {
        self.factor = factor
        self.points = points
        self.referenceTrinn = referenceTrinn
    }

    public func point(round: Int) -> SeriesPoint? { points.first { $0.round == round } }

    /// The rounds a change into `round` is measured between: from `base`
    /// when it is an earlier round of `rounds`, else from the round just
    /// before; nil when no round of `rounds` is earlier. The browser and a
    /// linked change (step 3) choose their rounds by this one rule.
    public static func changeRounds(base: Int?, to round: Int, in rounds: [Int]) -> (from: Int, to: Int)? {
        let earlier = rounds.filter { $0 < round }
        if let base, earlier.contains(base) { return (base, round) }
        return earlier.last.map { ($0, round) }
    }

    /// Why a class on `trinn` has no cell at `unit` for `group`: the school has no such
    /// trinn (or the class was not at school yet), or that trinn answers another questionnaire.
    public static func classAbsence(trinn: Int, unit: ReportingUnit, group: RespondentGroup) -> SeriesAbsence? {
        if !(1...10).contains(trinn) || !(unit.trinnRange?.contains(trinn) ?? true) { return .trinnNotAtUnit(trinn) }
        if !(group.trinnRange?.contains(trinn) ?? false) { return .otherQuestionnaire(trinn: trinn) }
        return nil
    }

    /// The rounds before `round` in which the class now on `trinn` was at `unit` and answered
    /// `group`'s questionnaire: the starts a cohort ("samme klasse") can be followed from.
    public static func classRounds(
        trinn: Int, round: Int, unit: ReportingUnit, group: RespondentGroup, in rounds: [Int]
    ) -> [Int] {
        rounds.filter { $0 >= round || classAbsence(trinn: trinn + ($0 - round), unit: unit, group: group) == nil }
    }

    /// The round a change into `round` is measured from after `current`
    /// (`b`): the earlier rounds, newest first, then round again; nil when
    /// no round of `rounds` is earlier.
    public static func nextBaseRound(after current: Int?, to round: Int, in rounds: [Int]) -> Int? {
        let earlier = Array(rounds.filter { $0 < round }.reversed())
        guard !earlier.isEmpty else { return nil }
        let index = current.flatMap { earlier.firstIndex(of: $0) } ?? -1
        return earlier[(index + 1) % earlier.count]
    }

    /// The unit's change from `from` to `to` (later minus earlier):
    /// `.clearlyBetter` means clearly better in `to`.
    public func change(from: Int, to: Int) -> TwoSampleOutcome {
        Self.change(point(round: from), point(round: to), \.unit, factor)
    }

    /// The county's change over the same rounds (and trinn).
    public func countyChange(from: Int, to: Int) -> TwoSampleOutcome {
        Self.change(point(round: from), point(round: to), \.county, factor)
    }

    /// The change into `round` from the round before it, or nil for the first round.
    public func changeSincePrevious(_ round: Int) -> (from: Int, outcome: TwoSampleOutcome)? {
        guard let index = points.firstIndex(where: { $0.round == round }), index > 0 else { return nil }
        let from = points[index - 1].round
        return (from, change(from: from, to: round))
    }

    static func change(
        _ before: SeriesPoint?, _ after: SeriesPoint?, _ cell: KeyPath<SeriesPoint, CellResult?>, _ factor: Factor
    ) -> TwoSampleOutcome {
        guard let before, let after, before.round != after.round else { return .unavailable(.roundMissing) }
        if let absence = before.absence ?? after.absence { return .unavailable(.absent(absence)) }
        return TwoSampleOutcome.between(after[keyPath: cell], before[keyPath: cell], direction: factor.direction)
    }
}

/// The factors of one area followed over the rounds, in instrument order.
public struct AreaSeries: Sendable, Hashable {
    public let name: String
    public let factors: [FactorSeries]

    public init(name: String, factors: [FactorSeries]) {
        self.name = name
        self.factors = factors
    }
}

extension ResultsSource {
    /// Every factor of the selection's group followed over the snapshot's
    /// rounds, for the unit and the county at the same trinn and gender (at all trinn, for a
    /// school lacking some of the group's trinn, the county over the school's trinn: `PooledReference`).
    ///
    /// For `.sameClass` the selected trinn and round anchor the class: in
    /// round r it was on trinn `trinn + (r − round)`; rounds where that trinn
    /// is not at the school or answers another questionnaire have no cell.
    /// `.sameClass` needs a trinn (nil at all trinn).
    /// - Throws: what the source throws when reading cells.
    public func series(_ selection: ResultsSelection, kind: SeriesKind) throws -> [AreaSeries]? {
        let tree = info.tree
        guard let unit = tree.unit(id: selection.unitID), let group = info.instrument.group(id: selection.groupID)
        else {
            return nil
        }
        if kind == .sameClass && selection.trinn == 0 { return nil }
        let numbers = group.factors.map(\.number)
        var own: [Int: [Int: CellResult]] = [:]
        var county: [Int: [Int: CellResult]] = [:]
        var trinnOf: [Int: Int] = [:]
        var absence: [Int: SeriesAbsence] = [:]
        // The same every round: a same-class cohort has a trinn each round, so never pools.
        let span = PooledReference.span(unit: unit, group: group, trinn: selection.trinn)
        for round in info.rounds {
            let trinn = kind == .sameClass ? selection.trinn + (round - selection.round) : selection.trinn
            trinnOf[round] = trinn
            if kind == .sameClass, let missing = FactorSeries.classAbsence(trinn: trinn, unit: unit, group: group) {
                absence[round] = missing
                continue
            }
            own[round] = try results(
                unitID: unit.id, round: round, trinn: trinn, gender: selection.gender, factorNumbers: numbers)
            if unit.kind != .county {
                county[round] = try referenceResults(
                    referenceID: tree.county.id, span: span,
                    round: round, trinn: trinn, gender: selection.gender, factorNumbers: numbers)
            }
        }
        return group.areas.map { area in
            AreaSeries(
                name: area.name,
                factors: area.factors.map { factor in
                    FactorSeries(
                        factor: factor,
                        points: info.rounds.map { round in
                            SeriesPoint(
                                round: round, trinn: trinnOf[round] ?? selection.trinn,
                                unit: own[round]?[factor.number],
                                county: county[round]?[factor.number], absence: absence[round])
                        }, referenceTrinn: span)
                })
        }
    }
}
