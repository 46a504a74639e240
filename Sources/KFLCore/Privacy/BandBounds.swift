/// What an attacker can work out about hidden band counts in one table of one
/// factor (see `ShareProtection`): every count is a whole number ≥ 0; n, each
/// band and the unfavourable count add up along the relations; a cell's bands add
/// up to its n and its unfavourable bands to its unfavourable count. Known values
/// are the shown n (beside a shown mean), the unfavourable count of a cell showing
/// its split or its bands, and the bands of a cell showing them.
///
/// Bounds come from propagating the relations to a fixed point over whole counts (as
/// `IntervalBounds` does for means), row by row from a work list: a row is looked at
/// again only when one of its unknowns moved. The fixed point does not depend on the
/// order. Exact elimination (`DeterminedUnknowns`) is not run here: with many small
/// cells' shares hidden, the hidden cells form one large component per table and
/// elimination took minutes per county; the independent checker in the tests runs it
/// on the stored snapshot instead.
enum BandBounds {
    /// Row evaluations allowed, in rows' worth of full sweeps, before bounds are taken as settled.
    static let sweeps = 60
    /// How many relations away from a change the cheap look around it reaches.
    static let depth = 3

    /// An exposed cell: `split` when its (hidden) unfavourable count is narrowed too far, else
    /// only its hidden bands are.
    struct Exposure {
        let cell: Int
        let split: Bool
    }

    /// The stored cells not showing their bands that an attacker can narrow too far (see
    /// `ShareProtection`), from every relation of the table.
    static func exposed(
        cells: [ShareProtection.Cell], level: [ShareProtection.Level], relations: [SuppressionPlan.Relation],
        workspace: inout Workspace
    ) -> [Exposure] {
        exposed(
            cells: cells, level: level, relations: relations, members: Array(cells.indices), workspace: &workspace)
    }

    /// What the looks at one table's cells share, reused from look to look so that the many
    /// small looks around a change allocate nothing in proportion to the table: each cell's
    /// counts in one flat array (n, the bands, the unfavourable count: `quantities` per cell);
    /// marks stamped with a generation (a cell or relation is marked when its stamp is the
    /// current one); and each cell's place among the members of the look (−1 outside it).
    struct Workspace {
        /// n, the bands and the unfavourable count of cell i from `values[i * quantities]`.
        fileprivate let values: [Int]
        fileprivate let quantities: Int
        fileprivate var generation: UInt32 = 0
        fileprivate var cellMark: [UInt32]
        fileprivate var relationMark: [UInt32]
        fileprivate var place: [Int32]

        init(cells: [ShareProtection.Cell], relations: Int) {
            quantities = (cells.first?.bands.count ?? 0) + 2
            var values: [Int] = []
            values.reserveCapacity(cells.count * quantities)
            for cell in cells {
                values.append(cell.n)
                values.append(contentsOf: cell.bands)
                values.append(cell.unfavourable)
            }
            self.values = values
            cellMark = [UInt32](repeating: 0, count: cells.count)
            relationMark = [UInt32](repeating: 0, count: relations)
            place = [Int32](repeating: -1, count: cells.count)
        }

        /// Starts a new look: nothing is marked.
        fileprivate mutating func nextGeneration() {
            if generation == .max {
                for i in cellMark.indices { cellMark[i] = 0 }
                for i in relationMark.indices { relationMark[i] = 0 }
                generation = 0
            }
            generation += 1
        }
    }

    /// The cells exposed by the relations around `changed` cells alone: those relations and
    /// their members' own rows. An attacker has more rows, so this finds a subset of
    /// `exposed(cells:level:relations:)` — cheaply, where a change made one (most are).
    static func exposed(
        cells: [ShareProtection.Cell], level: [ShareProtection.Level], relations: [SuppressionPlan.Relation],
        around changed: [Int], relationsOfCell: [[Int]], workspace: inout Workspace
    ) -> [Exposure] {
        // Relations reached from the changed cells through members with unknowns, up to
        // `depth` relations away (what an attacker learns travels through unknowns only).
        workspace.nextGeneration()
        let stamp = workspace.generation
        var nearby: [Int] = []
        var members: [Int] = []
        var frontier: [Int] = []
        for cell in changed where workspace.cellMark[cell] != stamp {
            workspace.cellMark[cell] = stamp
            members.append(cell)
            frontier.append(cell)
        }
        for _ in 0..<depth {
            var next: [Int] = []
            for cell in frontier {
                for index in relationsOfCell[cell] where workspace.relationMark[index] != stamp {
                    workspace.relationMark[index] = stamp
                    nearby.append(index)
                    let relation = relations[index]
                    func reach(_ member: Int) {
                        guard workspace.cellMark[member] != stamp else { return }
                        workspace.cellMark[member] = stamp
                        members.append(member)
                        if level[member] < .bands || cells[member].meanHidden { next.append(member) }
                    }
                    reach(relation.total)
                    for part in relation.parts { reach(part) }
                }
            }
            frontier = next
        }
        nearby.sort()
        members.sort()
        return exposed(
            cells: cells, level: level, relations: nearby.map { relations[$0] }, members: members,
            workspace: &workspace)
    }

