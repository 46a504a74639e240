/// Decides which cells of one factor in one table (one survey round, one
/// respondent group) are hidden so that no value from fewer than `minimumN`
/// answers can be seen, worked out or narrowed.
///
/// The table is a set of cells linked by additive relations (a total equals the
/// sum of its parts: gender, trinn within a school, schools within a kommune,
/// kommuner within a region and the county). n, n×mean and the sums of squares
/// all follow those relations, so one pattern protects them all.
///
/// 1. Primary: cells with fewer than `minimumN` answers, and cells that are
///    never published (respondents of unknown gender).
/// 2. Secondary, protection intervals: every small cell gets hypercubes of
///    hidden cells that keep its mean spread over the rule's share of the scale
///    and its n open (`HypercubeProtection`).
/// 3. Secondary, exact (a safety net; step 2 leaves nothing for it): a relation
///    with exactly one hidden member gets a second one, and the relations
///    restricted to hidden cells are solved exactly; any hidden cell they
///    determine gets another published cell of its relations hidden.
///
/// Should some small cell find no protection at all (its answers leave no room
/// anywhere), every cell of the factor is hidden (`hidesEverything`).
public struct SuppressionPlan: Sendable {
    public enum State: UInt8, Sendable {
        case published = 0
        case tooFew = 1
        case protectsAnother = 2
        /// Never stored (unknown gender) and small: protected like a small cell.
        case neverPublished = 3
        /// Never stored but large enough that working it out reveals nothing small.
        case notStored = 4
    }

    /// A total and the parts that add up to it (indices into the cells).
    public struct Relation: Sendable, Hashable {
        public let total: Int
        public let parts: [Int]
        public init(total: Int, parts: [Int]) {
            self.total = total
            self.parts = parts
        }
    }

    public private(set) var states: [State]
    /// Set when the factor had to be hidden in every cell.
    public private(set) var hidesEverything = false
    /// The hypercubes chosen, as shapes (hints for the next factor of the table).
    public let cubes: [Hypercube]
    /// Rounds of checking with the attacker's bounds (each only hides more).
    static let checkRounds = 3
    private let counts: [Int]
    private let relations: [Relation]
    private let relationsOfCell: [[Int]]

    /// - Parameter hints: cubes chosen for another factor of the same table, tried first.
    public init(table: SuppressionTable, rule: ProtectionRule, hints: [Hypercube] = []) {
        counts = table.moments.map(\.n)
        relations = table.cube.relations
        var byCell = [[Int]](repeating: [], count: counts.count)
        for (index, relation) in relations.enumerated() {
            byCell[relation.total].append(index)
            for part in relation.parts { byCell[part].append(index) }
        }
        relationsOfCell = byCell
        states = table.cube.slots.indices.map { [counts] i in
            if table.cube.slots[i].gender == CellCube.unknownGender {
                let small = table.respondents[i] < rule.minimumN || (1..<rule.minimumN).contains(counts[i])
                return small ? .neverPublished : .notStored
            }
            return counts[i] < rule.minimumN ? .tooFew : .published
        }
        let free = table.cube.slots.map { $0.gender == CellCube.unknownGender }
        var intervals = HypercubeProtection(
            table: table, rule: rule, hidden: states.map { $0 != .published }, free: free, hints: hints)
        intervals.protectAll()
        // A hidden cell of at least min_n answers needs no witness, but an attacker who cannot
        // see that it is large must not narrow it either: check with the attacker's bounds.
        for _ in 0..<Self.checkRounds where !intervals.hidesEverything {
            let exposed = AttackerCheck.exposed(table: table, hidden: intervals.hidden, rule: rule)
            if exposed.isEmpty { break }
            for cell in exposed { intervals.protect(cell) }
        }
        cubes = intervals.chosen
        for (i, isHidden) in intervals.hidden.enumerated()
        where (isHidden || intervals.hidesEverything) && states[i] == .published {
            states[i] = .protectsAnother
        }
        hidesEverything = intervals.hidesEverything
        protect()
    }

    public func isHidden(_ cell: Int) -> Bool { states[cell] != .published }

    /// Hidden cells whose value must not be worked out.
    func needsProtection(_ cell: Int) -> Bool {
        switch states[cell] {
        case .tooFew, .protectsAnother, .neverPublished: return true
        case .published, .notStored: return false
        }
    }

