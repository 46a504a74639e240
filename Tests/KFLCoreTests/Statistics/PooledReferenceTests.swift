import Foundation
import KFLTestSupport
import Testing

@testable import KFLCore

@Suite struct PooledReferenceTests {
    let instrument = Instrument.builtIn
    var foreldre: RespondentGroup { instrument.group(id: "foreldre")! }
    var elev510: RespondentGroup { instrument.group(id: "elev510")! }
    var elev14: RespondentGroup { instrument.group(id: "elev14")! }
    var laerer: RespondentGroup { instrument.group(id: "laerer")! }
    var stotte: Factor { instrument.factor(id: "f_stotte")! }

    static func school(_ trinn: ClosedRange<Int>) -> ReportingUnit {
        ReportingUnit(id: 9, kind: .school, code: "s", name: "Skolen", parentID: 3, trinnRange: trinn)
    }

    @Test("the span is the school's trinn within the group's, at all trinn only")
    func span() {
        let ungdomsskole = Self.school(8...10), barneskole = Self.school(1...7), hel = Self.school(1...10)
        #expect(PooledReference.span(unit: ungdomsskole, group: foreldre, trinn: 0) == 8...10)
        #expect(PooledReference.span(unit: ungdomsskole, group: elev510, trinn: 0) == 8...10)
        #expect(PooledReference.span(unit: barneskole, group: elev510, trinn: 0) == 5...7)
        #expect(PooledReference.span(unit: barneskole, group: foreldre, trinn: 0) == 1...7)
        #expect(PooledReference.span(unit: barneskole, group: elev14, trinn: 0) == nil, "all of the group's trinn")
        #expect(PooledReference.span(unit: hel, group: foreldre, trinn: 0) == nil)
        #expect(PooledReference.span(unit: ungdomsskole, group: foreldre, trinn: 9) == nil, "a trinn is its own cell")
        #expect(PooledReference.span(unit: ungdomsskole, group: laerer, trinn: 0) == nil, "teachers have no trinn")
        #expect(PooledReference.span(unit: ungdomsskole, group: elev14, trinn: 0) == nil, "no trinn in common")
        let kommune = ReportingUnit(id: 3, kind: .municipality, code: "0425", name: "Åsnes", parentID: 1)
        #expect(PooledReference.span(unit: kommune, group: foreldre, trinn: 0) == nil)
    }

    @Test("pooling three trinn cells by hand: n, n-weighted mean, within and between sums of squares")
    func handComputation() throws {
        let cells: [CellResult?] = [
            .value(CellValue(n: 10, mean: 3.0, sd: 0.5)), .value(CellValue(n: 20, mean: 3.3, sd: 0.6)),
            .value(CellValue(n: 30, mean: 2.9, sd: 0.4)),
        ]
        let pooled = try #require(PooledReference.pool(cells, factor: stotte)?.value)
        let mean = (10 * 3.0 + 20 * 3.3 + 30 * 2.9) / 60
        let within = 9 * 0.25 + 19 * 0.36 + 29 * 0.16
        let between = 10 * pow(3.0 - mean, 2) + 20 * pow(3.3 - mean, 2) + 30 * pow(2.9 - mean, 2)
        #expect(pooled.n == 60)
        #expect(abs(pooled.mean - mean) < 1e-12)
        #expect(abs(try #require(pooled.sd) - ((within + between) / 59).squareRoot()) < 1e-12)
    }

    @Test("pooled over every trinn, the cells give the all-trinn cell (within 1e-12)")
    func poolOfAllIsTheWhole() throws {
        var rng = SeededGenerator(seed: 42)
        var whole = Summary()
        var parts: [CellResult?] = []
        for trinn in 1...10 {
            var part = Summary()
            for _ in 0..<Int.random(in: 40...400, using: &rng) {
                let x = min(4, max(1, 3.2 - 0.05 * Double(trinn) + Double.random(in: -1.2...1.2, using: &rng)))
                part.add(x)
                whole.add(x)
            }
            parts.append(.value(part.cellValue))
        }
        let pooled = try #require(PooledReference.pool(parts, factor: stotte)?.value)
        #expect(pooled.n == whole.n)
        #expect(abs(pooled.mean - whole.mean) < 1e-12)
        #expect(abs(try #require(pooled.sd) - (try #require(whole.sd))) < 1e-12)
    }