    /// The exposed cells among `members` (ascending, holding every member of `relations`), from
    /// `relations` and the members' own rows. The workspace's places are left as they came.
    private static func exposed(
        cells: [ShareProtection.Cell], level: [ShareProtection.Level], relations: [SuppressionPlan.Relation],
        members: [Int], workspace: inout Workspace
    ) -> [Exposure] {
        guard let first = cells.first else { return [] }
        defer { for cell in members { workspace.place[cell] = -1 } }
        let bandCount = first.bands.count
        let unfavourable = first.unfavourableBands
        let quantities = workspace.quantities
        let u = quantities - 1
        let values = workspace.values
        // Each member's place, and a variable index per (member, quantity), −1 when known.
        for (k, cell) in members.enumerated() { workspace.place[cell] = Int32(k) }
        var variable = [Int32](repeating: -1, count: members.count * quantities)
        var atLeast: [Double] = []
        for (k, i) in members.enumerated() {
            let cell = cells[i]
            if cell.meanHidden || cell.neverStored {
                variable[k * quantities] = Int32(atLeast.count)
                atLeast.append(cell.neverStored ? 0 : 1)
            }
            if level[i] < .bands {
                for q in 1...bandCount {
                    variable[k * quantities + q] = Int32(atLeast.count)
                    atLeast.append(0)
                }
            }
            if level[i] < .split {
                variable[k * quantities + u] = Int32(atLeast.count)
                atLeast.append(0)
            }
        }
        guard !atLeast.isEmpty else { return [] }
        func unknown(_ cell: Int, _ q: Int) -> Int32 { variable[Int(workspace.place[cell]) * quantities + q] }
        func value(_ cell: Int, _ q: Int) -> Int { values[cell * quantities + q] }
        var system = System()
        // Each member's first variable and first value, found once per relation, not per quantity.
        var memberVariable: [Int] = []
        var memberValue: [Int] = []
        for relation in relations {
            memberVariable.removeAll(keepingCapacity: true)
            memberValue.removeAll(keepingCapacity: true)
            memberVariable.append(Int(workspace.place[relation.total]) * quantities)
            memberValue.append(relation.total * quantities)
            for part in relation.parts {
                memberVariable.append(Int(workspace.place[part]) * quantities)
                memberValue.append(part * quantities)
            }
            for q in 0..<quantities {
                system.add(variable[memberVariable[0] + q], 1, values[memberValue[0] + q])
                for m in 1..<memberVariable.count {
                    system.add(variable[memberVariable[m] + q], -1, values[memberValue[m] + q])
                }
                system.endRow()
            }
        }
        for i in members where unknown(i, 0) >= 0 || level[i] < .bands {
            // n = Σ bands; c = Σ unfavourable bands.
            system.add(unknown(i, 0), 1, value(i, 0))
            for q in 1...bandCount { system.add(unknown(i, q), -1, value(i, q)) }
            system.endRow()
            system.add(unknown(i, u), 1, value(i, u))
            for q in 1...bandCount where unfavourable[q - 1] {
                system.add(unknown(i, q), -1, value(i, q))
            }
            system.endRow()
        }
        let (low, high) = system.bounds(atLeast: atLeast)
        var exposed: [Exposure] = []
        for i in members where level[i] < .bands && !cells[i].neverStored {
            func range(_ q: Int) -> (low: Double, high: Double) {
                let v = Int(unknown(i, q))
                guard v >= 0 else { return (Double(value(i, q)), Double(value(i, q))) }
                return (low[v], high[v])
            }
            let n = range(0)
            if level[i] == .hidden {
                let c = range(u)
                if c.low == c.high || (c.high <= 2 && n.high > 2) || (c.low >= 1 && n.high - c.low <= 2) {
                    exposed.append(Exposure(cell: i, split: true))
                    continue
                }
            }
            for q in 1...bandCount {
                let b = range(q)
                // A cell showing its split may have a band worked out to a value it could show.
                let pinned = level[i] == .hidden && b.low == b.high && value(i, q) > 0
                if pinned || (b.low >= 1 && b.high <= 2) || (b.low >= 1 && n.high - b.low <= 2) {
                    exposed.append(Exposure(cell: i, split: false))
                    break
                }
            }
        }
        return exposed
    }

