/// What one linear relation Σ signᵢ·xᵢ = constant says about each member, given
/// bounds on the others: the step of the interval sweeps in `IntervalBounds` and
/// `BandBounds`. An infinite end of one member leaves the matching end of the
/// others open, so an unbounded member does not spoil the rest.
enum RowImplication {
    /// Calls `imply(j, low, high)` for each member j (0..<count) with the bounds on xⱼ.
    @inline(__always)
    static func each(
        count: Int, sign: (Int) -> Double, low: (Int) -> Double, high: (Int) -> Double, constant: Double,
        imply: (Int, Double, Double) -> Void
    ) {
        // Bounds of each term sign·x and their sums, counting infinite ends.
        var sumLow = 0.0, sumHigh = 0.0, infiniteLow = 0, infiniteHigh = 0
        for j in 0..<count {
            let a = sign(j) > 0 ? low(j) : -high(j), b = sign(j) > 0 ? high(j) : -low(j)
            if a.isInfinite { infiniteLow += 1 } else { sumLow += a }
            if b.isInfinite { infiniteHigh += 1 } else { sumHigh += b }
        }
        for j in 0..<count {
            let a = sign(j) > 0 ? low(j) : -high(j), b = sign(j) > 0 ? high(j) : -low(j)
            // sign·x_j = constant − Σ others.
            let termHigh =
                infiniteLow - (a.isInfinite ? 1 : 0) > 0
                ? Double.infinity : constant - (sumLow - (a.isInfinite ? 0 : a))
            let termLow =
                infiniteHigh - (b.isInfinite ? 1 : 0) > 0
                ? -Double.infinity : constant - (sumHigh - (b.isInfinite ? 0 : b))
            let (l, h) = sign(j) > 0 ? (termLow, termHigh) : (-termHigh, -termLow)
            imply(j, l, h)
        }
    }
}
