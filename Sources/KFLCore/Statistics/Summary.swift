/// Running n, mean and sum of squared deviations (M2) of a set of scores.
///
/// Adding uses Welford's update and combining uses Chan's parallel formula, so
/// pooled results equal the direct computation over all respondents (up to
/// floating point) — never an average of averages.
public struct Summary: Sendable, Hashable {
    public private(set) var n: Int = 0
    public private(set) var mean: Double = 0
    /// Sum of squared deviations from the mean.
    public private(set) var m2: Double = 0

    public init() {}

    public init(n: Int, mean: Double, m2: Double) {
        self.n = n
        self.mean = mean
        self.m2 = m2
    }

    /// Rebuilds a summary from a published cell (sd is the sample sd).
    public init(_ value: CellValue) {
        n = value.n
        mean = value.mean
        m2 = (value.sd ?? 0) * (value.sd ?? 0) * Double(max(value.n - 1, 0))
    }

    public mutating func add(_ x: Double) {
        n += 1
        let delta = x - mean
        mean += delta / Double(n)
        m2 += delta * (x - mean)
    }

    public mutating func combine(_ other: Summary) {
        guard other.n > 0 else { return }
        guard n > 0 else {
            self = other
            return
        }
        let total = n + other.n
        let delta = other.mean - mean
        mean += delta * Double(other.n) / Double(total)
        m2 += other.m2 + delta * delta * Double(n) * Double(other.n) / Double(total)
        n = total
    }

    /// The rest when `part` is taken out of this summary: the exact inverse of
    /// `combine` (so `a` combined with `b`, minus `a`, is `b`). nil when `part`
    /// is larger than the whole; an empty summary when nothing is left.
    public func removing(_ part: Summary) -> Summary? {
        guard part.n <= n else { return nil }
        guard part.n > 0 else { return self }
        let restN = n - part.n
        guard restN > 0 else { return Summary() }
        let restMean = (Double(n) * mean - Double(part.n) * part.mean) / Double(restN)
        let delta = restMean - part.mean
        let restM2 = m2 - part.m2 - delta * delta * Double(part.n) * Double(restN) / Double(n)
        return Summary(n: restN, mean: restMean, m2: max(restM2, 0))
    }

    public static func pooled(_ parts: some Sequence<Summary>) -> Summary {
        var result = Summary()
        for part in parts { result.combine(part) }
        return result
    }

    /// Sample standard deviation; nil when n < 2.
    public var sd: Double? {
        n > 1 ? (max(m2, 0) / Double(n - 1)).squareRoot() : nil
    }

    public var cellValue: CellValue { CellValue(n: n, mean: mean, sd: sd) }
}
