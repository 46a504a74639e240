/// A cell's place in one table: unit id, trinn (0 = all), gender (0 all,
/// 1 boys, 2 girls, 3 unknown — never stored).
struct Slot: Hashable, Comparable, CustomStringConvertible {
    let unit: Int
    let trinn: Int
    let gender: Int

    static func < (a: Slot, b: Slot) -> Bool { (a.unit, a.trinn, a.gender) < (b.unit, b.trinn, b.gender) }
    var description: String { "(enhet \(unit), trinn \(trinn), kjønn \(gender))" }
}

/// An attacker's view of one table, written for the tests and independent of
/// `SuppressionPlan`, `CellCube` and `DeterminedUnknowns`.
///
/// Every slot of the full grid (each unit × trinn 0–10 × gender 0–3) is either
/// known (published, or absent and so zero) or unknown (suppressed, or holding
/// respondents of unknown gender). The grid obeys additive relations, which
/// hold alike for n, for n × mean and for the sum of squares:
/// all = boys + girls + unknown; all trinn = Σ trinn; a unit = Σ its children.
/// An unknown is disclosed exactly when its unit vector lies in the row space
/// of the relations restricted to the unknowns; that is decided by exact
/// Gauss–Jordan elimination modulo the prime 1 000 000 007 (not the prime the
/// pipeline uses).
struct DisclosureChecker {
    static let prime = 1_000_000_007

    /// Unit id → parent id (nil for the county).
    let parent: [Int: Int?]
    let trinnLevel: Bool
    let genderSplit: Bool

    var trinns: [Int] { trinnLevel ? Array(0...10) : [0] }
    var genders: [Int] { genderSplit ? [0, 1, 2, 3] : [0] }

    /// Every additive relation of the grid: (total, parts).
    func relations() -> [(total: Slot, parts: [Slot])] {
        var children: [Int: [Int]] = [:]
        for (unit, p) in parent { if let p { children[p, default: []].append(unit) } }
        var out: [(Slot, [Slot])] = []
        for unit in parent.keys.sorted() {
            if genderSplit {
                for t in trinns {
                    out.append(
                        (Slot(unit: unit, trinn: t, gender: 0), (1...3).map { Slot(unit: unit, trinn: t, gender: $0) }))
                }
            }
            if trinnLevel {
                for g in genders {
                    out.append(
                        (Slot(unit: unit, trinn: 0, gender: g), (1...10).map { Slot(unit: unit, trinn: $0, gender: g) })
                    )
                }
            }
            if let kids = children[unit]?.sorted(), !kids.isEmpty {
                for t in trinns {
                    for g in genders {
                        out.append(
                            (Slot(unit: unit, trinn: t, gender: g), kids.map { Slot(unit: $0, trinn: t, gender: g) }))
                    }
                }
            }
        }
        return out
    }

    /// The unknowns whose value the known slots and the relations pin down.
    func disclosed(unknown: Set<Slot>) -> Set<Slot> {
        let columns = unknown.sorted()
        var column: [Slot: Int] = [:]
        for (i, slot) in columns.enumerated() { column[slot] = i }
        let p = Self.prime
        // Reduced rows keyed by their pivot column; each holds no other pivot column.
        var reduced: [Int: [Int: Int]] = [:]
        for relation in relations() {
            var row: [Int: Int] = [:]
            if let c = column[relation.total] { row[c] = 1 }
            for part in relation.parts { if let c = column[part] { row[c] = ((row[c] ?? 0) + p - 1) % p } }
            row = row.filter { $0.value != 0 }
            while let (c, v) = row.first(where: { reduced[$0.key] != nil }) {
                row = Self.subtract(row, reduced[c]!, times: v)
            }
            guard let pivot = row.keys.min() else { continue }
            let inverse = Self.power(row[pivot]!, p - 2)
            row = row.mapValues { $0 * inverse % p }
            for (other, otherRow) in reduced {
                if let v = otherRow[pivot] { reduced[other] = Self.subtract(otherRow, row, times: v) }
            }
            reduced[pivot] = row
        }
        return Set(reduced.filter { $0.value.count == 1 }.keys.map { columns[$0] })
    }

    /// a − factor · b (mod p).
    private static func subtract(_ a: [Int: Int], _ b: [Int: Int], times factor: Int) -> [Int: Int] {
        var out = a
        for (c, v) in b {
            let value = ((out[c] ?? 0) - v * factor % prime + prime) % prime
            out[c] = value == 0 ? nil : value
        }
        return out
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        var result = 1, b = base % prime, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * b % prime }
            b = b * b % prime
            e >>= 1
        }
        return result
    }
}
