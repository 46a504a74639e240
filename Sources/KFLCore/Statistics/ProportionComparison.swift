#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// A unit's unfavourable share compared with the county's: the rule for
/// proportions, the counterpart of the one-sample rule for means (`Comparison`).
///
/// The unit's share p = c / n is an estimate; the county's share p0, from thousands
/// of respondents, is taken as fixed. "Clearly different" needs both
/// - an exact 95 % Clopper–Pearson interval for p that excludes p0 (Clopper and
///   Pearson, 1934: the interval of every p0 an exact binomial test with 2,5 % in
///   each tail does not reject), and
/// - |Cohen's h| ≥ 0,2, h = 2·asin√p − 2·asin√p0 (Cohen, 1988: the effect size of a
///   difference of proportions, read like d: 0,2 is a small difference).
///
/// The share is of the unfavourable side, so a larger share is worse whatever the
/// factor's direction. The simulation in the tests checks the rule: with no true
/// difference it calls at most 5 % "clearly different" at n = 8, 20 and 100.
///
/// Why not the Wilson score interval: together with |h| ≥ 0,2 it called 6,7 % of
/// true non-differences "clearly different" at n = 8, p0 = 0,5 and 7,2 % at n = 20,
/// p0 = 0,05 (the simulation, 4 000 runs each). The exact interval never exceeds 5 %.
public struct ProportionComparison: Sendable, Hashable {
    /// p − p0.
    public let difference: Double
    /// Cohen's h.
    public let effectSize: Double
    /// Exact 95 % Clopper–Pearson interval for p.
    public let interval: ClosedRange<Double>
    public let verdict: Verdict

    /// Smallest |h| that can count as a clear difference.
    public static let minimumEffectSize = 0.2
    /// The normal quantile of a two-sided 95 % interval.
    static let z = 1.959_963_984_540_054

    /// Compares `count` of `n` with the reference share `p0` (0…1). Not comparable when n is 0.
    public static func compare(count: Int, of n: Int, with p0: Double) -> ProportionComparison {
        guard n > 0 else {
            return ProportionComparison(difference: 0, effectSize: 0, interval: 0...1, verdict: .notComparable)
        }
        let p = Double(count) / Double(n)
        let interval = clopperPearson(count: count, of: n)
        let h = 2 * asin(p.squareRoot()) - 2 * asin(p0.squareRoot())
        let clearly = abs(h) >= minimumEffectSize && !interval.contains(p0)
        return ProportionComparison(
            difference: p - p0, effectSize: h, interval: interval,
            verdict: Verdict(clearly: clearly, difference: p - p0, direction: .lowerIsBetter))
    }

    /// The exact 95 % Clopper–Pearson interval for count / n: the p whose binomial tails at
    /// `count` hold 2,5 %, found by bisection (50 halvings: far below any shown digit).
    public static func clopperPearson(count: Int, of n: Int) -> ClosedRange<Double> {
        let low = count == 0 ? 0 : solve { upperTail(count, n, $0) < 0.025 }
        let high = count == n ? 1 : solve { lowerTail(count, n, $0) > 0.025 }
        return low...max(low, high)
    }

    /// The largest p in 0…1 for which `below` holds (it holds for small p, not for large).
    private static func solve(_ below: (Double) -> Bool) -> Double {
        var (a, b) = (0.0, 1.0)
        for _ in 0..<50 {
            let mid = (a + b) / 2
            if below(mid) { a = mid } else { b = mid }
        }
        return (a + b) / 2
    }

    /// P(X ≥ k) for X ~ Binomial(n, p), summed from k up by the terms' ratio.
    static func upperTail(_ k: Int, _ n: Int, _ p: Double) -> Double {
        if k <= 0 { return 1 }
        if k > n || p <= 0 { return 0 }
        if p >= 1 { return 1 }
        let (nn, kk) = (Double(n), Double(k))
        let logFirst = lgamma(nn + 1) - lgamma(kk + 1) - lgamma(nn - kk + 1) + kk * log(p) + (nn - kk) * log1p(-p)
        var term = exp(logFirst), sum = 0.0
        let ratio = p / (1 - p)
        var i = k
        while i <= n {
            sum += term
            if Double(i) > nn * p && term < sum * 1e-17 { break }
            term *= Double(n - i) / Double(i + 1) * ratio
            i += 1
        }
        return min(sum, 1)
    }

    /// P(X ≤ k) for X ~ Binomial(n, p).
    static func lowerTail(_ k: Int, _ n: Int, _ p: Double) -> Double { upperTail(n - k, n, 1 - p) }
}
