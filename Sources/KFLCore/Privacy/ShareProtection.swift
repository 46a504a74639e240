/// Secondary suppression for the band layer of one factor in one table: per cell,
/// whether its bands, only its share (the split unfavourable / rest), or nothing of
/// it is shown.
///
/// Band counts are counts like n: each band adds up along the same relations
/// (a total is the sum of its parts), and a cell's bands add up to its n. A cell
/// whose mean is hidden hides its shares; a cell the group rule stops
/// (`ShareDisclosure`) shows its split without its bands, or neither, but keeps its
/// mean and n. Then, as an attacker would, the relations of n, every band and the
/// unfavourable count are worked through (`BandBounds`: interval reasoning to a fixed
/// point over whole counts) with what is shown: n beside a shown mean, c of a cell
/// showing its split, every band of a cell showing its bands. While any cell is
/// exposed, another cell in one of its relations shows less: a part with the fewest
/// answers first, a total only when no part can (so small cells, not big totals, pay
/// for the protection). A cell whose split an attacker narrows too far makes that
/// cell hide its split; one whose hidden bands are narrowed too far makes it show its
/// split instead of its bands where it can. A cell is exposed when an attacker can
/// show that
/// - one of its hidden bands holds 1 or 2, or all but 0, 1 or 2 of the group,
/// - its hidden unfavourable count is at most 2, or all but at most 2 of the group,
/// - a band count or the unfavourable count of a cell showing neither has exactly one
///   possible value (a band pinned at 0 by an empty band of a shown total is allowed:
///   that says no more about the cell's members than the total says about all of them).
///
/// Only shares are hidden here, never means. Should the search not settle, every
/// share of the factor in the table is hidden.
public struct ShareProtection: Sendable {
    /// How much of a cell's shares is shown.
    public enum Level: UInt8, Sendable, Comparable {
        case hidden = 0
        case split = 1
        case bands = 2

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// One cell of the table as the band layer sees it.
    public struct Cell: Sendable {
        public var n: Int
        /// Respondents per band (the factor's band count long).
        public var bands: [Int]
        public var unfavourable: Int
        /// The mean (and n) is hidden.
        public var meanHidden: Bool
        /// Never stored (unknown gender): hidden, and not itself checked.
        public var neverStored: Bool
        /// Which bands are on the unfavourable side (the same for every cell of a factor).
        public var unfavourableBands: [Bool]

        public init(bands: [Int], unfavourableBands: [Bool], meanHidden: Bool, neverStored: Bool) {
            self.n = bands.reduce(0, +)
            self.bands = bands
            self.unfavourableBands = unfavourableBands
            self.unfavourable = zip(bands, unfavourableBands).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            self.meanHidden = meanHidden
            self.neverStored = neverStored
        }
    }

    /// Per cell: how much of its shares is shown.
    public private(set) var level: [Level]
    /// Per cell: its split is hidden by the group rule (the rest of the hidden ones protect).
    public private(set) var hiddenByRule: [Bool]
    /// Cells (with a shown mean) whose split the group rule hid, whose bands (only) the group
    /// rule hid, and how many more hid their split or their bands to protect others.
    public private(set) var hiddenByGroupRule = 0
    public private(set) var splitByGroupRule = 0
    public private(set) var hiddenToProtect = 0
    public private(set) var splitToProtect = 0
    public private(set) var hidesEverything = false

    /// Per cell: whether its shares are shown at all (split or bands).
    public var shown: [Bool] { level.map { $0 != .hidden } }

    /// Rounds of hiding more before the whole factor's shares are hidden.
    static let rounds = 60
    /// Rounds of settling the cells around new hides before the whole table is looked at again.
    static let localRounds = 200

    /// - Parameters:
    ///   - areas: stages of smaller areas settled before the whole table, in order (e.g.
    ///     each kommune, then each region): per stage, each cell's area, or −1 for a cell in
    ///     none. An area is settled with the relations inside it, as if it were the table; the
    ///     whole table is settled last, so what is shown is protected against every relation
    ///     whatever the areas — they only make the search cheaper, an area's tail of single
    ///     hides costing the area's size instead of the table's.
    public init(cells: [Cell], relations: [SuppressionPlan.Relation], areas: [[Int]] = []) {
        level = cells.map { $0.meanHidden || $0.neverStored ? .hidden : .bands }
        hiddenByRule = Array(repeating: false, count: cells.count)
        for (i, cell) in cells.enumerated() where level[i] == .bands {
            if !ShareDisclosure.allowsSplit(unfavourable: cell.unfavourable, n: cell.n) {
                level[i] = .hidden
                hiddenByRule[i] = true
                hiddenByGroupRule += 1
            } else if !ShareDisclosure.allows(bands: cell.bands, unfavourable: cell.unfavourable, n: cell.n) {
                level[i] = .split
                splitByGroupRule += 1
            }
        }
        let ruleLevel = level
        for stage in areas {
            for (members, inside) in Self.areas(stage, relations) {
                var index = [Int: Int]()
                for (k, cell) in members.enumerated() { index[cell] = k }
                let local = inside.map {
                    SuppressionPlan.Relation(total: index[$0.total]!, parts: $0.parts.map { index[$0]! })
                }
                var areaLevel = members.map { level[$0] }
                _ = Self.settle(cells: members.map { cells[$0] }, relations: local, level: &areaLevel)
                for (k, cell) in members.enumerated() { level[cell] = areaLevel[k] }
            }
        }
        if !Self.settle(cells: cells, relations: relations, level: &level) {
            for i in level.indices { level[i] = .hidden }
            hidesEverything = true
        }
        count(against: ruleLevel)
    }

