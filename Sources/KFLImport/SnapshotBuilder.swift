import KFLCore
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns the respondent table into stored cells: rolls fine cells up to every
/// level (school, kommune, region, county; all trinn; all genders), decides
/// suppression per survey round and respondent group, and writes every cell.
///
/// Tables (round × group) are independent, so they are worked out in parallel;
/// each is computed the same way whatever the thread count and written in a
/// fixed order, so the snapshot is the same to the last bit.
struct SnapshotBuilder {
    struct Counts {
        var cells = 0
        var published = 0
        var tooFew = 0
        var protecting = 0
        /// Cells with a shown mean: shares hidden by the group rule on c, or to protect another;
        /// only the split shown, by the group rule on the bands, or to protect another; bands shown.
        var sharesByGroupRule = 0
        var sharesHidden = 0
        var splitByGroupRule = 0
        var splitShown = 0
        var sharesShown = 0
    }

    let instrument: Instrument
    let tree: UnitTree
    let rule: ProtectionRule
    /// Unit index (id − 1) of each school, by the table's school index.
    let schoolUnit: [Int]

    struct TableID: Hashable {
        let round: Int
        let group: Int
    }

    /// One table rolled up: every cell with respondents and its summaries per factor.
    struct RolledTable: Sendable {
        let round: Int
        let group: Int
        let slots: [CellCube.Slot]
        let respondents: [Int]
        let summaries: [[Summary]]
        /// Respondents per share band, `ShareBands.maximumBands` per factor (see `FineCell`), slot
        /// after slot in one array: `bandsPerSlot` per slot (32 bits each: the national table's
        /// counts stay far below 2³¹, and the bands are most of a rolled table's memory).
        let bands: [Int32]
        let bandsPerSlot: Int

        /// The band counts of one factor's `count` bands in a slot.
        func bands(slot: Int, factor position: Int, count: Int) -> [Int] {
            let base = slot * bandsPerSlot + position * ShareBands.maximumBands
            return bands[base..<base + count].map { Int($0) }
        }
    }

    /// What was decided for one factor of a table, per slot: the mean's state (nil where nobody
    /// answered) and how much of the shares is shown.
    struct FactorDecision: Sendable {
        let states: [SuppressionPlan.State?]
        let sharesLevel: [ShareProtection.Level]
        let sharesByGroupRule: Int
        let splitByGroupRule: Int
    }

    /// Every (round, group) table, in a fixed order.
    /// - Parameter written: after each table is written: how many are, of how many.
    func build(
        from table: RespondentTable, writer: SnapshotWriter, written: (Int, Int) -> Void = { _, _ in }
    ) throws -> Counts {
        var keyOfIndex = [RespondentTable.FineKey?](repeating: nil, count: table.cells.count)
        for (key, index) in table.cellIndex { keyOfIndex[index] = key }
        // Fine cells in the order the input created them, not the dictionary's
        // (which changes from run to run): the roll-up then adds in the same
        // order every time and the stored means are the same to the last bit.
        var byTable: [TableID: [Int]] = [:]
        for (index, key) in keyOfIndex.enumerated() {
            byTable[TableID(round: key!.round, group: key!.group), default: []].append(index)
        }
        let ids = byTable.keys.sorted { ($0.round, $0.group) < ($1.round, $1.group) }
        let inputs = ids.map { id in (id, byTable[id]!.map { (keyOfIndex[$0]!, table.cells[$0]) }) }

        let builder = self
        // The tables with the most small cells take longest: started first, they do not leave
        // one core working alone at the end. Each table is rolled up, protected and written in
        // that fixed order as soon as it and those before it are done, so only the tables being
        // worked on or waiting for their turn are held, not all of them.
        let minimumN = rule.minimumN
        let smallCells = inputs.map { input in
            input.1.reduce(0) { total, fine in
                total + fine.1.factors.count(where: { (1..<minimumN).contains($0.n) })
            }
        }
        var counts = Counts()
        var tablesWritten = 0
        try ParallelWork.forEach(
            inputs, largestFirst: smallCells,
            { input in
                let rolled = builder.rollUp(round: input.0.round, group: input.0.group, fine: input.1)
                return (rolled, builder.protect(rolled))
            },
            consume: { table, decisions in
                try write(table, states: decisions, writer: writer, counts: &counts)
                tablesWritten += 1
                written(tablesWritten, inputs.count)
            })
        return counts
    }

