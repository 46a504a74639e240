/// What one cube allows for one factor, worked out once and shared by every
/// cell in it: the Σx steps possible with the counts unchanged and with one or
/// two answers moved along the cube (`ProtectionWitness`). A cell with sign σ
/// in the cube changes by σ times each step.
final class CubeReach {
    let witness: ProtectionWitness
    /// By shift + 2: nil not searched yet, .some(nil) impossible.
    private var found: [ClosedRange<Double>??] = Array(repeating: nil, count: 5)
    private var moves: [Bool?] = Array(repeating: nil, count: 5)

    init(_ witness: ProtectionWitness) {
        self.witness = witness
    }

    /// The Σx steps possible after moving `countShift` answers, or nil (searched in full, once).
    func steps(countShift: Int) -> ClosedRange<Double>? {
        if let known = found[countShift + 2] { return known }
        let range = witness.steps(countShift: countShift)
        found[countShift + 2] = .some(range)
        return range
    }

    /// Whether some move of `countShift` answers is possible.
    func canMove(countShift: Int) -> Bool {
        if let known = moves[countShift + 2] { return known }
        let possible: Bool
        if let range = found[countShift + 2] {
            possible = range != nil
        } else {
            possible = witness.someStep(countShift: countShift) != nil
        }
        moves[countShift + 2] = possible
        return possible
    }

    /// The width of the mean range a cell of the cube takes in the other data, and
    /// whether some of them change its n (looked at only when `needCount`). Two
    /// points `wanted` apart are tried first (around the truth, or to one side of
    /// it), each with the counts as they are or with answers moved; only when
    /// `quick` is false and they fail is the range searched in full.
    func meanWidth(
        of moments: CellMoments, sign: Int, wanted: Double, quick: Bool = false, needCount: Bool = true
    ) -> (width: Double, countChanges: Bool) {
        let s = Double(sign)
        func countChanges() -> Bool {
            needCount && [-1, 1].contains { moments.n + sign * $0 >= 1 && canMove(countShift: $0) }
        }
        let mean = moments.sum / Double(moments.n)
        func reachable(_ target: Double) -> Bool {
            if target == mean { return true }
            for shift in [0, -1, 1, -2, 2] where abs(shift) <= ProtectionWitness.largestCountShift {
                let n = moments.n + sign * shift
                guard n >= 1, shift == 0 || canMove(countShift: shift) else { continue }
                if witness.feasible(countShift: shift, sumStep: s * (target * Double(n) - moments.sum)) { return true }
            }
            return false
        }
        for (low, high) in [(mean - wanted / 2, mean + wanted / 2), (mean - wanted, mean), (mean, mean + wanted)]
        where low >= witness.scale.low - 1e-12 && high <= witness.scale.high + 1e-12 {
            if reachable(low) && reachable(high) { return (wanted, countChanges()) }
        }
        if quick { return (0, false) }
        var low = Double.infinity, high = -Double.infinity
        for shift in [0, -1, 1, -2, 2] where abs(shift) <= ProtectionWitness.largestCountShift {
            if high - low >= wanted * (1 - 1e-9) { break }
            let n = moments.n + sign * shift
            guard n >= 1, shift == 0 || canMove(countShift: shift), let range = steps(countShift: shift) else {
                continue
            }
            let a = (moments.sum + s * range.lowerBound) / Double(n),
                b = (moments.sum + s * range.upperBound) / Double(n)
            low = min(low, a, b)
            high = max(high, a, b)
        }
        return (max(high - low, 0), countChanges())
    }
}
