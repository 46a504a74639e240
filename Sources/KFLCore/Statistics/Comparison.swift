/// The honest answer to "is this unit different from the reference?".
public enum Verdict: Sendable, Hashable {
    case clearlyBetter
    case clearlyWorse
    case noClearDifference
    /// One of the two has no value (suppressed or missing) or no spread.
    case notComparable
}

/// A unit's mean compared with a reference (county, kommune or an earlier round).
public struct Comparison: Sendable, Hashable {
    /// unit mean − reference mean, on the factor's scale.
    public let difference: Double
    /// Effect size d = difference / reference sd.
    public let effectSize: Double?
    /// 95 % confidence interval for the unit mean.
    public let interval: ClosedRange<Double>?
    public let verdict: Verdict

    /// The one rule, used by the TUI, `show` and exports alike: "clearly
    /// different" needs |d| ≥ 0.2 and a 95 % interval for the unit mean (t
    /// distribution, n − 1 degrees of freedom) that excludes the reference mean.
    /// Better or worse follows the factor's direction.
    public static func compare(_ unit: CellValue, with reference: CellValue, direction: Direction) -> Comparison {
        let difference = unit.mean - reference.mean
        guard let referenceSD = reference.sd, referenceSD > 0 else {
            return Comparison(difference: difference, effectSize: nil, interval: nil, verdict: .notComparable)
        }
        let d = difference / referenceSD
        guard let unitSD = unit.sd, unit.n > 1 else {
            return Comparison(difference: difference, effectSize: d, interval: nil, verdict: .noClearDifference)
        }
        let halfWidth = StudentT.quantile975(degreesOfFreedom: unit.n - 1) * unitSD / Double(unit.n).squareRoot()
        let interval = (unit.mean - halfWidth)...(unit.mean + halfWidth)
        let clearly = abs(d) >= minimumEffectSize && !interval.contains(reference.mean)
        let verdict: Verdict
        if !clearly {
            verdict = .noClearDifference
        } else if (direction == .higherIsBetter) == (difference > 0) {
            verdict = .clearlyBetter
        } else {
            verdict = .clearlyWorse
        }
        return Comparison(difference: difference, effectSize: d, interval: interval, verdict: verdict)
    }

    /// Smallest |d| that can count as a clear difference.
    public static let minimumEffectSize = 0.2
}

/// Student's t distribution, as much of it as the comparison rule needs.
public enum StudentT {
    private static let table: [Double] = [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ]

    /// The 97.5 % quantile (two-sided 95 %). Exact table to 30 degrees of freedom,
    /// then the Cornish–Fisher expansion (error below 1e-4).
    public static func quantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1, "degrees of freedom must be positive")
        if df <= table.count { return table[df - 1] }
        let z = 1.959963984540054
        let v = Double(df)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
    }
}
