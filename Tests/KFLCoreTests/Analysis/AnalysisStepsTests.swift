import Foundation
import Testing

@testable import KFLCore

@Suite struct AnalysisStepsTests {
    @Test func theBuiltInStepsAreTheSevenStepsOfTheModelInOrder() {
        let steps = AnalysisSteps.builtIn
        #expect(steps.steps.map(\.kind) == AnalysisStepKind.allCases)
        #expect(steps.steps.map(\.number) == Array(1...7))
        #expect(steps.step(.challenge).title == "Formulering av utfordring, tema eller problem")
        #expect(steps.step(.information).title == "Innhenting av informasjon")
        #expect(steps.step(.actions).title == "Utvikling av strategier og tiltak")
    }

    @Test func stepsOneToFourAreTheAnalysisPartAndFiveToSevenTheStrategyPart() {
        let steps = AnalysisSteps.builtIn
        #expect(steps.steps.prefix(4).allSatisfy { $0.phase == .analysis })
        #expect(steps.steps.suffix(3).allSatisfy { $0.phase == .strategy })
        #expect(steps.phaseName(.analysis) == "Analysedel")
        #expect(steps.phaseName(.strategy) == "Strategi- og tiltaksdel")
    }

    @Test func everyStepHasAnExplanationAndTwoToFourGuidingQuestions() {
        for step in AnalysisSteps.builtIn.steps {
            #expect(!step.explanation.isEmpty)
            #expect((2...4).contains(step.questions.count), "\(step.kind)")
            #expect(step.questions.allSatisfy { $0.hasSuffix("?") })
        }
    }

    @Test func aStepListOutOfOrderIsRefused() throws {
        let text = DataFiles.text(named: "analysis-steps.json")!
        var json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        var steps = json["steps"] as! [Any]
        steps.swapAt(0, 1)
        json["steps"] = steps
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try AnalysisSteps.decode(data) }
    }

    @Test func theFourEvaluationQuestionsAreTheModelsOwn() {
        #expect(
            AnalysisTextField.evaluationQuestions.map(Strings.Analysis.fieldLabel) == [
                "Har tiltakene hatt en funksjon?",
                "Har de blitt gjennomført slik det var planlagt?",
                "Skal de videreføres, endres?",
                "Er det behov for en ny analyse?",
            ])
    }
}
