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
        let low = table.scale.low, high = table.scale.high
        var rows: [IntervalBounds.Row] = []
        for relation in table.cube.relations {
            var row = IntervalBounds.Row()
            var knownParts = CellMoments.zero
            for (cell, sign) in [(relation.total, 1.0)] + relation.parts.map({ ($0, -1.0) }) {
                if index[cell] >= 0 {
                    row.members.append((index[cell], sign))
                } else {
                    let value = table.moments[cell], n = Double(value.n)
                    row.known.n += sign * n
                    row.known.excess += sign * (value.sum - low * n)
                    row.known.room += sign * (high * n - value.sum)
                    if sign < 0 {
                        knownParts.n += value.n
                        knownParts.sum += value.sum
                        knownParts.sumOfSquares += value.sumOfSquares
                    }
                }
            }
            guard !row.members.isEmpty else { continue }
            if index[relation.total] < 0 {
                let total = table.moments[relation.total]
                row.residual = CellMoments(
                    n: total.n - knownParts.n, sum: total.sum - knownParts.sum, sumOfSquares: total.sumOfSquares - knownParts.sumOfSquares)
            }
            rows.append(row)
        }
        let bounds = IntervalBounds.compute(rows: rows, count: unknown.count, scale: table.scale, atLeast: Array(repeating: 0, count: unknown.count))
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