    /// Rows Σ sign · x = constant over whole, non-negative unknowns, in flat arrays.
    struct System {
        var rowStart: [Int] = [0]
        var constant: [Double] = []
        var termVariable: [Int32] = []
        var termSign: [Double] = []
        private var pending = 0.0

        /// Adds `sign` times a member to the row being built: an unknown, or a known `value`.
        mutating func add(_ variable: Int32, _ sign: Double, _ value: Int) {
            if variable >= 0 {
                termVariable.append(variable)
                termSign.append(sign)
            } else {
                pending -= sign * Double(value)
            }
        }

        /// Closes the row being built (dropped when it has no unknown).
        mutating func endRow() {
            if termVariable.count > rowStart[rowStart.count - 1] {
                rowStart.append(termVariable.count)
                constant.append(pending)
            }
            pending = 0
        }

        /// Bounds of every unknown at the fixed point, from a work list of rows; `atLeast` (each
        /// unknown's lower bound to start from) holds whole numbers.
        func bounds(atLeast: [Double]) -> (low: [Double], high: [Double]) {
            var low = atLeast
            var high = [Double](repeating: .infinity, count: atLeast.count)
            let rowCount = constant.count
            guard rowCount > 0 else { return (low, high) }
            // Rows of each variable (CSR).
            var start = [Int](repeating: 0, count: atLeast.count + 1)
            for v in termVariable { start[Int(v) + 1] += 1 }
            for v in 0..<atLeast.count { start[v + 1] += start[v] }
            var fill = start
            var rowsOf = [Int32](repeating: 0, count: termVariable.count)
            for row in 0..<rowCount {
                for t in rowStart[row]..<rowStart[row + 1] {
                    let v = Int(termVariable[t])
                    rowsOf[fill[v]] = Int32(row)
                    fill[v] += 1
                }
            }
            low.withUnsafeMutableBufferPointer { low in
                high.withUnsafeMutableBufferPointer { high in
                    propagate(low: low, high: high, start: start, rowsOf: rowsOf)
                }
            }
            return (low, high)
        }

        /// The work-list propagation of `bounds(atLeast:)`, with the rows of each variable.
        private func propagate(
            low: UnsafeMutableBufferPointer<Double>, high: UnsafeMutableBufferPointer<Double>, start: [Int],
            rowsOf: [Int32]
        ) {
            let rowCount = constant.count
            // The work list, first in first out: a row is in it at most once, so a ring of one
            // place per row holds it.
            let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: rowCount)
            let queued = UnsafeMutableBufferPointer<Bool>.allocate(capacity: rowCount)
            defer {
                queue.deallocate()
                queued.deallocate()
            }
            for row in 0..<rowCount {
                queue[row] = Int32(row)
                queued[row] = true
            }
            var head = 0, waiting = rowCount
            var budget = Self.budget(rows: rowCount)
            while waiting > 0 && budget > 0 {
                let row = Int(queue[head])
                head = head + 1 == rowCount ? 0 : head + 1
                waiting -= 1
                budget -= 1
                queued[row] = false
                let first = rowStart[row]
                RowImplication.each(
                    count: rowStart[row + 1] - first, sign: { termSign[first + $0] },
                    low: { low[Int(termVariable[first + $0])] }, high: { high[Int(termVariable[first + $0])] },
                    constant: constant[row],
                    imply: { j, implied, impliedHigh in
                        let v = Int(termVariable[first + j])
                        // Counts are whole, and so is every bound (or infinite): a bound rounded
                        // inwards moves exactly when the unrounded one passes it, so most rows
                        // move nothing and round nothing.
                        let l = implied - 1e-9, h = impliedHigh + 1e-9
                        guard l > low[v] || h < high[v] else { return }
                        if l > low[v] { low[v] = l.rounded(.up) }
                        if h < high[v] { high[v] = h.rounded(.down) }
                        for k in start[v]..<start[v + 1] where !queued[Int(rowsOf[k])] {
                            queued[Int(rowsOf[k])] = true
                            let tail = head + waiting
                            queue[tail >= rowCount ? tail - rowCount : tail] = rowsOf[k]
                            waiting += 1
                        }
                    })
            }
        }

        static func budget(rows: Int) -> Int { BandBounds.sweeps * max(rows, 1) }
    }
}
