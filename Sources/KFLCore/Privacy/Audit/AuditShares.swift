/// The share part of the privacy audit for one table (`AuditTable`): what an attacker
/// holding the files learns about band counts and unfavourable counts, measured
/// against the group rule (`ShareDisclosure`) and the aim of `ShareProtection`.
///
/// Known are the n of a published cell, the unfavourable count of a cell showing its
/// split or its bands, the bands of a cell showing them, and 0 for a cell nobody
/// answered; n, every band and the unfavourable count add up along the relations, and
/// a cell's bands add up to its n and its unfavourable bands to its unfavourable count.
/// Bounds come from the same work-list propagation over whole counts as at import
/// (`BandBounds.System`). Found are: a shown share or band that breaks the group rule; a
/// hidden unfavourable count worked out exactly, or a hidden band above 0 of a cell
/// showing no share; a hidden unfavourable count or band narrowed to 1 or 2, or to all
/// but at most 2, of the group.
enum AuditShares {
    static func findings(_ table: AuditTable, unfavourable: [Bool]) -> [(AuditTable.Key, PrivacyAudit.Problem)] {
        var keys = Set(table.known.keys).union(table.hidden.keys).union(table.zero)
        for relation in table.relations {
            keys.insert(relation.total)
            keys.formUnion(relation.parts)
        }
        let ordered = keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        let bandCount = unfavourable.count
        let quantities = bandCount + 2
        let u = quantities - 1
        var found: [(AuditTable.Key, PrivacyAudit.Problem)] = []
        // Known values per (key, quantity), nil when unknown.
        var known = [Int?](repeating: nil, count: ordered.count * quantities)
        for (i, key) in ordered.enumerated() {
            if table.zero.contains(key) {
                for q in 0..<quantities { known[i * quantities + q] = 0 }
                continue
            }
            guard let moments = table.known[key] else { continue }
            let n = moments.n
            known[i * quantities] = n
            switch table.shares[key] {
            case .shown(let bands)?:
                let c = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                for (b, count) in bands.enumerated() where b < bandCount { known[i * quantities + 1 + b] = count }
                known[i * quantities + u] = c
                if !ShareDisclosure.allows(bands: bands, unfavourable: c, n: n) {
                    found.append((key, .shareShownExtreme))
                }
            case .split(let c)?:
                known[i * quantities + u] = c
                if !ShareDisclosure.allowsSplit(unfavourable: c, n: n) { found.append((key, .shareShownExtreme)) }
            default: break
            }
        }
        var variable = [Int32](repeating: -1, count: known.count)
        var atLeast: [Double] = []
        for (i, key) in ordered.enumerated() {
            for q in 0..<quantities where known[i * quantities + q] == nil {
                variable[i * quantities + q] = Int32(atLeast.count)
                atLeast.append(q == 0 && table.hidden[key] != nil ? 1 : 0)
            }
        }
        guard !atLeast.isEmpty else { return found }
        var system = BandBounds.System()
        func add(_ i: Int, _ q: Int, _ sign: Double) {
            system.add(variable[i * quantities + q], sign, known[i * quantities + q] ?? 0)
        }
        for relation in table.relations {
            guard let total = index[relation.total] else { continue }
            let parts = relation.parts.compactMap { index[$0] }
            for q in 0..<quantities {
                add(total, q, 1)
                for part in parts { add(part, q, -1) }
                system.endRow()
            }
        }
        for i in ordered.indices {
            add(i, 0, 1)
            for q in 1...bandCount { add(i, q, -1) }
            system.endRow()
            add(i, u, 1)
            for q in 1...bandCount where unfavourable[q - 1] { add(i, q, -1) }
            system.endRow()
        }
        let (low, high) = system.bounds(atLeast: atLeast)
        for (i, key) in ordered.enumerated()
        where key.gender != CellCube.unknownGender && (table.known[key] != nil || table.hidden[key] != nil) {
            func range(_ q: Int) -> (low: Double, high: Double)? {
                let v = Int(variable[i * quantities + q])
                return v >= 0 ? (low[v], high[v]) : nil
            }
            let nHigh = range(0)?.high ?? Double(known[i * quantities]!)
            if let c = range(u) {
                if c.low == c.high {
                    found.append((key, .shareDerivable))
                    continue
                }
                if (c.high <= 2 && nHigh > 2) || (c.low >= 1 && nHigh - c.low <= 2) {
                    found.append((key, .shareNarrowed))
                    continue
                }
            }
            let showsSplit = range(u) == nil
            for q in 1...bandCount {
                guard let b = range(q) else { continue }
                if !showsSplit && b.low == b.high && b.low > 0 {
                    found.append((key, .shareDerivable))
                    break
                }
                if (b.low >= 1 && b.high <= 2) || (b.low >= 1 && nHigh - b.low <= 2) {
                    found.append((key, .shareNarrowed))
                    break
                }
            }
        }
        return found
    }
}