    private mutating func protect() {
        var pending = Array(relations.indices)
        closeSingleHiddenRelations(&pending)
        // Components whose cells changed since they were last solved.
        var dirty = Set(counts.indices.filter(isHidden))
        while !dirty.isEmpty {
            var nextDirty = Set<Int>()
            for component in hiddenComponents() where component.contains(where: dirty.contains) {
                guard let cell = firstDeterminedCell(in: component) else { continue }
                let before = Set(counts.indices.filter(isHidden))
                guard let chosen = hideAnother(near: cell, in: component) else { continue }
                var queue = relationsOfCell[chosen]
                closeSingleHiddenRelations(&queue)
                nextDirty.formUnion(component)
                nextDirty.formUnion(counts.indices.filter { isHidden($0) && !before.contains($0) })
            }
            dirty = nextDirty
        }
    }

    /// Rule 2: until every relation has zero or at least two hidden members.
    private mutating func closeSingleHiddenRelations(_ pending: inout [Int]) {
        var queued = Set(pending)
        while let index = pending.popLast() {
            queued.remove(index)
            let relation = relations[index]
            let members = [relation.total] + relation.parts
            let hidden = members.filter(isHidden)
            guard hidden.count == 1, needsProtection(hidden[0]), let cell = choosePublished(in: [relation]) else {
                continue
            }
            states[cell] = .protectsAnother
            for other in relationsOfCell[cell] where !queued.contains(other) {
                queued.insert(other)
                pending.append(other)
            }
        }
    }

    /// The published cell to hide next: the smallest part, else the smallest total.
    private func choosePublished(in candidates: [Relation]) -> Int? {
        var best: (isTotal: Int, count: Int, cell: Int)?
        for relation in candidates {
            for (cell, isTotal) in relation.parts.map({ ($0, false) }) + [(relation.total, true)] where !isHidden(cell)
            {
                let key = (isTotal ? 1 : 0, counts[cell], cell)
                if best == nil || key < best! { best = key }
            }
        }
        return best?.cell
    }

    /// Rule 3: a protected cell that the relations, restricted to hidden cells, determine.
    private func firstDeterminedCell(in component: [Int]) -> Int? {
        var column: [Int: Int] = [:]
        for (i, cell) in component.enumerated() { column[cell] = i }
        var touched = Set<Int>()
        for cell in component { touched.formUnion(relationsOfCell[cell]) }
        var rows: [DeterminedUnknowns.Row] = []
        for index in touched.sorted() {
            let relation = relations[index]
            var row: DeterminedUnknowns.Row = []
            if let c = column[relation.total] { row.append((c, 1)) }
            for part in relation.parts { if let c = column[part] { row.append((c, DeterminedUnknowns.prime - 1)) } }
            if !row.isEmpty { rows.append(row) }
        }
        let determined = DeterminedUnknowns.find(rows: rows, columnCount: component.count)
        return determined.map { component[$0] }.filter(needsProtection).min()
    }

    /// Hides the best published neighbour of a determined cell; returns it.
    private mutating func hideAnother(near cell: Int, in component: [Int]) -> Int? {
        let direct = relationsOfCell[cell].map { relations[$0] }
        let around = Set(component.flatMap { relationsOfCell[$0] }).sorted().map { relations[$0] }
        // Nothing published touches it: then the value cannot actually be known.
        guard let chosen = choosePublished(in: direct) ?? choosePublished(in: around) else { return nil }
        states[chosen] = .protectsAnother
        return chosen
    }

    /// Hidden cells grouped by the relations that link them.
    private func hiddenComponents() -> [[Int]] {
        var parent = Array(counts.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for relation in relations {
            let hidden = ([relation.total] + relation.parts).filter(isHidden)
            guard let first = hidden.first else { continue }
            for other in hidden.dropFirst() {
                let a = find(first), b = find(other)
                if a != b { parent[a] = b }
            }
        }
        var groups: [Int: [Int]] = [:]
        for cell in counts.indices where isHidden(cell) { groups[find(cell), default: []].append(cell) }
        return groups.values.sorted { $0[0] < $1[0] }
    }
}
