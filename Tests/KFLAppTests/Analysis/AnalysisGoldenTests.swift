import Foundation
import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// Every step of a realistic analysis, the list of analyses and the delete
/// question, at 80×24 and 120×40.
@Suite(.serialized) struct AnalysisGoldenTests {
    /// An analysis started with `a` and filled in by "another window".
    func filledSession(width: Int, height: Int) throws -> AnalysisTestSession {
        let session = try AnalysisTestSession(width: width, height: height)
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        try AnalysisFixtureContent.fill(try session.otherWindow(), analysisID: id)
        session.app.tick()
        session.press(.character("1"))
        return session
    }

    @Test(arguments: [80, 120])
    func everyStepIsDrawnWithItsGuideFieldsAndStepBar(width: Int) throws {
        let height = width == 80 ? 24 : 40
        let session = try filledSession(width: width, height: height)
        #expect(session.state?.analysis.hypotheses.count == 3)
        for step in 1...7 {
            session.press(.character(Character(String(step))))
            if step == 4 || step == 5 || step == 7 { session.press(.home) }
            if step == 3 { session.press(.home, .down) }
            expectGolden(session.screen, named: "Analysis/step\(step)-\(width)x\(height)")
        }
    }

    /// The analysis step with the most on it, in nynorsk: guidance, fields and keys.
    @Test(arguments: [80, 120])
    func theAnalysisStepInNynorsk(width: Int) throws {
        let height = width == 80 ? 24 : 40
        try Language.$current.withValue(.nynorsk) {
            let session = try filledSession(width: width, height: height)
            session.press(.character("4"), .home)
            expectGolden(session.screen, named: "Analysis/nn/step4-\(width)x\(height)")
            session.press(.character("i"))
            expectGolden(session.screen, named: "Analysis/nn/step4-guide-\(width)x\(height)")
        }
    }

    @Test func aFieldBeingEditedShowsTheCursorAndTheEditingHint() throws {
        let session = try filledSession(width: 80, height: 24)
        session.press(.character("2"), .enter, .controlLeft, .controlLeft)
        expectGolden(session.screen, named: "Analysis/editing-80x24")
    }

    @Test func theHelpIsBuiltFromTheStepsKeymap() throws {
        let session = try filledSession(width: 80, height: 24)
        session.press(.character("4"), .character("?"))
        expectGolden(session.screen, named: "Analysis/help-step4-80x24")
    }

    @Test func theListShowsTheUnitsAnalysesAndAsksBeforeDeleting() throws {
        let session = try filledSession(width: 80, height: 24)
        session.press(.escape)
        #expect(session.app.mode == .list)
        session.press(.character("d"))
        session.press(.down, .character("f"))
        expectGolden(session.screen, named: "Analysis/list-80x24")
        session.press(.character("x"))
        expectGolden(session.screen, named: "Analysis/list-delete-80x24")
        session.press(.character("n"))
        #expect(session.app.list?.summaries.count == 2)
        session.press(.character("x"), .character("j"))
        #expect(session.app.list?.summaries.count == 1)
        #expect(try session.workbook.all().count == 1)
    }

    /// At 80×24 the list's keys take two rows, as an analysis's do, so Esc and q are named;
    /// its help stays open on the keys that scroll every other help, and Esc closes it.
    @Test func theListNamesEscAndQAndItsHelpScrollsLikeTheOthers() throws {
        let session = try filledSession(width: 80, height: 24)
        session.press(.escape)
        #expect(session.app.mode == .list)
        let bar = session.screen.lines.suffix(2).joined(separator: " ")
        #expect(bar.contains("Esc tilbake") && bar.contains("q avslutt"), "\(bar)")
        session.press(.character("?"))
        let help = session.screen.lines.joined(separator: "\n")
        for key in [Key.character("j"), .down, .pageDown, .character(" "), .character("G"), .end, .up, .home] {
            session.press(key)
            #expect(session.app.list?.showsHelp == true, "\(key) scrolls the help, it does not close it")
        }
        #expect(session.screen.lines.joined(separator: "\n") == help, "the help fits at 80×24: nothing to scroll")
        #expect(session.screen.lines.last?.contains("Esc lukk") == true)
        session.press(.escape)
        #expect(session.app.list?.showsHelp == false)
        #expect(session.app.mode == .list)
    }

    @Test func aTerminalBelowTheMinimumSaysSo() throws {
        let session = try filledSession(width: 80, height: 24)
        session.press(.resize(width: 50, height: 12))
        expectGolden(session.screen, named: "Analysis/too-small-50x12")
    }
}