    /// The areas of one stage: each area's cells (ascending) and the relations wholly inside it.
    static func areas(
        _ area: [Int], _ relations: [SuppressionPlan.Relation]
    ) -> [(members: [Int], relations: [SuppressionPlan.Relation])] {
        var members = [Int: [Int]]()
        for (cell, a) in area.enumerated() where a >= 0 { members[a, default: []].append(cell) }
        var inside = [Int: [SuppressionPlan.Relation]]()
        for relation in relations {
            let a = area[relation.total]
            guard a >= 0, relation.parts.allSatisfy({ area[$0] == a }) else { continue }
            inside[a, default: []].append(relation)
        }
        return inside.keys.sorted().map { (members[$0]!, inside[$0]!) }
    }

    /// Shows less until no cell is exposed; false when that did not settle within the rounds.
    ///
    /// Showing less only widens what an attacker can work out, so after the first look at the
    /// whole table only the cells that now show less can be exposed, and mostly through their
    /// own relations: those are settled first, the whole table looked at again after.
    static func settle(cells: [Cell], relations: [SuppressionPlan.Relation], level: inout [Level]) -> Bool {
        var relationsOfCell = [[Int]](repeating: [], count: cells.count)
        for (index, relation) in relations.enumerated() {
            relationsOfCell[relation.total].append(index)
            for part in relation.parts { relationsOfCell[part].append(index) }
        }
        var workspace = BandBounds.Workspace(cells: cells, relations: relations)
        for _ in 0..<Self.rounds {
            var exposed = BandBounds.exposed(level: level, workspace: &workspace)
            if exposed.isEmpty { return true }
            var changed: [Int] = []
            // The last look around the changes reached every row of the table and found nothing:
            // the look at the whole table that would follow is the same system, so it is not run.
            var settledWhole = false
            for _ in 0..<Self.localRounds {
                changed = showLess(for: exposed, cells, relations, relationsOfCell, &level)
                if changed.isEmpty { break }
                let look = BandBounds.exposed(
                    level: level, around: changed, relationsOfCell: relationsOfCell, workspace: &workspace)
                exposed = look.exposed
                if exposed.isEmpty {
                    settledWhole = look.whole
                    break
                }
            }
            if changed.isEmpty { break }
            if settledWhole { return true }
        }
        return BandBounds.exposed(level: level, workspace: &workspace).isEmpty
    }

    /// Makes one cell near each exposed one show less; returns the cells changed.
    private static func showLess(
        for exposed: [BandBounds.Exposure], _ cells: [Cell], _ relations: [SuppressionPlan.Relation],
        _ relationsOfCell: [[Int]], _ level: inout [Level]
    ) -> [Int] {
        var changed: [Int] = []
        for exposure in exposed {
            guard
                let (chosen, to) = choose(
                    near: exposure.cell, splitExposed: exposure.split, relationsOfCell[exposure.cell], relations,
                    cells, level)
            else { continue }
            level[chosen] = to
            changed.append(chosen)
        }
        return changed
    }

    /// Counts the cells that show less than the group rule allowed them.
    private mutating func count(against ruleLevel: [Level]) {
        for i in level.indices where level[i] < ruleLevel[i] {
            if level[i] == .hidden { hiddenToProtect += 1 } else { splitToProtect += 1 }
        }
    }

    /// The cell to show less of next, and how much it then shows, for an exposed one: in
    /// its own relations, the part with the fewest answers that can show less, else a
    /// total; nil when every member shows nothing. An exposed split (or a cell showing its
    /// split whose bands are exposed, with no member showing bands) makes a member hide its
    /// split; exposed bands alone make a member showing bands show its split instead.
    private static func choose(
        near cell: Int, splitExposed: Bool, _ indices: [Int], _ relations: [SuppressionPlan.Relation],
        _ cells: [Cell], _ level: [Level]
    ) -> (Int, Level)? {
        func best(minimum: Level) -> Int? {
            var best: (isTotal: Int, n: Int, cell: Int)?
            for index in indices {
                let relation = relations[index]
                func consider(_ member: Int, _ isTotal: Int) {
                    guard member != cell, level[member] >= minimum else { return }
                    let key = (isTotal, cells[member].n, member)
                    if best == nil || key < best! { best = key }
                }
                for part in relation.parts { consider(part, 0) }
                consider(relation.total, 1)
            }
            return best?.cell
        }
        if !splitExposed, let member = best(minimum: .bands) { return (member, .split) }
        return best(minimum: .split).map { ($0, .hidden) }
    }
}
