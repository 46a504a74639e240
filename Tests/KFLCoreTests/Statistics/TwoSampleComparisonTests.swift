import Testing

@testable import KFLCore

@Suite struct TwoSampleComparisonTests {
    @Test("difference, Welch interval and pooled-sd effect size, worked by hand")
    func workedExample() throws {
        let later = CellValue(n: 25, mean: 3.6, sd: 0.8)
        let earlier = CellValue(n: 16, mean: 3.1, sd: 0.6)
        let c = TwoSampleComparison.compare(later, with: earlier, direction: .higherIsBetter)
        let va = 0.64 / 25
        let vb = 0.36 / 16
        let df = (va + vb) * (va + vb) / (va * va / 24 + vb * vb / 15)
        let half = StudentT.quantile975(degreesOfFreedom: df) * (va + vb).squareRoot()
        let pooled = ((24 * 0.64 + 15 * 0.36) / 39).squareRoot()
        #expect(abs(c.difference - 0.5) < 1e-12)
        #expect(abs(try #require(c.degreesOfFreedom) - df) < 1e-12)
        #expect(abs(df - 37.89) < 0.01, "Welch–Satterthwaite is not a whole number")
        let interval = try #require(c.interval)
        #expect(abs(interval.lowerBound - (0.5 - half)) < 1e-12 && abs(interval.upperBound - (0.5 + half)) < 1e-12)
        #expect(abs(try #require(c.effectSize) - 0.5 / pooled) < 1e-12)
        #expect(c.verdict == .clearlyBetter)
    }

    @Test("lower is better turns a clear rise into clearly worse")
    func direction() {
        let later = CellValue(n: 60, mean: 2.6, sd: 0.5)
        let earlier = CellValue(n: 60, mean: 2.2, sd: 0.5)
        #expect(TwoSampleComparison.compare(later, with: earlier, direction: .lowerIsBetter).verdict == .clearlyWorse)
        #expect(TwoSampleComparison.compare(earlier, with: later, direction: .lowerIsBetter).verdict == .clearlyBetter)
    }

    @Test("both conditions are needed: a big n with d below 0,2, or d above 0,2 with an interval over 0")
    func bothConditions() throws {
        let tiny = TwoSampleComparison.compare(
            CellValue(n: 5_000, mean: 3.08, sd: 0.5), with: CellValue(n: 5_000, mean: 3.0, sd: 0.5),
            direction: .higherIsBetter)
        let tinyInterval = try #require(tiny.interval)
        let tinyD = try #require(tiny.effectSize)
        #expect(!tinyInterval.contains(0) && abs(tinyD) < 0.2)
        #expect(tiny.verdict == .noClearDifference)
        let wide = TwoSampleComparison.compare(
            CellValue(n: 8, mean: 3.3, sd: 0.8), with: CellValue(n: 8, mean: 3.0, sd: 0.8), direction: .higherIsBetter)
        let wideInterval = try #require(wide.interval)
        let wideD = try #require(wide.effectSize)
        #expect(wideInterval.contains(0) && wideD >= 0.2)
        #expect(wide.verdict == .noClearDifference)
    }

    @Test("the old one-sample rule calls a change clear that the two-sample rule does not")
    func oldRuleIsTooEager() {
        let earlier = CellValue(n: 20, mean: 3.0, sd: 0.7)
        let later = CellValue(n: 20, mean: 3.4, sd: 0.7)
        #expect(Comparison.compare(later, with: earlier, direction: .higherIsBetter).verdict == .clearlyBetter)
        #expect(
            TwoSampleComparison.compare(later, with: earlier, direction: .higherIsBetter).verdict == .noClearDifference)
    }

    @Test("fewer than two respondents, no sd, or no spread at all: not comparable")
    func notComparable() {
        let fine = CellValue(n: 30, mean: 3, sd: 0.5)
        for other in [CellValue(n: 1, mean: 4, sd: nil), CellValue(n: 30, mean: 4, sd: nil)] {
            #expect(
                TwoSampleComparison.compare(other, with: fine, direction: .higherIsBetter).verdict == .notComparable)
            #expect(
                TwoSampleComparison.compare(fine, with: other, direction: .higherIsBetter).verdict == .notComparable)
        }
        let flat = CellValue(n: 30, mean: 3, sd: 0)
        #expect(
            TwoSampleComparison.compare(flat, with: CellValue(n: 20, mean: 3, sd: 0), direction: .higherIsBetter)
                .verdict == .notComparable)
        #expect(
            TwoSampleComparison.compare(CellValue(n: 20, mean: 4, sd: 0.5), with: flat, direction: .higherIsBetter)
                .verdict == .clearlyBetter, "one group without spread still leaves the other's")
    }

    @Test("a suppressed or missing cell gives no comparison, only the reason")
    func outcomeOfSuppressedCells() {
        let shown = CellResult.value(CellValue(n: 30, mean: 3, sd: 0.5))
        #expect(
            TwoSampleOutcome.between(shown, .suppressed(.hidden), direction: .higherIsBetter)
                == .unavailable(.suppressed(.hidden)))
        #expect(
            TwoSampleOutcome.between(.suppressed(.hidden), shown, direction: .higherIsBetter)
                == .unavailable(.suppressed(.hidden)))
        #expect(TwoSampleOutcome.between(nil, shown, direction: .higherIsBetter) == .unavailable(.noData))
    }

    @Test("verdict codes are stable words for scripts")
    func codes() {
        #expect(
            Verdict.allCases.map(\.code) == ["clearlyBetter", "clearlyWorse", "noClearDifference", "notComparable"])
    }
}
