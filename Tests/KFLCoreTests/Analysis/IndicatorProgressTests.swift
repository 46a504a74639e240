import Testing

@testable import KFLCore

/// Step 7: an indicator's progress by the two-sample rule, in four honest
/// answers, and whether the target is reached.
@Suite struct IndicatorProgressTests {
    let uro = Instrument.builtIn.factor(id: "e510_uro")!
    let trivsel = Instrument.builtIn.factor(id: "e510_trivsel")!

    func progress(
        _ factor: Factor, target: Double? = nil, start: CellResult?, latestRound: Int? = 2018, latest: CellResult?
    ) -> IndicatorProgress {
        let indicator = Indicator(id: "i1", factorID: factor.id, trinn: 6, gender: .boys, target: target)
        return IndicatorProgress(
            indicator: indicator, factor: factor, startRound: 2016, start: start,
            latestRound: latestRound, latest: latest)
    }

    func cell(_ n: Int, _ mean: Double, _ sd: Double = 0.6) -> CellResult {
        .value(CellValue(n: n, mean: mean, sd: sd))
    }

    @Test("less uro, clearly: a clear change in the wanted direction (lower is better)")
    func wanted() {
        let p = progress(uro, target: 2.2, start: cell(40, 2.8), latest: cell(40, 2.3))
        #expect(p.outcome == .clearChangeWanted)
        #expect(p.change?.verdict == .clearlyBetter)
        #expect(p.targetStatus == .notReached, "2,3 is not down to 2,2")
        #expect(Strings.Analysis.indicatorOutcome(p.outcome) == "klar endring i ønsket retning")
    }

    @Test("more uro, clearly: a clear change in the wrong direction")
    func wrong() {
        let p = progress(uro, target: 2.5, start: cell(40, 2.3), latest: cell(40, 2.8))
        #expect(p.outcome == .clearChangeWrong)
        #expect(Strings.Analysis.indicatorOutcome(p.outcome) == "klar endring i feil retning")
    }

    @Test("a change small groups cannot tell from chance is no clear change; the target may still be reached")
    func noClearChange() {
        let p = progress(trivsel, target: 4.0, start: cell(9, 3.8), latest: cell(9, 4.05))
        #expect(p.outcome == .noClearChange)
        #expect(p.targetStatus == .reached, "4,05 ≥ 4,0: the group's own line, judged on the value")
        #expect(Strings.Analysis.targetStatus(p.targetStatus) == "målverdien er nådd")
    }

    @Test("no later round, a suppressed round or no answers: cannot tell yet")
    func cannotTellYet() {
        let cases = [
            progress(trivsel, target: 4, start: cell(30, 3.8), latestRound: nil, latest: nil),
            progress(trivsel, target: 4, start: cell(30, 3.8), latest: .suppressed(.hidden)),
            progress(trivsel, target: 4, start: .suppressed(.hidden), latest: cell(30, 4.2)),
            progress(trivsel, start: nil, latest: cell(30, 4.2)),
        ]
        for p in cases {
            #expect(p.outcome == .cannotTellYet)
            #expect(p.change == nil)
            #expect(Strings.Analysis.indicatorOutcome(p.outcome) == "kan ikke avgjøres ennå")
        }
        #expect(cases[0].targetStatus == .notYetMeasured && cases[1].targetStatus == .notYetMeasured)
        #expect(cases[3].targetStatus == .noTarget)
    }

    @Test("the change is the later round against the start, by the two-sample rule")
    func usesTheTwoSampleRule() throws {
        let start = CellValue(n: 20, mean: 3.0, sd: 0.7)
        let latest = CellValue(n: 20, mean: 3.4, sd: 0.7)
        let p = progress(trivsel, start: .value(start), latest: .value(latest))
        #expect(p.change == TwoSampleComparison.compare(latest, with: start, direction: .higherIsBetter))
        #expect(p.outcome == .noClearChange, "the old one-sample rule called this clearly better")
        #expect(Comparison.compare(latest, with: start, direction: .higherIsBetter).verdict == .clearlyBetter)
    }

    @Test("outcome and target codes are stable words for scripts")
    func codes() {
        #expect(
            IndicatorProgress.Outcome.allCases.map(\.code) == [
                "cannotTellYet", "noClearChange", "clearChangeWanted", "clearChangeWrong",
            ])
        #expect(
            IndicatorProgress.TargetStatus.allCases.map(\.code) == [
                "noTarget", "notYetMeasured", "reached", "notReached",
            ])
    }
}
