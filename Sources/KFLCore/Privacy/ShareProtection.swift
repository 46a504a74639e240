/// Secondary suppression for the band layer of one factor in one table: which
/// cells' shares (band counts and unfavourable share) are hidden.
///
/// Band counts are counts like n: each band adds up along the same relations
/// (a total is the sum of its parts), and a cell's bands add up to its n. A cell
/// whose mean is hidden hides its bands; a cell the group rule stops
/// (`ShareDisclosure`) hides its shares but keeps its mean and n. Then, as an
/// attacker would, the relations of n, every band and the unfavourable count are
/// worked through (`BandBounds`: interval reasoning to a fixed point over whole
/// counts), and while any
/// hidden cell is exposed, another cell's shares in one of its relations are hidden
/// too (a part with the fewest answers first, a total last). A cell is exposed when
/// an attacker can show that
/// - one of its bands holds 1 or 2, or all but 0, 1 or 2 of the group,
/// - its unfavourable count is at most 2, or all but at most 2 of the group,
/// - a band count, n or the unfavourable count has exactly one possible value
///   (a band pinned at 0 by an empty band of a shown total is allowed: that says no
///   more about the cell's members than the total says about all of its members).
///
/// Only shares are hidden here, never means. Should the search not settle, every
/// share of the factor in the table is hidden.
public struct ShareProtection: Sendable {
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

    /// Per cell: whether its shares are shown.
    public private(set) var shown: [Bool]
    /// Per cell: its shares are hidden by the group rule (the rest of the hidden ones protect).
    public private(set) var hiddenByRule: [Bool]
    /// How many cells the group rule hid, and how many more secondary suppression hid.
    public private(set) var hiddenByGroupRule = 0
    public private(set) var hiddenToProtect = 0
    public private(set) var hidesEverything = false

    /// Rounds of hiding more before the whole factor's shares are hidden.
    static let rounds = 60

    public init(cells: [Cell], relations: [SuppressionPlan.Relation]) {
        shown = cells.map { !$0.meanHidden && !$0.neverStored }
        hiddenByRule = Array(repeating: false, count: cells.count)
        for (i, cell) in cells.enumerated() where shown[i] {
            if !ShareDisclosure.allows(bands: cell.bands, unfavourable: cell.unfavourable, n: cell.n) {
                shown[i] = false
                hiddenByRule[i] = true
                hiddenByGroupRule += 1
            }
        }
        var relationsOfCell = [[Int]](repeating: [], count: cells.count)
        for (index, relation) in relations.enumerated() {
            relationsOfCell[relation.total].append(index)
            for part in relation.parts { relationsOfCell[part].append(index) }
        }
        for _ in 0..<Self.rounds {
            let exposed = BandBounds.exposed(cells: cells, shown: shown, relations: relations)
            if exposed.isEmpty { return }
            var hidOne = false
            for cell in exposed {
                guard let chosen = Self.choose(near: cell, relationsOfCell[cell], relations, cells, shown) else {
                    continue
                }
                shown[chosen] = false
                hiddenToProtect += 1
                hidOne = true
            }
            if !hidOne { break }
        }
        guard !BandBounds.exposed(cells: cells, shown: shown, relations: relations).isEmpty else { return }
        for i in shown.indices where shown[i] {
            shown[i] = false
            hiddenToProtect += 1
        }
        hidesEverything = true
    }

    /// The cell whose shares to hide next for an exposed one: in its own relations, the shown
    /// part with the fewest answers, else the shown total; nil when every member is hidden.
    private static func choose(
        near cell: Int, _ indices: [Int], _ relations: [SuppressionPlan.Relation], _ cells: [Cell], _ shown: [Bool]
    ) -> Int? {
        var best: (isTotal: Int, n: Int, cell: Int)?
        for index in indices {
            let relation = relations[index]
            for (member, isTotal) in relation.parts.map({ ($0, 0) }) + [(relation.total, 1)]
            where shown[member] && member != cell {
                let key = (isTotal, cells[member].n, member)
                if best == nil || key < best! { best = key }
            }
        }
        return best?.cell
    }
}
