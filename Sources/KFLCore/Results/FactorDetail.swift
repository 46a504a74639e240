/// Everything about one factor for one unit: each trinn, boys and girls, each
/// survey round — with county and kommune beside. Nothing is sorted by result.
public struct FactorDetail: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// What the row is: a trinn, a gender or a round (the label is built by the view).
        public let round: Int
        public let trinn: Int
        public let gender: Gender
        public let result: FactorResult
    }

    public let factor: Factor
    public let unit: ReportingUnit
    /// Selected round, all genders: all trinn, then each trinn in order.
    public let byTrinn: [Row]
    /// Selected round and trinn: all, boys, girls.
    public let byGender: [Row]
    /// Selected trinn and gender: each round in time order.
    public let byRound: [Row]

    /// What step 3 of an analysis shows under a linked factor, and its
    /// exports print: boys and girls at the selected round (when the group
    /// is split by gender), then each round. "Gutter", "Jenter", "2016", …
    public var breakdown: [(label: String, result: FactorResult)] {
        var rows: [(label: String, result: FactorResult)] = []
        if byGender.count > 1 {
            for row in byGender where row.gender != .all {
                rows.append((Strings.genderName(row.gender).capitalizedFirst, row.result))
            }
        }
        for row in byRound { rows.append((String(row.round), row.result)) }
        return rows
    }
}

extension ResultsSource {
    /// Reads only the cells the rows show: the unit's, the county's and the kommune's at
    /// each row's address, and the other schools of the kommune counted (`tally`) where a
    /// rest of the kommune is worked out.
    public func factorDetail(factor: Factor, selection: ResultsSelection) throws -> FactorDetail? {
        let tree = info.tree
        guard let unit = tree.unit(id: selection.unitID) else { return nil }
        let municipalityUnit = unit.kind == .school ? tree.municipality(of: unit) : nil
        let others = municipalityUnit.map { tree.children(of: $0).map(\.id).filter { $0 != unit.id } } ?? []
        var rows: [CellKey: FactorDetail.Row] = [:]

        func row(round: Int, trinn: Int, gender: Gender) throws -> FactorDetail.Row {
            func key(_ id: Int) -> CellKey {
                CellKey(unitID: id, round: round, trinn: trinn, gender: gender, factorNumber: factor.number)
            }
            if let known = rows[key(unit.id)] { return known }
            let own = try result(key(unit.id))
            let county = unit.kind == .county ? nil : try result(key(tree.county.id))
            let municipalityCell = try municipalityUnit.flatMap { try result(key($0.id)) }
            var rest: RestOfMunicipality?
            if municipalityUnit != nil {
                let needed = RestOfMunicipality.needsOthers(municipality: municipalityCell, school: own)
                let counted =
                    needed
                    ? try tally(
                        unitIDs: others, round: round, trinn: trinn, gender: gender, factorNumbers: [factor.number])
                    : [:]
                rest = RestOfMunicipality.compute(
                    municipality: municipalityCell, school: own, others: counted[factor.number] ?? CellTally(),
                    minimumN: info.minimumN)
            }
            let made = FactorDetail.Row(
                round: round, trinn: trinn, gender: gender,
                result: FactorResult(
                    factor: factor, unit: own, county: county, municipality: municipalityCell,
                    restOfMunicipality: rest))
            rows[key(unit.id)] = made
            return made
        }
        let trinns = try trinnWithCells(unitID: unit.id, round: selection.round, factorNumber: factor.number)
        let byTrinn = try ([0] + trinns).map { try row(round: selection.round, trinn: $0, gender: .all) }
        let group = info.instrument.group(of: factor)
        let genders: [Gender] = group?.genderSplit == true ? [.all, .boys, .girls] : [.all]
        let byGender = try genders.map { try row(round: selection.round, trinn: selection.trinn, gender: $0) }
        let byRound = try info.rounds.map { try row(round: $0, trinn: selection.trinn, gender: selection.gender) }
        return FactorDetail(factor: factor, unit: unit, byTrinn: byTrinn, byGender: byGender, byRound: byRound)
    }
}
