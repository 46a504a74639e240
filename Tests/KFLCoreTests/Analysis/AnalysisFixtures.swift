import Foundation

@testable import KFLCore

/// A small analysis used across the analysis tests.
enum AnalysisFixtures {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func analysis() -> Analysis {
        var a = Analysis(
            id: "a1", title: "Uro på 7. trinn",
            unit: UnitReference(kind: .school, code: "0425-02", name: "Flisa skole"),
            context: AnalysisContext(round: 2016, groupID: "elev510", trinn: 7, gender: .all),
            createdAt: created)
        a.challenge = "Mye uro i timene på 7. trinn."
        a.hypotheses = [
            Hypothesis(
                id: "h1", text: "Uklare rutiner ved timestart", perspective: .teaching, evidence: ["e510_uro"],
                assessment: .supported, importance: .high, influence: .yes),
            Hypothesis(
                id: "h2", text: "Foreldre kjenner ikke reglene", perspective: .home,
                assessment: .unclear, importance: .medium, influence: .partly),
        ]
        a.actions = [
            AnalysisAction(
                id: "t1", what: "Felles oppstart av timene", who: "Alle lærere på 7. trinn", hypothesisIDs: ["h1"])
        ]
        return a
    }
}