    /// Rolls the fine cells of one table up to every level.
    func rollUp(
        round: Int, group groupIndex: Int, fine: [(RespondentTable.FineKey, RespondentTable.FineCell)]
    ) -> RolledTable {
        let factorCount = instrument.groups[groupIndex].factors.count
        var slotIndex: [CellCube.Slot: Int] = [:]
        var respondents: [Int] = []
        var summaries: [[Summary]] = []
        var bands: [Int32] = []
        let bandsPerSlot = fine.first?.1.bands.count ?? 0
        for (key, cell) in fine {
            var unit: Int? = schoolUnit[key.school]
            let trinns = key.trinn == 0 ? [0] : [key.trinn, 0]
            let genders = key.gender == 0 ? [0] : [key.gender, 0]
            while let u = unit {
                for t in trinns {
                    for g in genders {
                        let slot = CellCube.Slot(unit: u, trinn: t, gender: g)
                        let i: Int
                        if let existing = slotIndex[slot] {
                            i = existing
                        } else {
                            i = summaries.count
                            slotIndex[slot] = i
                            respondents.append(0)
                            summaries.append(Array(repeating: Summary(), count: factorCount))
                            bands.append(contentsOf: repeatElement(0, count: bandsPerSlot))
                        }
                        respondents[i] += cell.respondents
                        for f in 0..<factorCount { summaries[i][f].combine(cell.factors[f]) }
                        for b in cell.bands.indices { bands[i * bandsPerSlot + b] += cell.bands[b] }
                    }
                }
                unit = tree.units[u].parentID.map { $0 - 1 }
            }
        }
        let slots = slotIndex.keys.sorted { ($0.unit, $0.trinn, $0.gender) < ($1.unit, $1.trinn, $1.gender) }
        var sortedBands: [Int32] = []
        sortedBands.reserveCapacity(bands.count)
        for slot in slots {
            let i = slotIndex[slot]!
            sortedBands.append(contentsOf: bands[i * bandsPerSlot..<(i + 1) * bandsPerSlot])
        }
        return RolledTable(
            round: round, group: groupIndex, slots: slots, respondents: slots.map { respondents[slotIndex[$0]!] },
            summaries: slots.map { summaries[slotIndex[$0]!] }, bands: sortedBands, bandsPerSlot: bandsPerSlot)
    }

    /// Suppression for each factor of a table, in turn: each is protected on its own, trying
    /// the cubes of the one before first. Per factor and slot, what was decided (nil where
    /// nobody answered).
    func protect(_ table: RolledTable) -> [FactorDecision] {
        let group = instrument.groups[table.group]
        var hints: [Hypercube] = []
        // Factors answered in the same cells (most of them) share one cube of relations.
        var shape: (answered: [Int], cube: CellCube, areas: [[Int]])?
        return group.factors.indices.map { position in
            let answered = table.slots.indices.filter {
                table.summaries[$0][position].n > 0 || table.slots[$0].gender == CellCube.unknownGender
            }
            if shape?.answered != answered {
                let cube = CellCube(
                    tree: tree, occupied: Set(answered.map { table.slots[$0] }), trinnLevel: group.level == .trinn,
                    genderSplit: group.genderSplit)
                shape = (answered, cube, shareAreas(answered.map { table.slots[$0].unit }))
            }
            let (decision, cubes) = protect(
                table, factor: position, answered: answered, cube: shape!.cube, areas: shape!.areas, hints: hints)
            hints = cubes
            return decision
        }
    }

