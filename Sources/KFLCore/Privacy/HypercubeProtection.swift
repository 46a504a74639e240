/// Secondary suppression with protection intervals, by the hypercube method
/// (see `Hypercube` for the method and its sources), for one factor.
///
/// Every hidden cell with fewer than `minimumN` answers gets hypercubes of
/// hidden cells along which other, possible data move its mean over at least
/// the rule's share of the scale and its n by at least one answer, while every
/// published number stays as it is (`ProtectionWitness`, `StarWitness`,
/// `ProtectionCover`). Such a cell can then neither be worked out nor narrowed
/// by anyone who sees only the published cells: the witnesses are data they
/// cannot tell from the truth.
///
/// Cubes already chosen for other cells are used first. Then candidates are
/// ranked by what they would newly hide (a cell's answers, weighted up for
/// totals and higher levels); nearer partners come first (sibling schools, then
/// schools in a neighbouring kommune, then beyond). Cubes that hide nothing new
/// are taken whenever they help, a cube that hides more only when it completes
/// the protection; then, one at a time, the cube that helps most for what it
/// hides; last, cubes reaching up to the county.
///
/// Hiding more never spoils a witness, so cells are settled one at a time and
/// stay settled. The order is fixed by the table, never by hashing: the same
/// table always gives the same cells.
struct HypercubeProtection {
    let table: SuppressionTable
    let rule: ProtectionRule
    private(set) var hidden: [Bool]
    /// Set when some cell could not be protected: then the whole factor is hidden (never seen in the demo data).
    private(set) var hidesEverything = false
    private var cubes: [ProtectionCover.Cube] = []
    private var cubesOfCell: [[Int]]
    let weight: [Double]

    /// Candidates on the other geographic side kept for the full ranking.
    static let schoolsOnOtherSide = 10
    /// For a total, cubes through different schools add up: try more of them.
    static let schoolsUnderATotal = 12
    /// Candidates tried per cell before cubes are added one at a time.
    static let attemptsPerPass = 150
    /// Candidates compared when cubes are added one at a time.
    static let candidatesCompared = 8

    /// - Parameters:
    ///   - hidden: cells hidden before this step (too few answers, never stored).
    ///   - free: hidden cells that cost nothing to use (never stored).
    /// Cubes chosen here, as shapes: the next factor of the same table tries them first.
    private(set) var chosen: [Hypercube] = []
    private var hintsOfCell: [[Int]]
    private let hints: [Hypercube]
    /// Schools at or below each unit, in index order.
    let schoolsUnder: [[Int]]
    /// Whether each cell is a bottom cell (`SuppressionTable.isBottom`).
    let bottom: [Bool]

    ///   - hints: cubes chosen for another factor of the table, tried first (patterns then
    ///     agree across factors where that costs nothing extra, and the search is shorter).
    init(table: SuppressionTable, rule: ProtectionRule, hidden: [Bool], free: [Bool], hints: [Hypercube] = []) {
        self.table = table
        self.rule = rule
        self.hidden = hidden
        self.hints = hints
        schoolsUnder = Self.schoolsUnderEachUnit(of: table)
        bottom = table.cube.slots.map(table.isBottom)
        cubesOfCell = Array(repeating: [], count: table.cellCount)
        hintsOfCell = Array(repeating: [], count: table.cellCount)
        for (index, hint) in hints.enumerated() {
            for member in hint.cells(in: table) ?? [] { hintsOfCell[member.index].append(index) }
        }
        weight = table.cube.slots.indices.map { i in
            if free[i] { return 0 }
            let slot = table.cube.slots[i]
            let level: Double
            switch table.tree.units[slot.unit].kind {
            case .school: level = 1
            case .municipality: level = 10
            case .region: level = 50
            case .county: level = 1000
            }
            let trinnTotal: Double = table.trinnLevel && slot.trinn == 0 ? 3 : 1
            let genderTotal: Double = table.genderSplit && slot.gender == 0 ? 3 : 1
            return Double(table.moments[i].n + 3) * level * trinnTotal * genderTotal
        }
    }

    /// Protects every cell with fewer than `minimumN` answers, in table order.
    mutating func protectAll() {
        let order = (0..<table.cellCount).sorted {
            (-table.depth[table.cube.slots[$0].unit], $0) < (-table.depth[table.cube.slots[$1].unit], $1)
        }
        for cell in order where (1..<rule.minimumN).contains(table.moments[cell].n) {
            protect(cell)
            if hidesEverything { return }
        }
    }

