extension HypercubeProtection {
    // MARK: - Candidates

    /// Levels at which the two geographic sides meet, nearest first; −1 is a single side up to the county.
    func tiers(of cell: Int) -> [Int] {
        let unit = table.cube.slots[cell].unit
        let above = table.depth[unit]
        return Array(0..<above) + [-1]
    }

    struct Candidate {
        let cube: Hypercube
        let cost: Double
        let fewest: Int
        let order: Int
    }

    /// Every hypercube of a tier around the cell, cheapest first; among equals, the roomiest.
    ///
    /// A cube is a geographic side pair times a trinn option times a gender option, and its
    /// cost is the sum over its units of what that unit's cells in those options cost. The
    /// weights are whole numbers, so these sums are exact in any order: each side's share
    /// is added up once, and the cubes are put in order and built only as far as they are
    /// tried (`CandidateList`).
    func candidates(for cell: Int, tier: Int) -> CandidateList {
        let slot = table.cube.slots[cell]
        let trinnOptions = Hypercube.axisOptions(own: slot.trinn, leaves: Array(1...10), split: table.trinnLevel)
        let genderOptions = Hypercube.axisOptions(own: slot.gender, leaves: [1, 2, 3], split: table.genderSplit)
        let sides = geographicSides(of: slot, tier: tier)
        let options = trinnOptions.count * genderOptions.count
        // Each distinct side's share per option; a side pair only adds two of them up.
        let plus = sideShares(sides.plus, trinnOptions: trinnOptions, genderOptions: genderOptions)
        let minus = sideShares(sides.minus, trinnOptions: trinnOptions, genderOptions: genderOptions)
        var ranked: [CandidateList.Entry] = []
        ranked.reserveCapacity(max(sides.plus.count, 1) * max(sides.minus.count, 1) * options)
        // The same order as side pairs × trinn options × gender options, one after the other.
        var order = 0
        for p in sides.plus.indices {
            for m in (sides.minus.isEmpty ? -1..<0 : sides.minus.indices) {
                for option in 0..<options {
                    defer { order += 1 }
                    let a = plus[p * options + option]
                    guard a.present else { continue }
                    var cost = a.cost, fewest = a.fewest
                    if m >= 0 {
                        let b = minus[m * options + option]
                        guard b.present else { continue }
                        cost += b.cost
                        fewest = min(fewest, b.fewest)
                    }
                    ranked.append(
                        CandidateList.Entry(
                            cost: cost, fewest: fewest, order: order, plus: Int32(p), minus: Int32(m),
                            option: Int32(option)))
                }
            }
        }
        return CandidateList(
            entries: ranked, plus: sides.plus, minus: sides.minus, trinnOptions: trinnOptions,
            genderOptions: genderOptions)
    }

    /// What one side's cells cost to hide per (trinn option, gender option), and the fewest
    /// answers at a bottom corner; not present when a cell has no answers.
    private func sideShares(
        _ sides: [[Int]], trinnOptions: [[Hypercube.Signed]], genderOptions: [[Hypercube.Signed]]
    ) -> [(present: Bool, cost: Double, fewest: Int)] {
        var out: [(present: Bool, cost: Double, fewest: Int)] = []
        out.reserveCapacity(sides.count * trinnOptions.count * genderOptions.count)
        for side in sides {
            for trinns in trinnOptions {
                for genders in genderOptions {
                    out.append(share(of: side, trinns: trinns, genders: genders))
                }
            }
        }
        return out
    }

    private func share(
        of side: [Int], trinns: [Hypercube.Signed], genders: [Hypercube.Signed]
    ) -> (present: Bool, cost: Double, fewest: Int) {
        var cost = 0.0, fewest = Int.max
        for unit in side {
            for t in trinns {
                for g in genders {
                    guard let cell = table.cell(unit: unit, trinn: t.index, gender: g.index) else {
                        return (false, 0, 0)
                    }
                    if !hidden[cell] { cost += weight[cell] }
                    if bottom[cell] { fewest = min(fewest, table.moments[cell].n) }
                }
            }
        }
        return (true, cost, fewest)
    }