    @Test("a hidden trinn hides the pooled cell and a missing one leaves none: not comparable, never a guess")
    func hiddenOrMissing() {
        let shown = CellResult.value(CellValue(n: 300, mean: 3.1, sd: 0.6))
        #expect(PooledReference.pool([shown, .suppressed(.hidden), shown], factor: stotte) == .suppressed(.hidden))
        #expect(PooledReference.pool([shown, nil, shown], factor: stotte) == nil)
        let unit = CellResult.value(CellValue(n: 150, mean: 3.0, sd: 0.6))
        let result = FactorResult(
            factor: stotte, unit: unit, county: PooledReference.pool([shown, nil], factor: stotte),
            municipality: nil, referenceTrinn: 8...9)
        #expect(result.versusCounty == nil)
    }

    @Test("share bands add up; one trinn showing only its unfavourable count gives the count; one hidden hides it")
    func shares() throws {
        let bands = try #require(stotte.shares)
        func cell(_ shares: CellShares) -> CellResult? {
            .value(CellValue(n: 100, mean: 3, sd: 0.5, shares: shares))
        }
        let a = [10, 20, 30, 40], b = [5, 15, 35, 45]
        let both = try #require(PooledReference.pool([cell(.shown(a)), cell(.shown(b))], factor: stotte)?.value)
        #expect(both.shares == .shown([15, 35, 65, 85]))
        let split = try #require(
            PooledReference.pool([cell(.shown(a)), cell(.split(unfavourable: 7))], factor: stotte))
        #expect(split.value?.shares == .split(unfavourable: bands.unfavourable(a, direction: stotte.direction) + 7))
        let hidden = PooledReference.pool([cell(.shown(a)), cell(.hidden(.wholeGroup))], factor: stotte)
        #expect(hidden?.value?.shares == .hidden(.wholeGroup))
    }

    // MARK: Simulation

    /// Parents' support falls with the pupils' age (as in the demo: d ≈ −0,22 for 8.–10. trinn
    /// against all trinn); the county has 1 500 answers per trinn, taken as its true values.
    static let trinnMeans = (1...10).map { 3.45 - 0.04 * Double($0 - 1) }
    static let withinSD = 0.6

    static func normal(mean: Double, sd: Double, rng: inout SeededGenerator) -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng)
        let u2 = Double.random(in: 0..<1, using: &rng)
        return mean + sd * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// The share of ordinary ungdomsskoler (50 parents on each of 8.–10. trinn, no school effect
    /// at all) the one-sample rule calls clearly different from `reference`.
    static func clearRate(reference: (ClosedRange<Int>?) -> CellValue, seed: UInt64, simulations: Int) -> Double {
        var rng = SeededGenerator(seed: seed)
        let ref = reference(8...10)
        var clear = 0
        for _ in 0..<simulations {
            var school = Summary()
            for trinn in 8...10 {
                for _ in 0..<50 { school.add(normal(mean: trinnMeans[trinn - 1], sd: withinSD, rng: &rng)) }
            }
            let verdict = Comparison.compare(school.cellValue, with: ref, direction: .higherIsBetter).verdict
            if verdict == .clearlyBetter || verdict == .clearlyWorse { clear += 1 }
        }
        return Double(clear) / Double(simulations)
    }

    /// The county's cells: 1 500 answers per trinn at the true mean and sd.
    static var countyTrinn: [CellResult?] {
        trinnMeans.map { .value(CellValue(n: 1_500, mean: $0, sd: withinSD)) }
    }

    @Test("an ungdomsskole with no school effect: the all-trinn county cries wolf, the pooled 8.–10. does not")
    func ageTrendSimulation() throws {
        let factor = stotte
        let all = try #require(PooledReference.pool(Self.countyTrinn, factor: factor)?.value)
        let pooled = try #require(PooledReference.pool(Array(Self.countyTrinn[7...9]), factor: factor)?.value)
        let d = (pooled.mean - all.mean) / (all.sd ?? 1)
        #expect(d < -0.2, "the age trend is as large as the demo's: d = \(d)")
        let old = Self.clearRate(reference: { _ in all }, seed: 8_810, simulations: 4_000)
        let new = Self.clearRate(reference: { _ in pooled }, seed: 8_810, simulations: 4_000)
        let allowed = 0.05 + 3 * (0.05 * 0.95 / 4_000).squareRoot()
        #expect(old > 0.3, "old reference: \(old)")
        #expect(new <= allowed, "pooled reference: \(new)")
    }
}
