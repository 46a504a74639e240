#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// Student's t distribution, as much of it as the comparison rules need: the
/// two-sided 95 % quantile for any positive degrees of freedom, whole (the
/// one-sample rule, n − 1) or not (Welch–Satterthwaite in the two-sample rule).
public enum StudentT {
    /// The 97.5 % quantile (two-sided 95 %) for whole degrees of freedom,
    /// worked out once per df (the browser asks for it for every cell it shows).
    public static func quantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1, "degrees of freedom must be positive")
        if let known = wholeQuantiles.value(for: df) { return known }
        let quantile = quantile975(degreesOfFreedom: Double(df))
        wholeQuantiles.store(quantile, for: df)
        return quantile
    }

    private static let wholeQuantiles = QuantileCache()

    /// Quantiles by whole df, shared by every thread.
    private final class QuantileCache: @unchecked Sendable {
        private let lock = Lock()
        private var values: [Int: Double] = [:]

        func value(for df: Int) -> Double? {
            lock.lock()
            defer { lock.unlock() }
            return values[df]
        }

        func store(_ value: Double, for df: Int) {
            lock.lock()
            defer { lock.unlock() }
            values[df] = value
        }
    }

    /// The 97.5 % quantile for any df > 0, exact to about 1e-10.
    ///
    /// Newton's method on the distribution function, started from the
    /// Cornish–Fisher expansion and kept inside a bracket that bisection
    /// narrows, so it converges for small df too (df = 1 gives 12,706…).
    public static func quantile975(degreesOfFreedom df: Double) -> Double {
        precondition(df > 0 && df.isFinite, "degrees of freedom must be positive and finite")
        let p = 0.975
        let z = 1.959963984540054
        var low = z
        var high = max(16.0, z)
        while cdf(high, degreesOfFreedom: df) < p {
            low = high
            high *= 2
        }
        let v = df
        let z3 = z * z * z
        let z5 = z3 * z * z
        let z7 = z5 * z * z
        var t =
            z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        if !(t > low && t < high) { t = (low + high) / 2 }
        for _ in 0..<100 {
            let error = cdf(t, degreesOfFreedom: df) - p
            if abs(error) < 1e-13 { break }
            if error < 0 { low = t } else { high = t }
            var next = t - error / density(t, degreesOfFreedom: df)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - t) < 1e-12 * t {
                t = next
                break
            }
            t = next
        }
        return t
    }

    /// P(T ≤ t) for T with `df` degrees of freedom.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The density of T at t.
    public static func density(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let logNormaliser = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp(logNormaliser - (df + 1) / 2 * log1p(t * t / df))
    }

    /// I_x(a, b) by its continued fraction (modified Lentz), using the symmetry
    /// I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a: a, b: b) / a
        }
        let logFrontSwapped = lgamma(a + b) - lgamma(a) - lgamma(b) + b * log1p(-x) + a * log(x)
        return 1 - exp(logFrontSwapped) * continuedFraction(1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}
