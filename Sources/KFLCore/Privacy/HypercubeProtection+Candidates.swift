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

    /// Every hypercube of a tier around the cell, cheapest first.
    func candidates(for cell: Int, tier: Int) -> [Candidate] {
        let slot = table.cube.slots[cell]
        let trinnOptions = Hypercube.axisOptions(own: slot.trinn, leaves: Array(1...10), split: table.trinnLevel)
        let genderOptions = Hypercube.axisOptions(own: slot.gender, leaves: [1, 2, 3], split: table.genderSplit)
        var out: [Candidate] = []
        for sides in geographicSides(of: slot, tier: tier) {
            let units =
                sides.plus.map { Hypercube.Signed(index: $0, sign: 1) }
                + sides.minus.map { Hypercube.Signed(index: $0, sign: -1) }
            for trinns in trinnOptions {
                for genders in genderOptions {
                    let cube = Hypercube(units: units, trinns: trinns, genders: genders)
                    guard let (cost, fewest) = cube.cost(in: table, hidden: hidden, weight: weight) else { continue }
                    out.append(Candidate(cube: cube, cost: cost, fewest: fewest, order: out.count))
                }
            }
        }
        // Cheapest first; among equals, the roomiest.
        return out.sorted { ($0.cost, -$0.fewest, $0.order) < ($1.cost, -$1.fewest, $1.order) }
    }

    /// The two geographic sides: a school under the cell's unit with its units up to
    /// (not including) the meeting level, and a school under another unit there.
    func geographicSides(of slot: CellCube.Slot, tier: Int) -> [(plus: [Int], minus: [Int])] {
        let unit = slot.unit
        let top: Int, meeting: Int?
        if tier < 0 {
            top = table.ancestor(of: unit, levels: table.depth[unit])!
            meeting = nil
        } else {
            guard let t = table.ancestor(of: unit, levels: tier), table.parent[t] >= 0 else { return [] }
            top = t
            meeting = table.parent[t]
        }
        let isSchool = table.tree.units[unit].kind == .school
        let plusSides = cheapest(
            table.schools(under: unit).map { chain(from: $0, upTo: top) }, slot: slot,
            keep: isSchool ? 1 : Self.schoolsUnderATotal)
        guard let meeting else { return plusSides.map { ($0, []) } }
        var others: [[Int]] = []
        for sibling in table.tree.children[meeting] where sibling != top {
            others += table.schools(under: sibling).map { chain(from: $0, upTo: sibling) }
        }
        let minusSides = cheapest(others, slot: slot, keep: Self.schoolsOnOtherSide)
        return plusSides.flatMap { plus in minusSides.map { (plus, $0) } }
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

}
