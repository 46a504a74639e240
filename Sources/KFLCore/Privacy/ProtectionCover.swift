/// The witnesses gathered for one protected cell and what they prove: how wide
/// its mean stays and whether its n can change.
///
/// A single cube proves what its own moves give the cell (`CubeReach`). Cubes
/// through the same bottom corner under the cell (the hub; for a bottom cell
/// the cell itself) form a star (`StarWitness`) whose moves add up, and stars
/// at different hubs touch different answers and add up too. Cubes that would
/// share a corner other than their hub are not combined.
///
/// Everything is kept in arrays in the order it was added, so sums come out the
/// same to the last bit every time.
struct ProtectionCover {
    /// A cube as the cover sees it: its cells and bottom corners with their signs, and its reach.
    struct Cube {
        let shape: Hypercube
        let cells: [Hypercube.Signed]
        let corners: [Hypercube.Signed]
        let reach: CubeReach
    }

    private struct Star {
        let hub: Int
        var spokes: [ProtectionWitness]
        /// The Σx width the star proves.
        var width: Double
    }

    let table: SuppressionTable
    let cell: Int
    /// The mean width the rule asks for, in scale units.
    let wanted: Double
    private var used: [Int] = []
    private var stars: [Star] = []
    private var bestSingle = 0.0
    private(set) var countChanges = false

    init(table: SuppressionTable, rule: ProtectionRule, cell: Int) {
        self.table = table
        self.cell = cell
        wanted = rule.share * table.scale.width
    }

    /// The mean width proven so far.
    var width: Double {
        max(stars.reduce(0) { $0 + $1.width } / Double(table.moments[cell].n), bestSingle)
    }

    var isComplete: Bool { countChanges && width >= wanted * (1 - 1e-9) }

    /// How far along the protection is: the share of the width proven (at most 1), plus 1 when n can change.
    var progress: Double { min(1, width / max(wanted, 1e-12)) + (countChanges ? 1 : 0) }

    /// Adds a cube through the cell when it fits the cubes already here and proves more;
    /// returns whether it did. `quick` only looks for what would complete the cover.
    mutating func add(_ cube: Cube, quick: Bool = false) -> Bool {
        guard !isComplete, let sign = cube.cells.first(where: { $0.index == cell })?.sign,
            let hub = cube.corners.first(where: { covers($0.index) })
        else { return false }
        var rest: [Hypercube.Signed] = []
        rest.reserveCapacity(cube.corners.count)
        for corner in cube.corners where corner.index != hub.index { rest.append(corner) }
        let starIndex = stars.firstIndex { $0.hub == hub.index }
        guard rest.allSatisfy({ !used.contains($0.index) }), starIndex != nil || !used.contains(hub.index) else {
            return false
        }
        let moments = table.moments[cell]
        let before = width
        let single = cube.reach.meanWidth(
            of: moments, sign: sign, wanted: wanted, quick: quick, needCount: !countChanges)
        let others = stars.reduce(0) { $0 + ($1.hub == hub.index ? 0 : $1.width) }
        var starWidth = starIndex.map { stars[$0].width } ?? 0
        var spoke: ProtectionWitness?
        if single.width < wanted * (1 - 1e-9) {
            // Oriented so that the hub (and with it the protected cell) gains.
            spoke = witness(rest.map { Hypercube.Signed(index: $0.index, sign: $0.sign * hub.sign) })
            if let spoke {
                var spokes = starIndex.map { stars[$0].spokes } ?? []
                spokes.append(spoke)
                let reach = StarWitness(scale: table.scale, hub: table.moments[hub.index], spokes: spokes)
                    .sumReach(needed: max(wanted * Double(moments.n) - others, 0))
                starWidth = max(starWidth, reach.down + reach.up)
            }
        }
        let after = max((others + starWidth) / Double(moments.n), bestSingle, single.width)
        let completes = after >= wanted * (1 - 1e-9) && before < wanted * (1 - 1e-9)
        guard after > before + 0.01 * wanted || completes || (single.countChanges && !countChanges) else {
            return false
        }
        if let starIndex {
            if let spoke { stars[starIndex].spokes.append(spoke) }
            stars[starIndex].width = starWidth
        } else {
            stars.append(Star(hub: hub.index, spokes: spoke.map { [$0] } ?? [], width: starWidth))
        }
        bestSingle = max(bestSingle, single.width)
        countChanges = countChanges || single.countChanges
        if starIndex == nil { used.append(hub.index) }
        used += rest.map(\.index)
        return true
    }

    /// Whether adding the cube could complete the protection, judged by the scale's
    /// bounds alone (cheap; Σx² can only narrow what these allow).
    func mightComplete(with witness: ProtectionWitness, sign: Int) -> Bool {
        let moments = table.moments[cell]
        var low = Double.infinity, high = -Double.infinity
        for shift in -ProtectionWitness.largestCountShift...ProtectionWitness.largestCountShift {
            let n = moments.n + sign * shift
            guard n >= 1, let steps = witness.sumStepLimits(countShift: shift) else { continue }
            let a = (moments.sum + Double(sign) * steps.lowerBound) / Double(n)
            let b = (moments.sum + Double(sign) * steps.upperBound) / Double(n)
            low = min(low, a, b)
            high = max(high, a, b)
        }
        return width + max(high - low, 0) >= wanted * (1 - 1e-9)
    }

    /// Whether a bottom cell lies inside the protected cell (its school under the
    /// cell's unit, its trinn and gender within the cell's).
    private func covers(_ corner: Int) -> Bool {
        let inner = table.cube.slots[corner], outer = table.cube.slots[cell]
        guard outer.trinn == 0 || inner.trinn == outer.trinn, outer.gender == 0 || inner.gender == outer.gender else {
            return false
        }
        var unit = inner.unit
        while unit != outer.unit {
            unit = table.parent[unit]
            if unit < 0 { return false }
        }
        return true
    }

    /// Other data along the corners; nil if a corner has no answers (it cannot move).
    func witness(_ corners: [Hypercube.Signed]) -> ProtectionWitness? {
        var out: [ProtectionWitness.Corner] = []
        out.reserveCapacity(corners.count)
        for corner in corners {
            let moments = table.moments[corner.index]
            if moments.n == 0 { return nil }
            out.append(ProtectionWitness.Corner(moments, sign: corner.sign))
        }
        return ProtectionWitness(scale: table.scale, corners: out)
    }
}