    /// The two geographic sides: a school under the cell's unit with its units up to
    /// (not including) the meeting level, and a school under another unit there.
    /// No minus sides when the one side reaches up to the county (tier −1).
    func geographicSides(of slot: CellCube.Slot, tier: Int) -> (plus: [[Int]], minus: [[Int]]) {
        let unit = slot.unit
        let top: Int, meeting: Int?
        if tier < 0 {
            top = table.ancestor(of: unit, levels: table.depth[unit])!
            meeting = nil
        } else {
            guard let t = table.ancestor(of: unit, levels: tier), table.parent[t] >= 0 else { return ([], []) }
            top = t
            meeting = table.parent[t]
        }
        let isSchool = table.tree.units[unit].kind == .school
        let plusSides = cheapest(
            schoolsUnder[unit].map { chain(from: $0, upTo: top) }, slot: slot,
            keep: isSchool ? 1 : Self.schoolsUnderATotal)
        guard let meeting else { return (plusSides, []) }
        var others: [[Int]] = []
        for sibling in table.tree.children[meeting] where sibling != top {
            others += schoolsUnder[sibling].map { chain(from: $0, upTo: sibling) }
        }
        let minusSides = cheapest(others, slot: slot, keep: Self.schoolsOnOtherSide)
        // A plus side without any minus side is no cube.
        return minusSides.isEmpty ? ([], []) : (plusSides, minusSides)
    }

    /// Units from a school up to `top`, inclusive.
    func chain(from school: Int, upTo top: Int) -> [Int] {
        var units = [school]
        var u = school
        while u != top {
            u = table.parent[u]
            units.append(u)
        }
        return units
    }

    /// The sides whose cells at the protected cell's trinn and gender cost least to hide.
    func cheapest(_ sides: [[Int]], slot: CellCube.Slot, keep: Int) -> [[Int]] {
        var ranked: [(cost: Double, order: Int, side: [Int])] = []
        for (order, side) in sides.enumerated() {
            var cost = 0.0
            var present = true
            for unit in side {
                guard let cell = table.cell(unit: unit, trinn: slot.trinn, gender: slot.gender) else {
                    present = false
                    break
                }
                if !hidden[cell] { cost += weight[cell] }
            }
            if present { ranked.append((cost, order, side)) }
        }
        ranked.sort { ($0.cost, $0.order) < ($1.cost, $1.order) }
        return ranked.prefix(keep).map(\.side)
    }

    /// Schools at or below each unit, in index order (`SuppressionTable.schools(under:)` for every unit at once).
    static func schoolsUnderEachUnit(of table: SuppressionTable) -> [[Int]] {
        table.tree.units.indices.map { table.schools(under: $0) }
    }
}

/// The candidates of one tier, cheapest first (among equals the roomiest, then in the
/// order they were listed). Few are tried before one settles the cell, so they are put in
/// order as they are read (a heap), and each is built into a `Candidate` only then.
struct CandidateList: Sequence {
    struct Entry {
        let cost: Double
        let fewest: Int
        let order: Int
        let plus: Int32
        /// −1 when the cube has a single geographic side.
        let minus: Int32
        /// trinn option × gender options + gender option.
        let option: Int32

        /// Whether this entry comes before `other` (a strict order: `order` is unique).
        func precedes(_ other: Entry) -> Bool {
            (cost, -fewest, order) < (other.cost, -other.fewest, other.order)
        }
    }

    let entries: [Entry]
    let plus: [[Int]]
    let minus: [[Int]]
    let trinnOptions: [[Hypercube.Signed]]
    let genderOptions: [[Hypercube.Signed]]

    func makeIterator() -> Iterator { Iterator(list: self) }

    struct Iterator: IteratorProtocol {
        let list: CandidateList
        /// A binary min-heap of the entries not read yet.
        private var heap: [Entry]

        init(list: CandidateList) {
            self.list = list
            heap = list.entries
            for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        }

        mutating func next() -> HypercubeProtection.Candidate? {
            guard let first = heap.first else { return nil }
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                siftDown(0)
            }
            return list.candidate(first)
        }

        private mutating func siftDown(_ start: Int) {
            var i = start
            while true {
                let left = 2 * i + 1, right = left + 1
                var smallest = i
                if left < heap.count && heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count && heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == i { return }
                heap.swapAt(i, smallest)
                i = smallest
            }
        }
    }

    func candidate(_ entry: Entry) -> HypercubeProtection.Candidate {
        let plusSide = plus[Int(entry.plus)], minusSide = entry.minus >= 0 ? minus[Int(entry.minus)] : []
        var units: [Hypercube.Signed] = []
        units.reserveCapacity(plusSide.count + minusSide.count)
        for unit in plusSide { units.append(Hypercube.Signed(index: unit, sign: 1)) }
        for unit in minusSide { units.append(Hypercube.Signed(index: unit, sign: -1)) }
        let option = Int(entry.option)
        let cube = Hypercube(
            units: units, trinns: trinnOptions[option / genderOptions.count],
            genders: genderOptions[option % genderOptions.count])
        return HypercubeProtection.Candidate(cube: cube, cost: entry.cost, fewest: entry.fewest, order: entry.order)
    }
}
