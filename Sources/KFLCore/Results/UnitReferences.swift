/// What one unit is compared with at one address (round, trinn, gender): the county's cells, its
/// kommune's (for a school) and what the rest of the kommune needs, each pooled over the trinn the
/// unit has where `PooledReference` says so. Every `FactorResult` beside a unit is made here.
public struct UnitReferences: Sendable {
    /// The trinn the references are pooled over; nil when they are the cells at the address.
    public let span: ClosedRange<Int>?
    let county: [Int: CellResult]?
    let municipality: [Int: CellResult]?
    /// The kommune's other schools counted; nil when the rest is not worked out.
    let others: [Int: CellTally]?
    let minimumN: Int

    /// The county's (pooled) cell of a factor; nil for the county itself or where nobody answered.
    public func county(_ factorNumber: Int) -> CellResult? { county?[factorNumber] }

    /// The unit's result for `factor` with its references.
    public func result(_ factor: Factor, unit: CellResult?) -> FactorResult {
        let municipalityCell = municipality?[factor.number]
        return FactorResult(
            factor: factor, unit: unit, county: county?[factor.number], municipality: municipalityCell,
            restOfMunicipality: others.flatMap { others in
                RestOfMunicipality.compute(
                    municipality: municipalityCell, school: unit, others: others[factor.number] ?? CellTally(),
                    minimumN: minimumN)
            },
            referenceTrinn: span)
    }
}

extension ResultsSource {
    /// The references of `unit` at one address for `factorNumbers` of `group`: the county's cells
    /// (none for the county itself), and for a school its kommune's (with `municipality`) and the
    /// other schools counted where the rest of the kommune can be worked out (with
    /// `restOfMunicipality`; `own` is the unit's cells, to tell where).
    /// - Throws: what the source throws when reading cells.
    public func referenceResults(
        of unit: ReportingUnit, group: RespondentGroup?, round: Int, trinn: Int, gender: Gender,
        own: [Int: CellResult], factorNumbers: [Int], municipality: Bool = true, restOfMunicipality: Bool = true
    ) throws -> UnitReferences {
        let tree = info.tree
        let span = PooledReference.span(unit: unit, group: group, trinn: trinn)
        func cells(_ id: Int) throws -> [Int: CellResult] {
            try referenceResults(
                referenceID: id, span: span, round: round, trinn: trinn, gender: gender, factorNumbers: factorNumbers)
        }
        let county = unit.kind == .county ? nil : try cells(tree.county.id)
        var municipalityCells: [Int: CellResult]?
        var others: [Int: CellTally]?
        if municipality, unit.kind == .school, let m = tree.municipality(of: unit) {
            let kommune = try cells(m.id)
            municipalityCells = kommune
            if restOfMunicipality {
                let needed = factorNumbers.filter {
                    RestOfMunicipality.needsOthers(municipality: kommune[$0], school: own[$0])
                }
                others =
                    needed.isEmpty
                    ? [:]
                    : try tally(
                        unitIDs: tree.children(of: m).map(\.id).filter { $0 != unit.id }, round: round, trinn: trinn,
                        span: span, gender: gender, factorNumbers: needed)
            }
        }
        return UnitReferences(
            span: span, county: county, municipality: municipalityCells, others: others, minimumN: info.minimumN)
    }
}
