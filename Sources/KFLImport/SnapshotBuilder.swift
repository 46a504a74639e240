import KFLCore
import KFLStore

/// Turns the respondent table into stored cells: rolls fine cells up to every
/// level (school, kommune, region, county; all trinn; all genders), decides
/// suppression per survey round and respondent group, and writes every cell.
struct SnapshotBuilder {
    struct Counts {
        var cells = 0
        var published = 0
        var tooFew = 0
        var protecting = 0
    }

    let instrument: Instrument
    let tree: UnitTree
    let minimumN: Int
    /// Unit index (id − 1) of each school, by the table's school index.
    let schoolUnit: [Int]

    /// Every (round, group) table, in a fixed order.
    func build(from table: RespondentTable, writer: SnapshotWriter) throws -> Counts {
        var keyOfIndex = [RespondentTable.FineKey?](repeating: nil, count: table.cells.count)
        for (key, index) in table.cellIndex { keyOfIndex[index] = key }
        // Fine cells in the order the input created them, not the dictionary's
        // (which changes from run to run): the roll-up then adds in the same
        // order every time and the stored means are the same to the last bit.
        var byTable: [TableID: [Int]] = [:]
        for (index, key) in keyOfIndex.enumerated() {
            byTable[TableID(round: key!.round, group: key!.group), default: []].append(index)
        }

        var counts = Counts()
        for id in byTable.keys.sorted(by: { ($0.round, $0.group) < ($1.round, $1.group) }) {
            let group = instrument.groups[id.group]
            let fine = byTable[id]!.map { (keyOfIndex[$0]!, table.cells[$0]) }
            try buildTable(round: id.round, group: group, fine: fine, writer: writer, counts: &counts)
        }
        return counts
    }

    struct TableID: Hashable {
        let round: Int
        let group: Int
    }

    struct Aggregate {
        var respondents = 0
        var factors: [Summary]
    }

    private func buildTable(
        round: Int, group: RespondentGroup, fine: [(RespondentTable.FineKey, RespondentTable.FineCell)],
        writer: SnapshotWriter, counts: inout Counts
    ) throws {
        let factorCount = group.factors.count
        var aggregates: [CellCube.Slot: Aggregate] = [:]
        func add(_ slot: CellCube.Slot, _ cell: RespondentTable.FineCell) {
            aggregates[slot, default: Aggregate(factors: Array(repeating: Summary(), count: factorCount))].respondents += cell.respondents
            for i in 0..<factorCount { aggregates[slot]!.factors[i].combine(cell.factors[i]) }
        }
        for (key, cell) in fine {
            var unit: Int? = schoolUnit[key.school]
            let trinns = key.trinn == 0 ? [0] : [key.trinn, 0]
            let genders = key.gender == 0 ? [0] : [key.gender, 0]
            while let u = unit {
                for t in trinns {
                    for g in genders { add(CellCube.Slot(unit: u, trinn: t, gender: g), cell) }
                }
                unit = tree.units[u].parentID.map { $0 - 1 }
            }
        }
        let cube = CellCube(tree: tree, occupied: Set(aggregates.keys), trinnLevel: group.level == .trinn, genderSplit: group.genderSplit)
        var cellCounts: [Int] = []
        var forceHidden = Set<Int>()
        var notStored = Set<Int>()
        for (i, slot) in cube.slots.enumerated() {
            let aggregate = aggregates[slot]!
            cellCounts.append(aggregate.respondents)
            // A factor many respondents skipped can be small where the group is not.
            if aggregate.factors.contains(where: { $0.n > 0 && $0.n < minimumN }) { forceHidden.insert(i) }
            if slot.gender == CellCube.unknownGender { notStored.insert(i) }
        }
        // Factors nobody answered in this round (e.g. a column missing from the files) get no cells.
        let surveyed = group.factors.indices.map { position in fine.contains { $0.1.factors[position].n > 0 } }
        let plan = SuppressionPlan(counts: cellCounts, minimumN: minimumN, forceHidden: forceHidden, notStored: notStored, relations: cube.relations)
        for (i, slot) in cube.slots.enumerated() where slot.gender != CellCube.unknownGender {
            let aggregate = aggregates[slot]!
            let state = plan.states[i]
            for (position, factor) in group.factors.enumerated() where surveyed[position] {
                // Published but nobody in this cell answered the factor: nothing to store.
                if state == .published && aggregate.factors[position].n == 0 { continue }
                let key = CellKey(unitID: slot.unit + 1, round: round, trinn: slot.trinn, gender: Gender(rawValue: slot.gender) ?? .all, factorNumber: factor.number)
                let result: CellResult
                switch state {
                case .published: result = .value(aggregate.factors[position].cellValue)
                case .tooFew, .neverPublished, .notStored: result = .suppressed(.tooFewRespondents)
                case .protectsAnother: result = .suppressed(.protectsAnotherCell)
                }
                try writer.write(key, result)
            }
            let stored = surveyed.filter { $0 }.count
            counts.cells += stored
            switch state {
            case .published: counts.published += stored
            case .tooFew, .neverPublished, .notStored: counts.tooFew += stored
            case .protectsAnother: counts.protecting += stored
            }
        }
    }
}