    /// - Parameters:
    ///   - answered: the slots where somebody answered the factor (and those of unknown gender).
    ///   - cube: the relations between those slots.
    ///   - areas: the answered slots' areas for the share protection (`shareAreas`).
    func protect(
        _ table: RolledTable, factor position: Int, answered: [Int], cube: CellCube, areas: [[Int]],
        hints: [Hypercube]
    ) -> (FactorDecision, [Hypercube]) {
        let group = instrument.groups[table.group]
        // The cube's cells are the answered slots in the same (sorted) order.
        let suppression = SuppressionTable(
            tree: tree, cube: cube, trinnLevel: group.level == .trinn, genderSplit: group.genderSplit,
            moments: answered.map { CellMoments(table.summaries[$0][position]) },
            respondents: answered.map { table.respondents[$0] },
            scale: AnswerScale(group.factors[position].scale))
        let plan = SuppressionPlan(table: suppression, rule: rule, hints: hints)
        var states = [SuppressionPlan.State?](repeating: nil, count: table.slots.count)
        for (cell, slot) in answered.enumerated() { states[slot] = plan.states[cell] }
        var sharesLevel = [ShareProtection.Level](repeating: .hidden, count: table.slots.count)
        var byGroupRule = 0, splitByRule = 0
        if let shares = group.factors[position].shares {
            let direction = group.factors[position].direction
            let unfavourable = (0..<shares.bandCount).map { shares.isUnfavourable(band: $0, direction: direction) }
            let protection = ShareProtection(
                cells: answered.enumerated().map { cell, slot in
                    ShareProtection.Cell(
                        bands: table.bands(slot: slot, factor: position, count: shares.bandCount),
                        unfavourableBands: unfavourable, meanHidden: plan.isHidden(cell),
                        neverStored: table.slots[slot].gender == CellCube.unknownGender)
                }, relations: cube.relations, areas: areas)
            for (cell, slot) in answered.enumerated() {
                sharesLevel[slot] = protection.level[cell]
            }
            byGroupRule = protection.hiddenByGroupRule
            splitByRule = protection.splitByGroupRule
        }
        return (
            FactorDecision(
                states: states, sharesLevel: sharesLevel,
                sharesByGroupRule: byGroupRule, splitByGroupRule: splitByRule), plan.cubes
        )
    }

    /// The areas the share protection settles before the whole table (`ShareProtection`): each
    /// kommune, then each unit a level further up, down to the children of the top unit. Per
    /// stage, the area of each cell (by its unit index), −1 above the stage's level.
    func shareAreas(_ units: [Int]) -> [[Int]] {
        // Each unit's line of ancestors from the top unit, ending with itself.
        func path(_ u: Int) -> [Int] {
            var line = [u]
            while let parent = tree.units[line[0]].parentID { line.insert(parent - 1, at: 0) }
            return line
        }
        var paths = [Int: [Int]]()
        for u in Set(units) { paths[u] = path(u) }
        let deepest = units.map { paths[$0]!.count - 1 }.max() ?? 0
        return stride(from: deepest - 1, through: 1, by: -1).map { depth in
            units.map { paths[$0]!.count > depth ? paths[$0]![depth] : -1 }
        }
    }

    private func write(
        _ table: RolledTable, states decisions: [FactorDecision], writer: SnapshotWriter, counts: inout Counts
    ) throws {
        let group = instrument.groups[table.group]
        counts.sharesByGroupRule += decisions.reduce(0) { $0 + $1.sharesByGroupRule }
        counts.splitByGroupRule += decisions.reduce(0) { $0 + $1.splitByGroupRule }
        for (i, slot) in table.slots.enumerated() where slot.gender != CellCube.unknownGender {
            for (position, factor) in group.factors.enumerated() {
                // Nobody in this cell answered the factor: nothing to store.
                guard let state = decisions[position].states[i] else { continue }
                let key = CellKey(
                    unitID: slot.unit + 1, round: table.round, trinn: slot.trinn,
                    gender: Gender(rawValue: slot.gender) ?? .all,
                    factorNumber: factor.number)
                var value = table.summaries[i][position].cellValue
                if state == .published, let shares = factor.shares {
                    let bands = table.bands(slot: i, factor: position, count: shares.bandCount)
                    switch decisions[position].sharesLevel[i] {
                    case .bands:
                        value = value.with(shares: .shown(bands))
                        counts.sharesShown += 1
                    case .split:
                        let unfavourable = shares.unfavourable(bands, direction: factor.direction)
                        value = value.with(shares: .split(unfavourable: unfavourable))
                        counts.splitShown += 1
                    case .hidden:
                        // One reason is stored: which rule hid a share would narrow it (see README).
                        value = value.with(shares: .hidden(.wholeGroup))
                        counts.sharesHidden += 1
                    }
                }
                try writer.write(key, state == .published ? .value(value) : .suppressed(.hidden))
                counts.cells += 1
                switch state {
                case .published: counts.published += 1
                case .tooFew, .neverPublished, .notStored: counts.tooFew += 1
                case .protectsAnother: counts.protecting += 1
                }
            }
        }
    }
}
