/// The import's look at its own result through an attacker's eyes
/// (`IntervalBounds`): hidden cells that an attacker cannot show to hold at
/// least `minimumN` answers, yet can narrow below the rule or pin the count of.
///
/// Small cells are protected by witnesses already, so what this finds are large
/// hidden cells that merely look as if they could be small; they get cubes too,
/// so that the audit anyone can run (`kfl check --personvern`) finds nothing.
enum AttackerCheck {
    static func exposed(table: SuppressionTable, hidden: [Bool], rule: ProtectionRule) -> [Int] {
        let slots = table.cube.slots
        let unknown = slots.indices.filter { hidden[$0] }
        var index = [Int](repeating: -1, count: slots.count)
        for (i, cell) in unknown.enumerated() { index[cell] = i }
        let rows = table.cube.relations.compactMap { relation in
            IntervalBounds.row(
                total: relation.total, parts: relation.parts, scale: table.scale,
                unknown: { index[$0] >= 0 ? index[$0] : nil }, value: { table.moments[$0] })
        }
        let bounds = IntervalBounds.compute(
            rows: rows, count: unknown.count, scale: table.scale, atLeast: Array(repeating: 0, count: unknown.count))
        let minimumN = Double(rule.minimumN)
        var exposed: [Int] = []
        for (i, cell) in unknown.enumerated() where slots[cell].gender != CellCube.unknownGender {
            let b = bounds[i]
            guard b.n.lowerBound < minimumN, b.n.upperBound >= 1 else { continue }
            let narrow = b.mean.upperBound - b.mean.lowerBound < rule.share * table.scale.width * (1 - 1e-9)
            if narrow || b.n.lowerBound == b.n.upperBound { exposed.append(cell) }
        }
        return exposed
    }
}
