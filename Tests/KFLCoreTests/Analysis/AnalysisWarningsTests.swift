import Testing

@testable import KFLCore

@Suite struct AnalysisWarningsTests {
    @Test func aTidyAnalysisHasNoWarnings() {
        #expect(AnalysisFixtures.analysis().warnings().isEmpty)
    }

    @Test func aTiltakLinkedToNoHypothesisIsPointedOut() {
        var a = AnalysisFixtures.analysis()
        a.actions.append(AnalysisAction(id: "t2", what: "Leksehjelp"))
        let warnings = a.warnings()
        #expect(warnings.map(\.kind) == [.actionWithoutHypothesis(actionID: "t2")])
        #expect(warnings[0].message.contains("«Leksehjelp» er ikke knyttet til noen hypotese"))
    }

    @Test func aTiltakLinkedOnlyToADeletedHypothesisCountsAsUnlinked() {
        var a = AnalysisFixtures.analysis()
        a.actions[0].hypothesisIDs = ["gone"]
        #expect(
            a.warnings().map(\.kind) == [
                .actionWithoutHypothesis(actionID: "t1"), .prioritisedHypothesisWithoutAction(hypothesisID: "h1"),
            ])
    }

    @Test(arguments: [
        (Assessment.notSupported, Importance?.some(.high), Influence?.some(.yes)),
        (.supported, .low, .yes),
        (.supported, .high, .no),
    ])
    func aTiltakAimedOnlyAtSetAsideHypothesesIsPointedOut(
        assessment: Assessment, importance: Importance?, influence: Influence?
    ) {
        var a = AnalysisFixtures.analysis()
        a.hypotheses.append(
            Hypothesis(
                id: "h3", text: "Lite lekser", evidence: ["e510_lekser"], assessment: assessment,
                importance: importance, influence: influence))
        a.actions.append(AnalysisAction(id: "t2", what: "Leksehjelp", hypothesisIDs: ["h3"]))
        let warnings = a.warnings()
        #expect(warnings.map(\.kind) == [.actionAtSetAsideHypotheses(actionID: "t2")])
        #expect(warnings[0].message.hasPrefix("«Leksehjelp» retter seg bare mot hypoteser dere har lagt til side"))
        // One prioritised or still unclear hypothesis among its aims is enough.
        a.actions[1].hypothesisIDs = ["h3", "h1"]
        #expect(a.warnings().isEmpty)
        a.hypotheses[2] = Hypothesis(id: "h3", text: "Lite lekser", assessment: .unclear)
        a.actions[1].hypothesisIDs = ["h3"]
        #expect(a.warnings().isEmpty)
    }

    /// Step 4 is holding each hypothesis against the data: «støttet» with no data linked and no
    /// reason written is a loose thread of that step (a reason in words, or one linked factor, ties it).
    @Test func aHypothesisSupportedWithoutDataIsPointedOutInStep4() {
        var a = AnalysisFixtures.analysis()
        a.hypotheses[1].assessment = .supported
        a.hypotheses[1].importance = .low
        let warnings = a.warnings()
        #expect(warnings.map(\.kind) == [.supportedWithoutData(hypothesisID: "h2")])
        #expect(warnings.map(\.step) == [.analysis])
        #expect(
            warnings[0].message
                == "«Foreldre kjenner ikke reglene» er vurdert som støttet av data, men har verken knyttede data "
                + "eller begrunnelse. Hva i dataene støtter den?")
        a.hypotheses[1].reason = "  \n"
        #expect(a.warnings().count == 1, "blank is no reason")
        a.hypotheses[1].reason = "Foreldremøtet i september: få kjente reglene."
        #expect(a.warnings().isEmpty)
        a.hypotheses[1].reason = ""
        a.hypotheses[1].evidence = ["f_samarbeid"]
        #expect(a.warnings().isEmpty)
        a.hypotheses[1].evidence = []
        a.hypotheses[1].assessment = .unclear
        #expect(a.warnings().isEmpty, "an unclear hypothesis needs no data yet")
    }

    @Test func aPrioritisedHypothesisWithoutTiltakIsPointedOut() {
        var a = AnalysisFixtures.analysis()
        a.hypotheses[1].assessment = .supported
        a.hypotheses[1].evidence = ["f_samarbeid"]
        let warnings = a.warnings()
        #expect(warnings.map(\.kind) == [.prioritisedHypothesisWithoutAction(hypothesisID: "h2")])
        #expect(
            warnings[0].message == "«Foreldre kjenner ikke reglene» er prioritert, men ingen tiltak retter seg mot den."
        )
    }

    @Test func anItemWithoutTextIsNamedByItsNumber() {
        var a = AnalysisFixtures.analysis()
        a.actions.append(AnalysisAction(id: "t2"))
        #expect(a.warnings()[0].message.hasPrefix("Tiltak 2 er ikke knyttet"))
    }

    @Test(arguments: [
        (Assessment.supported, Importance?.some(.high), Influence?.some(.yes), true),
        (.supported, .medium, .partly, true),
        (.supported, .low, .yes, false),
        (.supported, .high, .no, false),
        (.supported, nil, .yes, false),
        (.supported, .high, nil, false),
        (.unclear, .high, .yes, false),
        (.notSupported, .high, .yes, false),
    ])
    func prioritisationNeedsSupportImportanceAndInfluence(
        assessment: Assessment, importance: Importance?, influence: Influence?, expected: Bool
    ) {
        let h = Hypothesis(id: "h", assessment: assessment, importance: importance, influence: influence)
        #expect(h.isPrioritised == expected)
    }

    @Test func stepsWithContentFollowWhatIsFilledIn() {
        var a = AnalysisFixtures.analysis()
        #expect(a.stepsWithContent == [.challenge, .analysis, .actions])
        a.goal = "   \n"
        a.otherSources = "Observasjoner"
        a[.evaluationFidelity] = "Ja"
        #expect(a.stepsWithContent == [.challenge, .information, .analysis, .actions, .evaluation])
    }

    /// Step 3 asks the group to gather what it knows: the result an analysis
    /// was started from is where that begins, not something the group did.
    @Test func aStartingLinkAloneDoesNotFillStep3() {
        var a = AnalysisFixtures.analysis()
        a.linkedFactors = [LinkedFactor(id: "start", factorID: "e510_uro", trinn: 7, isStartingPoint: true)]
        #expect(!a.stepsWithContent.contains(.information))
        a.linkedFactors.append(LinkedFactor(id: "own", factorID: "e510_maal", trinn: 7))
        #expect(a.stepsWithContent.contains(.information), "a result the group linked itself")
        a.linkedFactors.removeLast()
        a.otherSources = "Observasjoner i 7A"
        #expect(a.stepsWithContent.contains(.information), "other sources described")
    }
}
