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
    /// Reads only the cells the rows show: the unit's, and its references at each row's address
    /// (`referenceResults`: the county's and the kommune's, pooled over the school's trinn at all
    /// trinn, and the other schools of the kommune counted where a rest of the kommune is worked out).
    public func factorDetail(factor: Factor, selection: ResultsSelection) throws -> FactorDetail? {
        guard let unit = info.tree.unit(id: selection.unitID) else { return nil }
        let group = info.instrument.group(of: factor)
        var rows: [CellKey: FactorDetail.Row] = [:]

        func row(round: Int, trinn: Int, gender: Gender) throws -> FactorDetail.Row {
            let key = CellKey(unitID: unit.id, round: round, trinn: trinn, gender: gender, factorNumber: factor.number)
            if let known = rows[key] { return known }
            let own = try result(key)
            let references = try referenceResults(
                of: unit, group: group, round: round, trinn: trinn, gender: gender,
                own: own.map { [factor.number: $0] } ?? [:], factorNumbers: [factor.number])
            let made = FactorDetail.Row(
                round: round, trinn: trinn, gender: gender, result: references.result(factor, unit: own))
            rows[key] = made
            return made
        }
        let trinns = try trinnWithCells(unitID: unit.id, round: selection.round, factorNumber: factor.number)
        let byTrinn = try ([0] + trinns).map { try row(round: selection.round, trinn: $0, gender: .all) }
        let genders: [Gender] = group?.genderSplit == true ? [.all, .boys, .girls] : [.all]
        let byGender = try genders.map { try row(round: selection.round, trinn: selection.trinn, gender: $0) }
        let byRound = try info.rounds.map { try row(round: $0, trinn: selection.trinn, gender: selection.gender) }
        return FactorDetail(factor: factor, unit: unit, byTrinn: byTrinn, byGender: byGender, byRound: byRound)
    }
}
