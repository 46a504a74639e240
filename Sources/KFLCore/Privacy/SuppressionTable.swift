/// Everything suppression needs to know about one factor in one table (one
/// survey round, one respondent group): the cells with answers to it, their
/// relations, and each cell's n, Σx and Σx².
///
/// Each factor is protected on its own: its cells carry their own n, and the
/// relations between them hold factor by factor. A factor most answers put at
/// one end of the scale needs more hidden than one with spread answers, and
/// the other factors do not pay for it.
public struct SuppressionTable: Sendable {
    public let tree: UnitTree
    public let cube: CellCube
    public let trinnLevel: Bool
    public let genderSplit: Bool
    /// n, Σx and Σx² per cell (index into `cube.slots`).
    public let moments: [CellMoments]
    /// Respondents per cell, whether or not they answered this factor. Cells of unknown gender
    /// are in the table whenever they have respondents: working out that none of them answered
    /// would say something about a small group too.
    public let respondents: [Int]
    public let scale: AnswerScale
    /// Dense lookup: `slotAt[(unit * 11 + trinn) * 4 + gender]`, −1 when the cell has no answers.
    private let slotAt: [Int32]
    /// Each unit's parent index (−1 for the county) and its depth (county 0).
    let parent: [Int]
    let depth: [Int]

    public var cellCount: Int { cube.slots.count }

    public init(
        tree: UnitTree, cube: CellCube, trinnLevel: Bool, genderSplit: Bool, moments: [CellMoments], respondents: [Int],
        scale: AnswerScale
    ) {
        precondition(moments.count == cube.slots.count && respondents.count == cube.slots.count, "one moment per cell")
        self.respondents = respondents
        self.tree = tree
        self.cube = cube
        self.trinnLevel = trinnLevel
        self.genderSplit = genderSplit
        self.moments = moments
        self.scale = scale
        var slotAt = [Int32](repeating: -1, count: tree.units.count * 44)
        for (i, slot) in cube.slots.enumerated() { slotAt[(slot.unit * 11 + slot.trinn) * 4 + slot.gender] = Int32(i) }
        self.slotAt = slotAt
        var parent = [Int](repeating: -1, count: tree.units.count)
        var depth = [Int](repeating: 0, count: tree.units.count)
        for (i, unit) in tree.units.enumerated() {
            if let p = unit.parentID { parent[i] = p - 1 }
        }
        for i in tree.units.indices {
            var d = 0, u = parent[i]
            while u >= 0 {
                d += 1
                u = parent[u]
            }
            depth[i] = d
        }
        self.parent = parent
        self.depth = depth
    }

    /// The cell at (unit, trinn, gender), or nil when nobody there answered.
    public func cell(unit: Int, trinn: Int, gender: Int) -> Int? {
        let i = slotAt[(unit * 11 + trinn) * 4 + gender]
        return i >= 0 ? Int(i) : nil
    }

    /// Whether a coordinate is a leaf of its dimension: a school, a single trinn, a single gender
    /// (for groups without that split, the only coordinate 0 is the leaf).
    func isBottom(_ slot: CellCube.Slot) -> Bool {
        tree.units[slot.unit].kind == .school && (trinnLevel ? slot.trinn != 0 : slot.trinn == 0)
            && (genderSplit ? slot.gender != 0 : slot.gender == 0)
    }

    /// Schools at or below a unit, in index order.
    func schools(under unit: Int) -> [Int] {
        if tree.units[unit].kind == .school { return [unit] }
        return tree.children[unit].flatMap { schools(under: $0) }
    }

    /// The ancestor of `unit` that is `levels` steps up (0 = itself), or nil above the county.
    func ancestor(of unit: Int, levels: Int) -> Int? {
        var u = unit
        for _ in 0..<levels {
            u = parent[u]
            if u < 0 { return nil }
        }
        return u
    }
}
