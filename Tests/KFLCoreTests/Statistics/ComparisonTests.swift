import Testing

@testable import KFLCore

@Suite struct ComparisonTests {
    let county = CellValue(n: 10_000, mean: 3.0, sd: 0.5)

    @Test("a clear difference above the county is clearly better when higher is better")
    func clearlyBetterWhenHigher() {
        let unit = CellValue(n: 30, mean: 3.3, sd: 0.5)
        let c = Comparison.compare(unit, with: county, direction: .higherIsBetter)
        #expect(c.verdict == .clearlyBetter)
        #expect(abs(c.effectSize! - 0.6) < 1e-9)
        #expect(!c.interval!.contains(county.mean))
    }

    @Test("lower is better flips better and worse")
    func lowerIsBetterFlips() {
        let above = CellValue(n: 30, mean: 3.3, sd: 0.5)
        let below = CellValue(n: 30, mean: 2.7, sd: 0.5)
        #expect(Comparison.compare(above, with: county, direction: .lowerIsBetter).verdict == .clearlyWorse)
        #expect(Comparison.compare(below, with: county, direction: .lowerIsBetter).verdict == .clearlyBetter)
        #expect(Comparison.compare(below, with: county, direction: .higherIsBetter).verdict == .clearlyWorse)
    }

    @Test("a tiny difference with a big n is no clear difference, although the interval excludes the county")
    func bigNTinyDifference() {
        let unit = CellValue(n: 5_000, mean: 3.05, sd: 0.5)
        let c = Comparison.compare(unit, with: county, direction: .higherIsBetter)
        #expect(abs(c.effectSize!) < 0.2)
        #expect(!c.interval!.contains(county.mean))
        #expect(c.verdict == .noClearDifference)
    }

    @Test("a large difference with a small n whose interval contains the county is no clear difference")
    func smallNLargeDifference() {
        let unit = CellValue(n: 3, mean: 3.5, sd: 1.0)
        let c = Comparison.compare(unit, with: county, direction: .higherIsBetter)
        #expect(c.effectSize! >= 0.2)
        #expect(c.interval!.contains(county.mean))
        #expect(c.verdict == .noClearDifference)
    }

    @Test("an effect size of exactly 0.2 with a narrow interval counts as clear")
    func boundaryEffectSize() {
        let reference = CellValue(n: 10_000, mean: 2.0, sd: 2.5)
        let unit = CellValue(n: 10_000, mean: 2.5, sd: 1.0)
        let c = Comparison.compare(unit, with: reference, direction: .higherIsBetter)
        #expect(c.effectSize == 0.2)
        #expect(c.verdict == .clearlyBetter)
    }

    @Test("a reference without spread, or a unit of one, cannot be called clearly different")
    func notComparable() {
        let flat = CellValue(n: 50, mean: 3.0, sd: 0)
        let noSD = CellValue(n: 1, mean: 3.0, sd: nil)
        let unit = CellValue(n: 40, mean: 4.0, sd: 0.5)
        #expect(Comparison.compare(unit, with: flat, direction: .higherIsBetter).verdict == .notComparable)
        #expect(Comparison.compare(unit, with: noSD, direction: .higherIsBetter).verdict == .notComparable)
        #expect(
            Comparison.compare(CellValue(n: 1, mean: 4.0, sd: nil), with: county, direction: .higherIsBetter).verdict
                == .noClearDifference)
    }

    @Test(
        "the t quantiles match the table: df 1, 10, 100 and 1000",
        arguments: [
            (1, 12.706), (2, 4.303), (10, 2.228), (30, 2.042), (31, 2.040), (100, 1.984), (1000, 1.962),
        ])
    func tQuantiles(df: Int, expected: Double) {
        #expect(abs(StudentT.quantile975(degreesOfFreedom: df) - expected) < 1e-3)
    }

    @Test("the t quantile falls with the degrees of freedom towards 1.96")
    func tQuantileIsMonotone() {
        var previous = Double.infinity
        for df in 1...2_000 {
            let q = StudentT.quantile975(degreesOfFreedom: df)
            #expect(q < previous, "df \(df)")
            #expect(q > 1.959963)
            previous = q
        }
    }
}
