/// What a unit at «alle trinn» is compared with: the county (and its kommune) over exactly the
/// trinn the unit has. Answers drift with age, so an ungdomsskole compared with the county's
/// all-trinn cell (which holds 1.–7. trinn too) would be compared with a reference that is too
/// high on some factors and too low on others. The one definition, used by every comparison.
public enum PooledReference {
    /// The trinn a unit's references are pooled over at `trinn`: the unit's trinn (public, from
    /// the geography) within the group's. nil when the references are the cells at the unit's
    /// own address: a given trinn, a group answered per school (teachers, leaders), a unit above
    /// school level, or a school with every trinn of the group (then the all-trinn cell is used
    /// as it is, with no drift from adding up).
    public static func span(unit: ReportingUnit, group: RespondentGroup?, trinn: Int) -> ClosedRange<Int>? {
        guard trinn == 0, unit.kind == .school, let group, group.level == .trinn,
            let groupTrinn = group.trinnRange, let unitTrinn = unit.trinnRange,
            unitTrinn.overlaps(groupTrinn)
        else { return nil }
        let span = max(unitTrinn.lowerBound, groupTrinn.lowerBound)...min(unitTrinn.upperBound, groupTrinn.upperBound)
        return span == groupTrinn ? nil : span
    }

    /// One reference cell pooled exactly from the cells of each trinn of a span (n = Σn, the
    /// n-weighted mean, within- and between-trinn sums of squares): never weighted by the unit's
    /// own answers, which may be hidden. A trinn cell that is hidden makes the pooled cell hidden;
    /// one that is missing makes it missing: not comparable, rather than a guess.
    /// - Parameter cells: the reference unit's cell at each trinn of the span.
    public static func pool(_ cells: [CellResult?], factor: Factor) -> CellResult? {
        var values: [CellValue] = []
        for cell in cells {
            switch cell {
            case nil: return nil
            case .suppressed?: return .suppressed(.hidden)
            case .value(let value)?: values.append(value)
            }
        }
        guard !values.isEmpty else { return nil }
        let summary = Summary.pooled(values.map(Summary.init))
        return .value(summary.cellValue.with(shares: pooledShares(values.map(\.shares), factor: factor)))
    }

    /// The share bands added up; the unfavourable count alone when some trinn show only that;
    /// hidden when any trinn hides its share (its count is not known, and is not guessed).
    static func pooledShares(_ shares: [CellShares?], factor: Factor) -> CellShares? {
        guard let definition = factor.shares else { return nil }
        var bands: [Int]? = nil
        var unfavourable = 0
        var onlySplit = false
        for share in shares {
            switch share {
            case nil: return nil
            case .hidden?: return .hidden(.wholeGroup)
            case .split(let count)?:
                onlySplit = true
                unfavourable += count
            case .shown(let counts)?:
                unfavourable += definition.unfavourable(counts, direction: factor.direction)
                bands = bands.map { zip($0, counts).map { $0 + $1 } } ?? counts
            }
        }
        if onlySplit || bands == nil { return .split(unfavourable: unfavourable) }
        return bands.map { .shown($0) }
    }
}

extension ResultsSource {
    /// A reference unit's (the county's or a kommune's) cells for `factorNumbers`: at the
    /// address itself when `span` is nil, else pooled over the span's trinn (`PooledReference`),
    /// from one read of the reference unit's trinn cells.
    public func referenceResults(
        referenceID: Int, span: ClosedRange<Int>?, round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: CellResult] {
        guard let span else {
            if factorNumbers.count == 1, let number = factorNumbers.first {
                // One cell (the factor detail's rows): read alone, not the reference's whole row.
                let key = CellKey(unitID: referenceID, round: round, trinn: trinn, gender: gender, factorNumber: number)
                return try result(key).map { [number: $0] } ?? [:]
            }
            return try results(
                unitID: referenceID, round: round, trinn: trinn, gender: gender, factorNumbers: factorNumbers)
        }
        let byTrinn = try results(
            unitID: referenceID, round: round, trinns: span, gender: gender, factorNumbers: factorNumbers)
        var out: [Int: CellResult] = [:]
        for number in factorNumbers {
            let factor = info.instrument.factors[number]
            out[number] = PooledReference.pool(span.map { byTrinn[$0]?[number] }, factor: factor)
        }
        return out
    }

    /// The other schools' cells counted over a span's trinn (what the rest of a kommune pooled
    /// over the span needs), or at the address itself when `span` is nil. Over a span, `hidden`
    /// counts hidden schools, not cells: a school hidden on two trinn is one hidden group whose
    /// total the rest would reveal, and is withheld like one hidden cell.
    public func tally(
        unitIDs: [Int], round: Int, trinn: Int, span: ClosedRange<Int>?, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: CellTally] {
        guard let span else {
            return try tally(unitIDs: unitIDs, round: round, trinn: trinn, gender: gender, factorNumbers: factorNumbers)
        }
        var out: [Int: CellTally] = [:]
        var unnamedHidden = Set<Int>()
        for t in span {
            let counted = try tally(
                unitIDs: unitIDs, round: round, trinn: t, gender: gender, factorNumbers: factorNumbers)
            for (factor, tally) in counted {
                out[factor, default: CellTally()].shownN += tally.shownN
                out[factor, default: CellTally()].hiddenUnits.formUnion(tally.hiddenUnits)
                if tally.hidden > tally.hiddenUnits.count { unnamedHidden.insert(factor) }
            }
        }
        for factor in out.keys {
            // A source that does not name its hidden units cannot say one school is hidden on two
            // trinn: counted as one hidden school, so the rest is withheld rather than risked.
            out[factor]!.hidden = unnamedHidden.contains(factor) ? 1 : out[factor]!.hiddenUnits.count
        }
        return out
    }
}
