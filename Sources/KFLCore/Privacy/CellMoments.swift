/// The three additive quantities of one cell for one factor: the number of
/// answers n, their sum Σx and their sum of squares Σx². Totals are sums of
/// parts in all three, so these are what the relations between cells carry
/// (a published cell gives them all: n, mean and sd).
public struct CellMoments: Sendable, Hashable {
    public var n: Int
    public var sum: Double
    public var sumOfSquares: Double

    public init(n: Int, sum: Double, sumOfSquares: Double) {
        self.n = n
        self.sum = sum
        self.sumOfSquares = sumOfSquares
    }

    public init(_ summary: Summary) {
        n = summary.n
        sum = Double(summary.n) * summary.mean
        sumOfSquares = summary.m2 + Double(summary.n) * summary.mean * summary.mean
    }

    public static let zero = CellMoments(n: 0, sum: 0, sumOfSquares: 0)
}

/// What n answers on a factor's scale can add up to.
///
/// n scores in [lo, hi] have a sum in [n·lo, n·hi] and, for a given sum S, a sum
/// of squares between S²/n (all equal) and the largest value, reached with as
/// many scores as possible at the ends and one in between. Every pair in that
/// range is reached by some scores, so a cell with (n, S, Q) inside it is a
/// possible cell.
public struct AnswerScale: Sendable, Hashable {
    public let low: Double
    public let high: Double

    public init(_ range: ClosedRange<Double>) {
        low = range.lowerBound
        high = range.upperBound
    }

    public var width: Double { high - low }

    /// The largest Σx² of n scores on the scale with sum `sum` (which must lie in [n·lo, n·hi]).
    public func largestSumOfSquares(n: Int, sum: Double) -> Double {
        guard n > 0 else { return 0 }
        let count = Double(n)
        let clamped = min(max(sum, count * low), count * high)
        let atTop = min(max(Int(((clamped - count * low) / width).rounded(.down)), 0), n)
        if atTop == n { return count * high * high }
        let middle = clamped - Double(atTop) * high - Double(n - atTop - 1) * low
        return Double(atTop) * high * high + middle * middle + Double(n - atTop - 1) * low * low
    }

    /// Σx² bounds for n scores summing to `sum`, or nil when no n scores on the scale have that sum.
    public func sumOfSquaresRange(n: Int, sum: Double, tolerance: Double) -> ClosedRange<Double>? {
        if n == 0 { return abs(sum) <= tolerance ? 0...0 : nil }
        let count = Double(n)
        guard sum >= count * low - tolerance, sum <= count * high + tolerance else { return nil }
        let lowest = sum * sum / count
        let highest = max(largestSumOfSquares(n: n, sum: sum), lowest)
        return lowest...highest
    }
}
