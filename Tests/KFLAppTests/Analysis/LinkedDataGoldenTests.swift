import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// Step 3 with a linked change, a cohort and a gender gap, and step 7 with
/// indicators for a trinn and a gender with targets — at a school where the
/// boys of 6. trinn were too few in 2016, so cells read "skjermet" and why.
@Suite(.serialized) struct LinkedDataGoldenTests {
    static let school = "Engdalen barneskole"

    /// An analysis of 6. trinn started in 2016 with `a`, then filled in by "another window".
    func session(width: Int, height: Int) throws -> AnalysisTestSession {
        let session = try AnalysisTestSession(
            width: width, height: height, round: 2016, school: Self.school, trinn: 6)
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        let workbook = try session.otherWindow()
        let links = [
            LinkedFactor(id: "l-dev", factorID: "e510_uro", trinn: 6, view: .development, round: 2020, baseRound: 2016),
            LinkedFactor(id: "l-class", factorID: "e510_uro", trinn: 7, view: .sameClass, round: 2020),
            LinkedFactor(id: "l-gap", factorID: "e510_uro", trinn: 6, view: .genderGap, round: 2016),
        ]
        for link in links { try workbook.add(link, to: id) }
        try workbook.add(
            Indicator(
                id: "i-boys", factorID: "e510_uro", trinn: 6, gender: .boys, changeSought: "Mindre uro blant guttene",
                target: 2.0, byRound: 2020), to: id)
        try workbook.add(
            Indicator(
                id: "i-all", factorID: "e510_trivsel", trinn: 6, changeSought: "Mer trivsel", target: 3.5,
                byRound: 2020), to: id)
        session.app.tick()
        return session
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func step3ShowsTheLinkedChangeCohortAndGapWithTheBrowsersNumbers(width: Int, height: Int) throws {
        let session = try session(width: width, height: height)
        session.press(.character("3"), .home, .down, .down, .down)
        #expect(session.state?.focusedLinkedFactor?.id == "l-gap")
        let text = session.screen.text
        #expect(text.contains("skj."))
        #expect(text.contains("skjermet"), "a suppressed cell says so, and why")
        expectGolden(session.screen, named: "Analysis/step3-linked-gap-\(width)x\(height)")
        session.press(.up, .up)
        #expect(session.state?.focusedLinkedFactor?.id == "l-dev")
        expectGolden(session.screen, named: "Analysis/step3-linked-development-\(width)x\(height)")
    }

    @Test func step3SaysPlainlyThatACohortIsTheSameClassNotTheSamePupils() throws {
        let session = try session(width: 120, height: 40)
        session.press(.character("3"), .home, .down, .down)
        #expect(session.state?.focusedLinkedFactor?.id == "l-class")
        let text = session.screen.text.replacingOccurrences(of: "│", with: " ")
        #expect(text.contains("anonym"))
        expectGolden(session.screen, named: "Analysis/step3-linked-class-120x40")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func step7ShowsEachIndicatorsOutcomeTargetAndWhyItCannotBeToldYet(width: Int, height: Int) throws {
        let session = try session(width: width, height: height)
        session.press(.character("7"), .home)
        let text = session.screen.text
        #expect(text.contains("skjermet"))
        #expect(text.contains("Kan ikke avgjøres ennå"))
        expectGolden(session.screen, named: "Analysis/step7-indicators-\(width)x\(height)")
    }

    @Test func aTargetOffTheScaleIsExplainedInTheField() throws {
        let session = try session(width: 80, height: 24)
        session.press(.character("7"), .home, .character("m"), .control("u"))
        session.type("7,5")
        session.press(.enter)
        expectGolden(session.screen, named: "Analysis/step7-target-refused-80x24")
        session.press(.escape)
        #expect(try session.workbook.load(id: session.state!.analysis.id)?.indicators.first?.target == 2.0)
    }
}
