/// A set of cells around a protected cell whose signed sum is zero in every
/// relation of the table, so that all of them hidden, no published total pins
/// any of them down.
///
/// This is the hypercube of the hypercube method for secondary suppression
/// (R. D. Repsilber, "Preservation of confidentiality in aggregated data",
/// Second International Seminar on Statistical Confidentiality, Luxembourg
/// 1994; S. Giessing and D. Repsilber, "Tools and strategies to protect
/// multiple tables with the GHQUAR cell suppression engine", in *Inference
/// Control in Statistical Databases*, LNCS 2316, Springer 2002, pp. 181–192:
/// the GHMITER method of tau-ARGUS). In each dimension the cube takes two
/// coordinates with opposite signs (two trinn, two genders, two schools) or one
/// coordinate together with the dimension's total (same sign). Geography is a hierarchy, so a school's
/// side reaches up through its kommune (and region) to just below the unit the
/// two schools share; every total that holds one corner and not its partner is
/// then in the cube too.
///
/// Why the signed sum vanishes: think of the table as sums of bottom cells (one
/// school, one trinn, one gender). The cube's bottom corners carry the product
/// of their coordinates' signs. A cell of the table is a product of sets – a
/// school or a unit's schools, a trinn or all, a gender or all – so its signed
/// sum is the product of the signed sums per dimension, and that is zero unless
/// the cell holds exactly one coordinate of the cube in every dimension: exactly
/// the cells listed here.
public struct Hypercube: Sendable {
    /// An index (of a unit, trinn, gender or cell) with the sign it carries in the cube.
    public struct Signed: Sendable, Hashable {
        let index: Int
        let sign: Int
    }

    /// Geographic side: the units with their sign (the protected side +1).
    let units: [Signed]
    let trinns: [Signed]
    let genders: [Signed]

    /// Every cell the move changes, with its sign; nil when one of them has no answers.
    func cells(in table: SuppressionTable) -> [Signed]? {
        var out: [Signed] = []
        out.reserveCapacity(units.count * trinns.count * genders.count)
        for u in units {
            for t in trinns {
                for g in genders {
                    guard let cell = table.cell(unit: u.index, trinn: t.index, gender: g.index) else { return nil }
                    out.append(Signed(index: cell, sign: u.sign * t.sign * g.sign))
                }
            }
        }
        return out
    }

    /// What hiding the cube adds, by `weight` of the cells not hidden yet, and the fewest answers at a
    /// bottom corner (more answers leave more room to move); nil when a cell has no answers.
    func cost(in table: SuppressionTable, hidden: [Bool], weight: [Double]) -> (cost: Double, fewest: Int)? {
        var total = 0.0, fewest = Int.max
        for u in units {
            for t in trinns {
                for g in genders {
                    guard let cell = table.cell(unit: u.index, trinn: t.index, gender: g.index) else { return nil }
                    if !hidden[cell] { total += weight[cell] }
                    if table.isBottom(table.cube.slots[cell]) { fewest = min(fewest, table.moments[cell].n) }
                }
            }
        }
        return (total, fewest)
    }

    /// The corners that are bottom cells: where the other data actually move answers.
    static func bottomCorners(of cells: [Signed], in table: SuppressionTable) -> [Signed] {
        // Room for every cell at once: `filter` grows its array step by step, and this runs
        // for every candidate cube.
        var corners: [Signed] = []
        corners.reserveCapacity(cells.count)
        for cell in cells where table.isBottom(table.cube.slots[cell.index]) { corners.append(cell) }
        return corners
    }

    /// Ways to choose a dimension's coordinates around `own`: paired with another
    /// leaf (opposite signs), or one leaf with the total (same sign).
    static func axisOptions(own: Int, leaves: [Int], split: Bool) -> [[Signed]] {
        guard split else { return [[Signed(index: 0, sign: 1)]] }
        if own != 0 {
            return leaves.filter { $0 != own }.map { [Signed(index: own, sign: 1), Signed(index: $0, sign: -1)] }
                + [[Signed(index: own, sign: 1), Signed(index: 0, sign: 1)]]
        }
        return leaves.map { [Signed(index: $0, sign: 1), Signed(index: 0, sign: 1)] }
    }
}
