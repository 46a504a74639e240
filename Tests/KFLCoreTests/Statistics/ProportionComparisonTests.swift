import Foundation
import KFLTestSupport
import Testing

@testable import KFLCore

@Suite struct ProportionComparisonTests {
    /// P(X ≥ k) for Binomial(n, p), term by term with exact binomial coefficients.
    func directUpperTail(_ k: Int, _ n: Int, _ p: Double) -> Double {
        (k...n).reduce(0.0) { sum, i in
            var coefficient = 1.0
            for j in 0..<i { coefficient = coefficient * Double(n - j) / Double(j + 1) }
            return sum + coefficient * pow(p, Double(i)) * pow(1 - p, Double(n - i))
        }
    }

    @Test("the exact interval, h and the verdict equal a direct computation")
    func directComputation() {
        // 12 of 40 against a county share of 0,10.
        let c = ProportionComparison.compare(count: 12, of: 40, with: 0.10)
        let p = 0.3
        // At the interval's ends the tails hold exactly 2,5 % (Clopper–Pearson's definition).
        #expect(abs(directUpperTail(12, 40, c.interval.lowerBound) - 0.025) < 1e-9)
        #expect(abs((1 - directUpperTail(13, 40, c.interval.upperBound)) - 0.025) < 1e-9)
        // Published tables: 12/40 gives 0,1656 … 0,4653.
        #expect(abs(c.interval.lowerBound - 0.1656) < 1e-3)
        #expect(abs(c.interval.upperBound - 0.4653) < 1e-3)
        #expect(abs(c.effectSize - (2 * asin(p.squareRoot()) - 2 * asin(0.1.squareRoot()))) < 1e-12)
        #expect(abs(c.difference - 0.2) < 1e-12)
        // A larger unfavourable share is worse, whatever the factor's direction.
        #expect(c.verdict == .clearlyWorse)
        #expect(ProportionComparison.compare(count: 1, of: 100, with: 0.2).verdict == .clearlyBetter)
    }

    @Test("a county share inside the interval, or |h| below 0,2, is no clear difference")
    func noClearDifference() {
        // 3 of 10 against 0,2: inside the interval.
        #expect(ProportionComparison.compare(count: 3, of: 10, with: 0.2).verdict == .noClearDifference)
        // 5 200 of 10 000 against 0,50: outside the interval but h ≈ 0,08.
        let large = ProportionComparison.compare(count: 5_200, of: 10_000, with: 0.5)
        #expect(!large.interval.contains(0.5))
        #expect(large.verdict == .noClearDifference)
        #expect(ProportionComparison.compare(count: 0, of: 0, with: 0.5).verdict == .notComparable)
    }

    /// How often the rule calls "clearly different" for `n` draws with true share `p` against `p0`.
    func rate(n: Int, p: Double, p0: Double, runs: Int, seed: UInt64) -> Double {
        var rng = SeededGenerator(seed: seed)
        var clear = 0
        for _ in 0..<runs {
            var count = 0
            for _ in 0..<n where Double.random(in: 0..<1, using: &rng) < p { count += 1 }
            let verdict = ProportionComparison.compare(count: count, of: n, with: p0).verdict
            if verdict == .clearlyBetter || verdict == .clearlyWorse { clear += 1 }
        }
        return Double(clear) / Double(runs)
    }

    @Test(
        "with no true difference at most 5 % is called clearly different",
        arguments: [8, 20, 100], [0.05, 0.1, 0.3, 0.5])
    func calibration(n: Int, p0: Double) {
        let runs = 4_000
        // 5 % plus three standard errors of the simulation.
        let limit = 0.05 + 3 * (0.05 * 0.95 / Double(runs)).squareRoot()
        let observed = rate(n: n, p: p0, p0: p0, runs: runs, seed: UInt64(n * 1_000) + UInt64(p0 * 100))
        #expect(observed <= limit, "n \(n), p0 \(p0): \(observed)")
    }

    @Test("a real difference of h = 0,5 at n = 60 is found at least 80 % of the time", arguments: [0.1, 0.2, 0.4])
    func power(p0: Double) {
        // The share whose h against p0 is 0,5.
        let p = pow(sin(asin(p0.squareRoot()) + 0.25), 2)
        #expect(rate(n: 60, p: p, p0: p0, runs: 2_000, seed: 7) >= 0.80)
    }
}
