#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An attacker's best effort against one factor in one round, from the cells
/// alone (`AuditTable`):
///
/// - exact: the relations restricted to the unknown cells are solved exactly
///   (`DeterminedUnknowns`); an unknown cell they pin down can be worked out;
/// - bounds: n, the excess over the scale's floor (Σx − lo·n) and the room to
///   its ceiling (hi·n − Σx) are all additive and never negative, so every
///   relation bounds each unknown member by the others, round after round until
///   nothing moves; a relation whose total is published also bounds each unknown
///   part's mean by the spread of what is left (Σx² − (Σx)²/n: the parts' means
///   cannot differ from the rest's more than that spread allows).
///
/// The bounds are sound but not always the tightest an attacker could reach;
/// the import's witnesses (`ProtectionWitness`) are what proves protection.
struct AuditAttack {
    let table: AuditTable
    let unknowns: [AuditTable.Key]
    private(set) var bounds: [IntervalBounds.Bounds] = []
    private(set) var determined = Set<Int>()

    init(table: AuditTable, minimumN: Int) {
        self.table = table
        var keys = Set<AuditTable.Key>()
        for relation in table.relations {
            for key in [relation.total] + relation.parts where table.isUnknown(key) { keys.insert(key) }
        }
        for key in table.hidden.keys { keys.insert(key) }
        unknowns = keys.sorted()
        var index: [AuditTable.Key: Int] = [:]
        for (i, key) in unknowns.enumerated() { index[key] = i }
        let rows = Self.restrict(table, index: index)
        determined = Self.solve(rows, count: unknowns.count)
        bounds = IntervalBounds.compute(
            rows: rows, count: unknowns.count, scale: table.scale,
            atLeast: unknowns.map { table.saidLarge.contains($0) ? minimumN : 0 })
    }

    private static func restrict(_ table: AuditTable, index: [AuditTable.Key: Int]) -> [IntervalBounds.Row] {
        table.relations.compactMap { relation in
            IntervalBounds.row(
                total: relation.total, parts: relation.parts, scale: table.scale,
                unknown: { index[$0] }, value: table.value)
        }
    }

    /// Unknowns the relations pin down, component by component, exactly (in GF(p)).
    private static func solve(_ rows: [IntervalBounds.Row], count: Int) -> Set<Int> {
        var parent = Array(0..<count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for row in rows {
            for member in row.members.dropFirst() {
                let a = find(row.members[0].index), b = find(member.index)
                if a != b { parent[a] = b }
            }
        }
        var rowsOf: [Int: [Int]] = [:], columnsOf: [Int: [Int]] = [:]
        for (r, row) in rows.enumerated() { rowsOf[find(row.members[0].index), default: []].append(r) }
        for i in 0..<count { columnsOf[find(i), default: []].append(i) }
        var determined = Set<Int>()
        for (root, columns) in columnsOf.sorted(by: { $0.key < $1.key }) {
            var local: [Int: Int] = [:]
            for (c, i) in columns.enumerated() { local[i] = c }
            let component = (rowsOf[root] ?? []).map { r in
                rows[r].members.map {
                    (column: local[$0.index]!, value: $0.sign > 0 ? 1 : DeterminedUnknowns.prime - 1)
                }
                .sorted { $0.column < $1.column }
            }
            for c in DeterminedUnknowns.find(rows: component, columnCount: columns.count) {
                determined.insert(columns[c])
            }
        }
        return determined
    }

}
