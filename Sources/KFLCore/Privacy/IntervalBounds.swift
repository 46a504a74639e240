/// Bounds an attacker gets on unknown cells from the relations between them and
/// the known cells: n, the excess over the scale's floor (Σx − lo·n) and the room
/// to its ceiling (hi·n − Σx) are additive and never negative, so each relation
/// bounds each unknown member by the others, sweep after sweep until nothing
/// moves; whole counts round inwards; and a relation whose total is known bounds
/// each unknown part's mean by the spread of what is left (Σx² − (Σx)²/n: the
/// parts' means cannot stray from the rest's more than that spread allows).
///
/// Sound (every bound holds for every possible truth) but not always tight.
/// Used by the audit (`AuditAttack`) and by the import to check hidden cells
/// that may look small to an attacker.
enum IntervalBounds {
    struct Bounds {
        var n: ClosedRange<Double>
        var mean: ClosedRange<Double>
    }

    /// A relation over the unknowns: coefficients (+1 total, −1 part) and the known remainder.
    struct Row {
        var members: [(index: Int, sign: Double)] = []
        /// Σ sign·value over the known members, for n, excess and room; and Σx, Σx² of the known parts.
        var known = (n: 0.0, excess: 0.0, room: 0.0)
        /// Set when the total is known and every unknown member is a part.
        var residual: CellMoments?
    }

    /// The row of one relation (total = Σ parts): unknown members by their index, the known
    /// ones summed into `known`, and with the total known, what is left for the unknown parts.
    /// Members neither unknown nor with a value are left out. Nil when no member is unknown.
    static func row<Key>(
        total: Key, parts: [Key], scale: AnswerScale, unknown: (Key) -> Int?, value: (Key) -> CellMoments?
    ) -> Row? {
        var row = Row()
        var knownParts = CellMoments.zero
        for (key, sign) in [(total, 1.0)] + parts.map({ ($0, -1.0) }) {
            if let i = unknown(key) {
                row.members.append((i, sign))
            } else if let moments = value(key) {
                let n = Double(moments.n)
                row.known.n += sign * n
                row.known.excess += sign * (moments.sum - scale.low * n)
                row.known.room += sign * (scale.high * n - moments.sum)
                if sign < 0 {
                    knownParts.n += moments.n
                    knownParts.sum += moments.sum
                    knownParts.sumOfSquares += moments.sumOfSquares
                }
            }
        }
        guard !row.members.isEmpty else { return nil }
        if unknown(total) == nil, let moments = value(total) {
            row.residual = CellMoments(
                n: moments.n - knownParts.n, sum: moments.sum - knownParts.sum,
                sumOfSquares: moments.sumOfSquares - knownParts.sumOfSquares)
        }
        return row
    }

    /// Sweeps of the relations before bounds are taken as settled.
    static let sweeps = 40

    /// Bounds for `count` unknowns bound by `rows`; `atLeast` is a known lower bound on each one's n.
    static func compute(rows: [Row], count: Int, scale: AnswerScale, atLeast: [Int]) -> [Bounds] {
        let width = scale.width
        // Per unknown i and quantity q (n, excess, room): [low, high] at i * 3 + q.
        var low = [Double](repeating: 0, count: count * 3)
        var high = [Double](repeating: .infinity, count: count * 3)
        for i in 0..<count { low[i * 3] = Double(atLeast[i]) }
        func tighten(_ at: Int, low l: Double, high h: Double) -> Bool {
            var changed = false
            if l > low[at] + 1e-9 * max(1, abs(l)) {
                low[at] = l
                changed = true
            }
            if h < high[at] - 1e-9 * max(1, abs(h)) {
                high[at] = h
                changed = true
            }
            return changed
        }
        for _ in 0..<Self.sweeps {
            var changed = false
            for row in rows {
                for q in 0..<3 {
                    let constant = -(q == 0 ? row.known.n : q == 1 ? row.known.excess : row.known.room)
                    let members = row.members
                    RowImplication.each(
                        count: members.count, sign: { members[$0].sign }, low: { low[members[$0].index * 3 + q] },
                        high: { high[members[$0].index * 3 + q] }, constant: constant,
                        imply: { j, l, h in
                            if tighten(members[j].index * 3 + q, low: max(l, 0), high: h) { changed = true }
                        })
                }
            }
            // Within a cell: excess + room = width · n.
            for i in 0..<count {
                let n = i * 3, excess = n + 1, room = n + 2
                if tighten(n, low: (low[excess] + low[room]) / width, high: (high[excess] + high[room]) / width) {
                    changed = true
                }
                if tighten(excess, low: width * low[n] - high[room], high: width * high[n] - low[room]) {
                    changed = true
                }
                if tighten(room, low: width * low[n] - high[excess], high: width * high[n] - low[excess]) {
                    changed = true
                }
                // Counts are whole.
                if tighten(n, low: (low[n] - 1e-7).rounded(.up), high: (high[n] + 1e-7).rounded(.down)) {
                    changed = true
                }
            }
            if !changed { break }
        }
        var out: [Bounds] = []
        for i in 0..<count {
            let nLow = max(low[i * 3], 1), nHigh = high[i * 3]
            var meanLow = scale.low, meanHigh = scale.high
            if nHigh >= 1 {
                meanLow = max(meanLow, scale.low + low[i * 3 + 1] / nHigh, scale.high - high[i * 3 + 2] / nLow)
                meanHigh = min(meanHigh, scale.low + high[i * 3 + 1] / nLow, scale.high - low[i * 3 + 2] / nHigh)
            }
            out.append(Bounds(n: low[i * 3]...max(low[i * 3], nHigh), mean: meanLow...max(meanLow, meanHigh)))
        }
        // The spread of what a published total leaves bounds each unknown part's mean.
        for row in rows {
            guard let rest = row.residual, rest.n > 0, row.members.allSatisfy({ $0.sign < 0 }) else { continue }
            let n = Double(rest.n), mean = rest.sum / n
            let spread = max(rest.sumOfSquares - rest.sum * rest.sum / n, 0)
            for (i, _) in row.members {
                let own = max(out[i].n.lowerBound, 1)
                let radius = own >= n ? 0 : (spread * (n - own) / (n * own)).squareRoot()
                let l = max(out[i].mean.lowerBound, mean - radius), h = min(out[i].mean.upperBound, mean + radius)
                out[i].mean = l...max(l, h)
            }
        }
        return out
    }
}
