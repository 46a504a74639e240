/// Proof that an attacker cannot pin a hidden cell down: other data, as real as
/// the true data, that agree with every published number yet give the cell a
/// different mean or a different n.
///
/// The other data move answers along a set of hidden cells whose signed sum is
/// zero in every relation (a hypercube, see `Hypercube`): each corner gains
/// (sign +1) or loses (sign −1) the same k answers, the same amount t of Σx and
/// the same amount c of Σx². Every published total then stays as it is. The
/// corners are bottom cells (one school, one trinn, one gender), so the other
/// data are possible exactly when each corner's new (n, Σx, Σx²) can be reached
/// by answers on the scale (`AnswerScale`); hidden totals above them move with
/// them and stay possible.
///
/// An attacker knows neither the answers nor the counts of hidden cells, so the
/// search moves answers (k ≠ 0) as well as values. Each witness is checked
/// point by point, so a returned range is always backed by data that exist; the
/// search may miss wider ones (it is conservative).
public struct ProtectionWitness: Sendable {
    public struct Corner: Sendable {
        public let moments: CellMoments
        /// +1 or −1; the protected cell's corner has +1.
        public let sign: Int

        public init(_ moments: CellMoments, sign: Int) {
            self.moments = moments
            self.sign = sign
        }
    }

    /// Counts moved along the cube, at most, in each direction.
    public static let largestCountShift = 2
    /// Halvings when a move is searched for (the result is checked, so fewer only means narrower).
    static let bisections = 14

    let scale: AnswerScale
    let corners: [Corner]
    private let tolerance: Double

    public init(scale: AnswerScale, corners: [Corner]) {
        self.scale = scale
        self.corners = corners
        let magnitude = corners.reduce(1.0) { $0 + abs($1.moments.sumOfSquares) + abs($1.moments.sum) }
        tolerance = 1e-9 * magnitude
    }

    /// A Σx step possible after moving `countShift` answers along the cube, or nil when none was found.
    public func someStep(countShift: Int) -> Double? {
        if countShift == 0 { return 0 }
        guard let limits = sumStepLimits(countShift: countShift) else { return nil }
        return candidateSteps(countShift: countShift, limits: limits).first {
            feasible(countShift: countShift, sumStep: $0)
        }
    }

    /// The Σx steps found possible after moving `countShift` answers along the cube
    /// (each corner's n moves by sign·countShift), or nil when no such move was found.
    public func steps(countShift: Int) -> ClosedRange<Double>? {
        guard let limits = sumStepLimits(countShift: countShift) else { return nil }
        guard let seed = someStep(countShift: countShift) else { return nil }
        return stepRange(countShift: countShift, limits: limits, seed: seed)
    }

    /// How far the protected cell's Σx can move down and up with n unchanged,
    /// searching each way until `needed` is reached (the total, down + up).
    public func sumReach(needed: Double) -> (down: Double, up: Double) {
        let up = reach(direction: 1, wanted: needed, countShift: 0, from: 0)
        let down = up >= needed ? 0 : reach(direction: -1, wanted: needed - up, countShift: 0, from: 0)
        return (down, up)
    }

    // MARK: - Feasibility of one move

    /// Whether moving n by `countShift`·sign and Σx by `sumStep`·sign leaves room for a common Σx² step.
    func feasible(countShift: Int, sumStep t: Double) -> Bool {
        squareStepRange(countShift: countShift, sumStep: t) != nil
    }

    /// The common Σx² steps c (each corner's Σx² moves by sign·c) that keep every corner possible, or nil.
    func squareStepRange(countShift: Int, sumStep t: Double) -> ClosedRange<Double>? {
        var lowest = -Double.infinity, highest = Double.infinity
        for corner in corners {
            let m = corner.moments, s = Double(corner.sign)
            let n = m.n + countShift * corner.sign
            guard n >= 0 else { return nil }
            guard let range = scale.sumOfSquaresRange(n: n, sum: m.sum + s * t, tolerance: tolerance) else {
                return nil
            }
            // New Σx² = q + sign·c must lie in the range.
            if corner.sign > 0 {
                lowest = max(lowest, range.lowerBound - m.sumOfSquares)
                highest = min(highest, range.upperBound - m.sumOfSquares)
            } else {
                lowest = max(lowest, m.sumOfSquares - range.upperBound)
                highest = min(highest, m.sumOfSquares - range.lowerBound)
            }
            if lowest > highest + tolerance { return nil }
        }
        return lowest...max(lowest, highest)
    }

    /// The largest Σx step in `direction` (≤ wanted) from no move that every corner allows.
    func reachAlone(direction: Double, wanted: Double) -> Double {
        reach(direction: direction, wanted: wanted, countShift: 0, from: 0)
    }

