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
    public func factorDetail(factor: Factor, selection: ResultsSelection) throws -> FactorDetail? {
        let tree = info.tree
        guard let unit = tree.unit(id: selection.unitID) else { return nil }
        let own = try results(unitID: unit.id, factorNumber: factor.number)
        let county = unit.kind == .county ? [:] : try results(unitID: tree.county.id, factorNumber: factor.number)
        let municipalityUnit = unit.kind == .school ? tree.municipality(of: unit) : nil
        let municipality = try municipalityUnit.map { try results(unitID: $0.id, factorNumber: factor.number) } ?? [:]
        let siblings =
            try municipalityUnit.map { m in
                try tree.children(of: m).filter { $0.id != unit.id }
                    .map { ($0.id, try results(unitID: $0.id, factorNumber: factor.number)) }
            } ?? []

        func row(round: Int, trinn: Int, gender: Gender) -> FactorDetail.Row {
            func key(_ id: Int) -> CellKey {
                CellKey(unitID: id, round: round, trinn: trinn, gender: gender, factorNumber: factor.number)
            }
            let municipalityCell = municipalityUnit.flatMap { municipality[key($0.id)] }
            let rest = municipalityUnit.flatMap { _ in
                RestOfMunicipality.compute(
                    municipality: municipalityCell, school: own[key(unit.id)],
                    siblings: siblings.map { $0.1[key($0.0)] }, minimumN: info.minimumN)
            }
            return FactorDetail.Row(
                round: round, trinn: trinn, gender: gender,
                result: FactorResult(
                    factor: factor, unit: own[key(unit.id)], county: county[key(tree.county.id)],
                    municipality: municipalityCell, restOfMunicipality: rest))
        }
        let trinns = Set(own.keys.filter { $0.round == selection.round && $0.trinn != 0 }.map(\.trinn)).sorted()
        let byTrinn = ([0] + trinns).map { row(round: selection.round, trinn: $0, gender: .all) }
        let group = info.instrument.group(of: factor)
        let genders: [Gender] = group?.genderSplit == true ? [.all, .boys, .girls] : [.all]
        let byGender = genders.map { row(round: selection.round, trinn: selection.trinn, gender: $0) }
        let byRound = info.rounds.map { row(round: $0, trinn: selection.trinn, gender: selection.gender) }
        return FactorDetail(factor: factor, unit: unit, byTrinn: byTrinn, byGender: byGender, byRound: byRound)
    }
}
