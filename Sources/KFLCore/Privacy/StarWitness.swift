/// Several cubes through one corner, the hub: the hub takes the sum of their
/// moves while each cube's other corners take only their own share, so a move
/// too large for any one cube's corners spreads over more answers.
///
/// Each spoke is a cube without the hub, oriented so that the hub gains. The
/// spokes' other corners are disjoint, so each spoke only has to stay possible
/// itself; the hub must stay possible with the sum of the Σx and Σx² steps.
public struct StarWitness: Sendable {
    let scale: AnswerScale
    let hub: CellMoments
    let spokes: [ProtectionWitness]
    private let tolerance: Double

    public init(scale: AnswerScale, hub: CellMoments, spokes: [ProtectionWitness]) {
        self.scale = scale
        self.hub = hub
        self.spokes = spokes
        tolerance = 1e-9 * (1 + abs(hub.sum) + abs(hub.sumOfSquares))
    }

    /// How far the hub's Σx can move down and up with every n unchanged,
    /// searching each way until `needed` is reached (the total, down + up).
    public func sumReach(needed: Double) -> (down: Double, up: Double) {
        let up = reach(direction: 1, wanted: needed)
        let down = up >= needed ? 0 : reach(direction: -1, wanted: needed - up)
        return (down, up)
    }

    private func reach(direction: Double, wanted: Double) -> Double {
        let n = Double(hub.n)
        let room = direction > 0 ? n * scale.high - hub.sum : hub.sum - n * scale.low
        let cap = min(wanted, room)
        guard cap > tolerance, !spokes.isEmpty else { return 0 }
        let alone = spokes.map { $0.reachAlone(direction: direction, wanted: cap) }
        let total = alone.reduce(0, +)
        guard total > tolerance else { return 0 }
        // All spokes move the same fraction of what each allows alone.
        let most = min(1, cap / total)
        func feasible(_ fraction: Double) -> Bool {
            var low = 0.0, high = 0.0, step = 0.0
            for (spoke, limit) in zip(spokes, alone) {
                let t = direction * fraction * limit
                guard let c = spoke.squareStepRange(countShift: 0, sumStep: t) else { return false }
                low += c.lowerBound
                high += c.upperBound
                step += t
            }
            guard let range = scale.sumOfSquaresRange(n: hub.n, sum: hub.sum + step, tolerance: tolerance) else {
                return false
            }
            return range.upperBound - hub.sumOfSquares >= low - tolerance
                && range.lowerBound - hub.sumOfSquares <= high + tolerance
        }
        if feasible(most) { return most * total }
        var good = 0.0, bad = most
        for _ in 0..<ProtectionWitness.bisections where bad - good > 1e-6 * most {
            let middle = (good + bad) / 2
            if feasible(middle) { good = middle } else { bad = middle }
        }
        return good * total
    }
}
