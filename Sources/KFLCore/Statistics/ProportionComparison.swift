import Foundation

/// A unit's unfavourable share compared with the county's: the rule for
/// proportions, the counterpart of the one-sample rule for means (`Comparison`).
///
/// The unit's share p = c / n is an estimate; the county's share p0, from thousands
/// of respondents, is taken as fixed. "Clearly different" needs both
/// - a 95 % Wilson score interval for p that excludes p0 (Wilson, 1927: it keeps
///   close to its 95 % at small n and near 0 and 1, where the textbook interval
///   p ± 1,96·√(p(1−p)/n) is too narrow), and
/// - |Cohen's h| ≥ 0,2, h = 2·asin√p − 2·asin√p0 (Cohen, 1988: the effect size of a
///   difference of proportions, read like d: 0,2 is a small difference).
///
/// The share is of the unfavourable side, so a larger share is worse whatever the
/// factor's direction. The simulation in the tests checks the rule: with no true
/// difference it calls at most 5 % "clearly different" at n = 8, 20 and 100.
public struct ProportionComparison: Sendable, Hashable {
    /// p − p0.
    public let difference: Double
    /// Cohen's h.
    public let effectSize: Double
    /// 95 % Wilson score interval for p.
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
        let interval = wilson(count: count, of: n)
        let h = 2 * asin(p.squareRoot()) - 2 * asin(p0.squareRoot())
        let clearly = abs(h) >= minimumEffectSize && !interval.contains(p0)
        return ProportionComparison(
            difference: p - p0, effectSize: h, interval: interval,
            verdict: Verdict(clearly: clearly, difference: p - p0, direction: .lowerIsBetter))
    }

    /// The 95 % Wilson score interval for count / n.
    public static func wilson(count: Int, of n: Int) -> ClosedRange<Double> {
        let n = Double(n), p = Double(count) / n, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return max(0, centre - half)...min(1, centre + half)
    }
}
