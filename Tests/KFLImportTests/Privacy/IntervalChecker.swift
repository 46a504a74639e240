/// An attacker's bounds on hidden cells, written for the tests and independent
/// of the import (`HypercubeProtection`, `ProtectionWitness`) and of the audit
/// (`IntervalBounds`).
///
/// Works on the same full grid and relations as `DisclosureChecker`. For each
/// unknown slot it keeps bounds on n, on the excess over the scale's floor
/// (Σx − lo·n) and on the room below its ceiling (hi·n − Σx); all three add up
/// along every relation and none is negative, and excess + room = (hi − lo)·n.
/// Every relation bounds each unknown member by the others, until nothing
/// moves. A relation whose total is known and whose unknown members are all
/// parts also bounds each of their means: the parts cannot differ from what is
/// left (n, Σx, Σx²) more than its spread allows.
struct IntervalChecker {
    struct Known {
        let n: Int
        let sum: Double
        let squares: Double
    }

    struct Bound {
        var n: ClosedRange<Double>
        var mean: ClosedRange<Double>
    }

    let relations: [(total: Slot, parts: [Slot])]
    let scale: ClosedRange<Double>

    /// Bounds for every unknown slot; slots neither known nor unknown are empty.
    func bounds(known: [Slot: Known], unknown: Set<Slot>) -> [Slot: Bound] {
        let lo = scale.lowerBound, hi = scale.upperBound, width = hi - lo
        // Per unknown slot: (n, excess, room) lower and upper bounds.
        var lower: [Slot: [Double]] = [:], upper: [Slot: [Double]] = [:]
        for slot in unknown {
            lower[slot] = [0, 0, 0]
            upper[slot] = [.infinity, .infinity, .infinity]
        }
        func quantities(_ slot: Slot) -> [Double]? {
            if unknown.contains(slot) { return nil }
            guard let k = known[slot] else { return [0, 0, 0] }
            return [Double(k.n), k.sum - lo * Double(k.n), hi * Double(k.n) - k.sum]
        }
        let useful = relations.filter { ([$0.total] + $0.parts).contains(where: unknown.contains) }
        var moved = true
        var rounds = 0
        while moved && rounds < 100 {
            moved = false
            rounds += 1
            for relation in useful {
                for q in 0..<3 {
                    // total − Σ parts = 0, with the unknown members bounded.
                    let members = [(relation.total, 1.0)] + relation.parts.map { ($0, -1.0) }
                    for (slot, sign) in members where unknown.contains(slot) {
                        var low = 0.0, high = 0.0
                        for (other, otherSign) in members where other != slot {
                            if let values = quantities(other) {
                                low -= otherSign * values[q]
                                high -= otherSign * values[q]
                            } else {
                                let a = -otherSign * lower[other]![q], b = -otherSign * upper[other]![q]
                                low += min(a, b)
                                high += max(a, b)
                            }
                        }
                        // sign · x = Σ (−otherSign · other)
                        let (newLow, newHigh) = sign > 0 ? (low, high) : (-high, -low)
                        if newLow.isFinite && newLow > lower[slot]![q] + 1e-9 {
                            lower[slot]![q] = newLow
                            moved = true
                        }
                        if !newHigh.isNaN && newHigh < upper[slot]![q] - 1e-9 {
                            upper[slot]![q] = newHigh
                            moved = true
                        }
                    }
                }
            }
            for slot in unknown {
                var l = lower[slot]!, u = upper[slot]!
                let before = l + u
                l[0] = max(l[0], ((l[1] + l[2]) / width - 1e-7).rounded(.up))
                u[0] = min(u[0], ((u[1] + u[2]) / width + 1e-7).rounded(.down))
                l[1] = max(l[1], width * l[0] - u[2])
                u[1] = min(u[1], width * u[0] - l[2])
                l[2] = max(l[2], width * l[0] - u[1])
                u[2] = min(u[2], width * u[0] - l[1])
                lower[slot] = l
                upper[slot] = u
                if zip(before, l + u).contains(where: { abs($0 - $1) > 1e-9 && !($0.isInfinite && $1.isInfinite) }) {
                    moved = true
                }
            }
        }
        var out: [Slot: Bound] = [:]
        for slot in unknown {
            let l = lower[slot]!, u = upper[slot]!
            let nLow = max(l[0], 1), nHigh = u[0]
            var meanLow = lo, meanHigh = hi
            if nHigh >= 1 {
                meanLow = max(meanLow, lo + l[1] / nHigh, hi - u[2] / nLow)
                meanHigh = min(meanHigh, lo + u[1] / nLow, hi - l[2] / nHigh)
            }
            out[slot] = Bound(n: l[0]...max(l[0], u[0]), mean: meanLow...max(meanLow, meanHigh))
        }
        // The spread of what a known total leaves around its unknown parts.
        for relation in useful where !unknown.contains(relation.total) {
            guard let total = known[relation.total] else { continue }
            var restN = total.n, restSum = total.sum, restSquares = total.squares
            var parts: [Slot] = []
            for part in relation.parts {
                if unknown.contains(part) {
                    parts.append(part)
                } else if let k = known[part] {
                    restN -= k.n
                    restSum -= k.sum
                    restSquares -= k.squares
                }
            }
            guard restN > 0, !parts.isEmpty else { continue }
            let n = Double(restN), mean = restSum / n, spread = max(restSquares - restSum * restSum / n, 0)
            for part in parts {
                let own = max(out[part]!.n.lowerBound, 1)
                let radius = own >= n ? 0 : (spread * (n - own) / (n * own)).squareRoot()
                let b = out[part]!.mean
                let l = max(b.lowerBound, mean - radius), h = min(b.upperBound, mean + radius)
                out[part]!.mean = l...max(l, h)
            }
        }
        return out
    }
}