    /// The interval of Σx steps the scale allows every corner (ignoring Σx²).
    func sumStepLimits(countShift: Int) -> ClosedRange<Double>? {
        var lower = -Double.infinity, upper = Double.infinity
        for corner in corners {
            let m = corner.moments, s = Double(corner.sign)
            let n = Double(m.n + countShift * corner.sign)
            guard n >= 0 else { return nil }
            // n·lo ≤ sum + s·t ≤ n·hi
            let a = (n * scale.low - m.sum) * s, b = (n * scale.high - m.sum) * s
            lower = max(lower, min(a, b))
            upper = min(upper, max(a, b))
        }
        return lower <= upper + tolerance ? lower...max(lower, upper) : nil
    }

    // MARK: - Search

    /// The smallest and largest Σx step found possible after moving `countShift` answers, starting from a possible one.
    private func stepRange(countShift: Int, limits: ClosedRange<Double>, seed: Double) -> ClosedRange<Double> {
        let up = reach(direction: 1, wanted: limits.upperBound - seed, countShift: countShift, from: seed)
        let down = reach(direction: -1, wanted: seed - limits.lowerBound, countShift: countShift, from: seed)
        var low = seed - down, high = seed + up
        // Corners left with a single answer each allow only discrete steps (answers swap places).
        for step in rigidSteps(countShift: countShift)
        where (step < low || step > high) && feasible(countShift: countShift, sumStep: step) {
            low = min(low, step)
            high = max(high, step)
        }
        return low...high
    }

    /// The largest distance (≤ wanted) from the feasible step `from` in `direction` found possible.
    private func reach(direction: Double, wanted: Double, countShift: Int, from seed: Double) -> Double {
        guard wanted > tolerance else { return 0 }
        if feasible(countShift: countShift, sumStep: seed + direction * wanted) { return wanted }
        var good = 0.0, bad = wanted
        // Not even a small step: do not search further (rigid corners are tried below).
        if !feasible(countShift: countShift, sumStep: seed + direction * wanted / 64) { bad = 0 }
        for _ in 0..<Self.bisections where bad - good > 1e-6 * wanted {
            let middle = (good + bad) / 2
            if feasible(countShift: countShift, sumStep: seed + direction * middle) {
                good = middle
            } else {
                bad = middle
            }
        }
        if countShift == 0 {
            for step in rigidSteps(countShift: 0)
            where (step - seed) * direction > good && feasible(countShift: 0, sumStep: step) {
                good = (step - seed) * direction
            }
        }
        return good
    }

    /// Steps at which two corners left with one answer each agree on Σx²: q + σc = (s + σt)² for both.
    private func rigidSteps(countShift: Int) -> [Double] {
        let rigid = corners.filter { $0.moments.n + countShift * $0.sign == 1 }
        guard rigid.count >= 2 else { return [] }
        var steps: [Double] = []
        for (index, i) in rigid.enumerated() {
            for k in rigid[(index + 1)...] {
                steps += Self.agreeingSteps(i, k)
            }
        }
        return steps
    }

    /// Solutions t of σᵢ((sᵢ + σᵢt)² − qᵢ) = σₖ((sₖ + σₖt)² − qₖ).
    static func agreeingSteps(_ i: Corner, _ k: Corner) -> [Double] {
        let si = Double(i.sign), sk = Double(k.sign)
        let a = si - sk
        let b = 2 * (i.moments.sum - k.moments.sum)
        let c =
            si * (i.moments.sum * i.moments.sum - i.moments.sumOfSquares)
            - sk * (k.moments.sum * k.moments.sum - k.moments.sumOfSquares)
        if abs(a) < 1e-12 { return abs(b) < 1e-12 ? [] : [-c / b] }
        let discriminant = b * b - 4 * a * c
        guard discriminant >= -1e-12 else { return [] }
        let root = max(discriminant, 0).squareRoot()
        return [(-b + root) / (2 * a), (-b - root) / (2 * a)]
    }

    /// Steps worth trying after moving answers: the one forced when a corner is left
    /// with none, the ones where two corners left with one answer agree, else a
    /// spread over the limits.
    private func candidateSteps(countShift: Int, limits: ClosedRange<Double>) -> [Double] {
        for corner in corners where corner.moments.n + countShift * corner.sign == 0 {
            return [-Double(corner.sign) * corner.moments.sum]
        }
        let rigid = rigidSteps(countShift: countShift)
        if !rigid.isEmpty { return rigid }
        let span = limits.upperBound - limits.lowerBound
        return [0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875, 0, 1].map { limits.lowerBound + span * $0 }
    }
}
