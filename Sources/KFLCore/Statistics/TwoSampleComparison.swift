/// Two estimates that both carry uncertainty, compared: the two-sample rule.
///
/// Used for a later round against an earlier one, boys against girls, and a
/// school against the rest of its kommune — everywhere two groups are
/// compared that are both samples. (The county, with thousands of
/// respondents, is compared by the one-sample rule in `Comparison`.)
///
/// The rule, defined here once and used by the TUI, `kfl show` and every
/// export:
/// - the difference is `a.mean − b.mean`, with a 95 % interval by Welch's
///   method: standard error √(s²ₐ/nₐ + s²ᵦ/nᵦ) and the t quantile at the
///   Welch–Satterthwaite degrees of freedom (not a whole number in general);
/// - the effect size is d = difference / pooled sd, where the pooled sd is
///   √(((nₐ − 1)s²ₐ + (nᵦ − 1)s²ᵦ) / (nₐ + nᵦ − 2)), the spread *within* the
///   two groups (Cohen's d). Neither group is the natural yardstick (unlike
///   the county), so the sd weighs both, and it is the sd in which "a small
///   effect" (0,2) and "a medium effect" (0,5) are conventionally stated;
/// - "clearly different" needs |d| ≥ 0,2 **and** an interval that excludes 0.
///   Better or worse follows the factor's direction: `.clearlyBetter` means
///   `a` is clearly better than `b`.
///
/// Rounds are treated as independent samples: the survey is anonymous, so
/// answers cannot be paired. When the same pupils answer twice this is
/// conservative (the true interval would be narrower).
///
/// Calibrated by simulation (see `RuleCalibrationTests`): with no true
/// difference at most 5 % of verdicts are "clearly different" (the old
/// one-sample rule called 14–16 %); a true d = 0,5 is found as often as
/// Welch's test allows — 77 % with 60 in each group (no test at the 5 % level
/// can do better than 78 % there), 83 % with 70.
public struct TwoSampleComparison: Sendable, Hashable {
    /// a.mean − b.mean, on the factor's scale.
    public let difference: Double
    /// d = difference / pooled sd; nil when neither group has spread.
    public let effectSize: Double?
    /// 95 % interval for the difference (Welch); nil when it cannot be computed.
    public let interval: ClosedRange<Double>?
    /// Welch–Satterthwaite degrees of freedom of the interval.
    public let degreesOfFreedom: Double?
    public let verdict: Verdict

    public init(
        difference: Double, effectSize: Double?, interval: ClosedRange<Double>?,
        degreesOfFreedom: Double?, verdict: Verdict
    ) {
        self.difference = difference
        self.effectSize = effectSize
        self.interval = interval
        self.degreesOfFreedom = degreesOfFreedom
        self.verdict = verdict
    }

    /// `a` compared with `b` by the two-sample rule. Not comparable when a
    /// group has fewer than two respondents or no sd, or both have no spread.
    public static func compare(_ a: CellValue, with b: CellValue, direction: Direction) -> TwoSampleComparison {
        let difference = a.mean - b.mean
        guard a.n >= 2, b.n >= 2, let sa = a.sd, let sb = b.sd else {
            return TwoSampleComparison(
                difference: difference, effectSize: nil, interval: nil, degreesOfFreedom: nil, verdict: .notComparable)
        }
        let na = Double(a.n)
        let nb = Double(b.n)
        let pooledSD = (((na - 1) * sa * sa + (nb - 1) * sb * sb) / (na + nb - 2)).squareRoot()
        let va = sa * sa / na
        let vb = sb * sb / nb
        guard pooledSD > 0, va + vb > 0 else {
            return TwoSampleComparison(
                difference: difference, effectSize: nil, interval: nil, degreesOfFreedom: nil, verdict: .notComparable)
        }
        let d = difference / pooledSD
        let df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1))
        let halfWidth = StudentT.quantile975(degreesOfFreedom: df) * (va + vb).squareRoot()
        let interval = (difference - halfWidth)...(difference + halfWidth)
        let clearly = abs(d) >= Comparison.minimumEffectSize && !interval.contains(0)
        let verdict = Verdict(clearly: clearly, difference: difference, direction: direction)
        return TwoSampleComparison(
            difference: difference, effectSize: d, interval: interval, degreesOfFreedom: df, verdict: verdict)
    }
}
