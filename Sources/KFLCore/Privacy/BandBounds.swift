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
/// on the stored snapshot instead. For the same reason, solved systems are not kept for
/// reuse: on the county demo 98 % of the looks are one connected system, and only 2,5 %
/// of the rows were in a system (or a component of one) solved before.
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
    static func exposed(level: [ShareProtection.Level], workspace: inout Workspace) -> [Exposure] {
        workspace.members.removeAll(keepingCapacity: true)
        workspace.members.append(contentsOf: 0..<workspace.cellCount)
        workspace.nearby.removeAll(keepingCapacity: true)
        workspace.nearby.append(contentsOf: 0..<workspace.relationCount)
        return exposedAmongMembers(level: level, workspace: &workspace)
    }

    /// The cells exposed by the relations around `changed` cells alone: those relations and
    /// their members' own rows. An attacker has more rows, so this finds a subset of
    /// `exposed(level:workspace:)` — cheaply, where a change made one (most are). `whole` when
    /// the look reached every row the whole table has: then it found exactly what a look at the
    /// whole table would (the same rows in the same order).
    static func exposed(
        level: [ShareProtection.Level], around changed: [Int], relationsOfCell: [[Int]], workspace: inout Workspace
    ) -> (exposed: [Exposure], whole: Bool) {
        // Relations reached from the changed cells through members with unknowns, up to
        // `depth` relations away (what an attacker learns travels through unknowns only).
        workspace.nextGeneration()
        let stamp = workspace.generation
        workspace.nearby.removeAll(keepingCapacity: true)
        workspace.members.removeAll(keepingCapacity: true)
        var frontier: [Int] = []
        for cell in changed where workspace.cellMark[cell] != stamp {
            workspace.cellMark[cell] = stamp
            workspace.members.append(cell)
            frontier.append(cell)
        }
        for _ in 0..<depth {
            var next: [Int] = []
            for cell in frontier {
                for index in relationsOfCell[cell] where workspace.relationMark[index] != stamp {
                    workspace.relationMark[index] = stamp
                    workspace.nearby.append(index)
                    for k in Int(workspace.relationStart[index])..<Int(workspace.relationStart[index + 1]) {
                        let member = Int(workspace.relationMember[k])
                        guard workspace.cellMark[member] != stamp else { continue }
                        workspace.cellMark[member] = stamp
                        workspace.members.append(member)
                        if level[member] < .bands || workspace.meanHidden[member] { next.append(member) }
                    }
                }
            }
            frontier = next
        }
        workspace.nearby.sort()
        workspace.members.sort()
        let whole = workspace.reachedEveryRow(level: level)
        return (exposedAmongMembers(level: level, workspace: &workspace), whole)
    }

    /// The exposed cells among the workspace's `members` (ascending, holding every member of
    /// its `nearby` relations), from those relations and the members' own rows.
    private static func exposedAmongMembers(
        level: [ShareProtection.Level], workspace w: inout Workspace
    ) -> [Exposure] {
        let bandCount = w.bandCount
        let quantities = bandCount + 2
        let u = quantities - 1
        // A variable index per (member, quantity), −1 when known; reset before returning.
        w.atLeast.removeAll(keepingCapacity: true)
        for i in w.members {
            if w.countHidden[i] {
                w.variable[i * quantities] = Int32(w.atLeast.count)
                w.atLeast.append(w.neverStored[i] ? 0 : 1)
            }
            if level[i] < .bands {
                for q in 1...bandCount {
                    w.variable[i * quantities + q] = Int32(w.atLeast.count)
                    w.atLeast.append(0)
                }
            }
            if level[i] < .split {
                w.variable[i * quantities + u] = Int32(w.atLeast.count)
                w.atLeast.append(0)
            }
        }
        guard !w.atLeast.isEmpty else { return [] }
        defer {
            for i in w.members {
                for q in 0..<quantities { w.variable[i * quantities + q] = -1 }
            }
        }
        w.system.removeAll()
        for index in w.nearby {
            let first = Int(w.relationStart[index]), end = Int(w.relationStart[index + 1])
            // A relation of cells that show everything gives rows without unknowns: none.
            guard w.hasUnknowns(relation: index, level: level) else { continue }
            for q in 0..<quantities {
                let total = Int(w.relationMember[first]) * quantities + q
                w.system.add(w.variable[total], positive: true, w.values[total])
                for k in first + 1..<end {
                    let part = Int(w.relationMember[k]) * quantities + q
                    w.system.add(w.variable[part], positive: false, w.values[part])
                }
                w.system.endRow()
            }
        }
        for i in w.members where w.hasUnknowns(cell: i, level: level) {
            // n = Σ bands; c = Σ unfavourable bands.
            let at = i * quantities
            w.system.add(w.variable[at], positive: true, w.values[at])
            for q in 1...bandCount { w.system.add(w.variable[at + q], positive: false, w.values[at + q]) }
            w.system.endRow()
            w.system.add(w.variable[at + u], positive: true, w.values[at + u])
            for q in 1...bandCount where w.unfavourable[q - 1] {
                w.system.add(w.variable[at + q], positive: false, w.values[at + q])
            }
            w.system.endRow()
        }
        w.system.solve(atLeast: w.atLeast)
        var exposed: [Exposure] = []
        for i in w.members where level[i] < .bands && !w.neverStored[i] {
            func range(_ q: Int) -> (low: Int, high: Int) {
                let v = Int(w.variable[i * quantities + q])
                guard v >= 0 else { return (w.values[i * quantities + q], w.values[i * quantities + q]) }
                return (w.system.low(v), w.system.high(v))
            }
            // An open upper end is `System.unbounded`: larger than any count, and never equal
            // to a (finite) lower end.
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
                let pinned = level[i] == .hidden && b.low == b.high && w.values[i * quantities + q] > 0
                if pinned || (b.low >= 1 && b.high <= 2) || (b.low >= 1 && n.high - b.low <= 2) {
                    exposed.append(Exposure(cell: i, split: false))
                    break
                }
            }
        }
        return exposed
    }
}
