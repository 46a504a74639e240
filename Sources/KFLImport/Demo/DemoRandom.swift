#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The demo generator's own pseudo-random numbers: xoshiro256** seeded through
/// SplitMix64. Never the system generator, so a seed always gives the same data
/// in every process.
///
/// Independent streams are derived from the seed and a path of numbers
/// (round, school, group …), so one part of the output never depends on how
/// many numbers another part drew.
struct DemoRandom: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// A second normal deviate from the last Box–Muller pair.
    private var spareNormal: Double?

    init(seed: UInt64) {
        var state = seed
        s0 = Self.splitMix(&state)
        s1 = Self.splitMix(&state)
        s2 = Self.splitMix(&state)
        s3 = Self.splitMix(&state)
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// A stream for one part of the output, e.g. `DemoRandom(seed, 2016, 17)`.
    init(_ seed: UInt64, _ path: UInt64...) {
        self.init(seed: Self.derive(seed, path))
    }

    static func derive(_ seed: UInt64, _ path: [UInt64]) -> UInt64 {
        var state = seed ^ 0x5DEE_CE66_D1CE_4E5B
        var result = splitMix(&state)
        for part in path {
            state = result ^ (part &* 0xD6E8_FEB8_6659_FD93)
            result = splitMix(&state)
        }
        return result
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// Uniform integer in `range` (tiny modulo bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        uniform() < p
    }

    /// Standard normal deviate (Box–Muller, both values used).
    mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = max(uniform(), 1e-300)
        let u2 = uniform()
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * sin(angle)
        return radius * cos(angle)
    }

    mutating func normal(mean: Double, sd: Double) -> Double {
        mean + sd * normal()
    }

    /// A cheap, coarse standard normal deviate from a quantile table: good enough
    /// for the noise of single Likert answers, which are rounded anyway.
    mutating func quickNormal() -> Double {
        Self.normalTable[Int(truncatingIfNeeded: next() >> 54)]
    }

    /// Whether a rarely true event happens: `threshold` from `Self.threshold(p)`.
    mutating func rare(_ threshold: UInt64) -> Bool {
        next() < threshold
    }

    static func threshold(_ p: Double) -> UInt64 {
        UInt64(max(0, min(p, 1)) * 0x1.0p63) &* 2
    }

    /// 1024 equally likely standard normal values (quantiles at bin midpoints).
    static let normalTable: [Double] = (0..<1024).map { inverseNormal((Double($0) + 0.5) / 1024) }

    /// Acklam's rational approximation of the standard normal quantile function.
    static func inverseNormal(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - low {
            return -inverseNormal(1 - p)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