    /// Protects one cell (hidden or not: it is hidden with its cubes).
    mutating func protect(_ cell: Int) {
        var cover = ProtectionCover(table: table, rule: rule, cell: cell)
        for cube in cubesOfCell[cell] {
            _ = cover.add(cubes[cube])
            if cover.isComplete { return }
        }
        // First the other factor's cubes, then the candidates, each cheapest first: cubes
        // that hide nothing new whenever they help, others only when they complete the
        // protection alone. Then, one at a time, the cube that helps most for what it
        // hides; last, cubes reaching up to the county, which every comparison uses.
        var attempts = 0
        let hinted = hintsOfCell[cell].compactMap { index -> Candidate? in
            guard let cost = hints[index].cost(in: table, hidden: hidden, weight: weight), cost.cost == 0 else {
                return nil
            }
            return Candidate(cube: hints[index], cost: 0, fewest: cost.fewest, order: index)
        }
        if settle(cell, from: hinted, cover: &cover, attempts: &attempts) { return }
        for tier in tiers(of: cell) where tier >= 0 {
            if settle(cell, from: candidates(for: cell, tier: tier), cover: &cover, attempts: &attempts) { return }
        }
        for farthest in [false, true] {
            while !cover.isComplete, let (cube, better) = mostHelpful(for: cell, cover: cover, county: farthest) {
                cover = better
                apply(cube)
            }
        }
        if !cover.isComplete { hidesEverything = true }
    }

    /// Tries candidates in order; returns whether the cover is complete.
    private mutating func settle<Candidates: Sequence<Candidate>>(
        _ cell: Int, from candidates: Candidates, cover: inout ProtectionCover, attempts: inout Int
    ) -> Bool {
        for candidate in candidates {
            if attempts >= Self.attemptsPerPass { break }
            attempts += 1
            guard let cube = cube(candidate.cube), let sign = cube.cells.first(where: { $0.index == cell })?.sign
            else { continue }
            if candidate.cost > 0 {
                guard cover.mightComplete(with: cube.reach.witness, sign: sign) else { continue }
                var trial = cover
                guard trial.add(cube, quick: true), trial.isComplete else { continue }
                cover = trial
            } else if !cover.add(cube) {
                continue
            }
            apply(cube)
            if cover.isComplete { return true }
        }
        return false
    }

    /// The cube of a shape as the cover sees it, or nil when one of its cells has no answers
    /// or a bottom corner none to move.
    private func cube(_ shape: Hypercube) -> ProtectionCover.Cube? {
        guard let cells = shape.cells(in: table) else { return nil }
        return makeCube(shape, cells: cells, corners: Hypercube.bottomCorners(of: cells, in: table))
    }

    private func makeCube(
        _ shape: Hypercube, cells: [Hypercube.Signed], corners: [Hypercube.Signed]
    ) -> ProtectionCover.Cube? {
        var witnessCorners: [ProtectionWitness.Corner] = []
        for corner in corners {
            let moments = table.moments[corner.index]
            if moments.n == 0 { return nil }
            witnessCorners.append(ProtectionWitness.Corner(moments, sign: corner.sign))
        }
        return ProtectionCover.Cube(
            shape: shape, cells: cells, corners: corners,
            reach: CubeReach(ProtectionWitness(scale: table.scale, corners: witnessCorners)))
    }

    /// Among the cheapest candidates that fit and help, the one that helps most per cost.
    private func mostHelpful(
        for cell: Int, cover: ProtectionCover, county: Bool
    ) -> (cube: ProtectionCover.Cube, cover: ProtectionCover)? {
        var best: (cube: ProtectionCover.Cube, cover: ProtectionCover, value: Double)?
        var tried = 0
        let before = cover.progress
        for tier in tiers(of: cell) where (tier < 0) == county {
            if tried >= Self.candidatesCompared { break }
            for candidate in candidates(for: cell, tier: tier) {
                if tried >= Self.candidatesCompared { break }
                guard let cube = cube(candidate.cube) else { continue }
                var trial = cover
                guard trial.add(cube) else { continue }
                tried += 1
                let value = (trial.progress - before) / (1 + candidate.cost)
                if best == nil || value > best!.value { best = (cube, trial, value) }
            }
        }
        return best.map { ($0.cube, $0.cover) }
    }

    private mutating func apply(_ cube: ProtectionCover.Cube) {
        let index = cubes.count
        cubes.append(cube)
        chosen.append(cube.shape)
        for member in cube.cells {
            hidden[member.index] = true
            cubesOfCell[member.index].append(index)
        }
    }

}
