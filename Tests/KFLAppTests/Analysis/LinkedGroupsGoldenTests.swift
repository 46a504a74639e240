import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// An analysis that links the same theme from several groups: the pupils' and the
/// teachers' «Tilpasset opplæring» share a name, and the teachers' «Læringskultur og
/// relasjoner mellom elevene» is longer than any label column. Step 3 says whose answers
/// each factor is and never cuts a name; the pickers show every row whole.
@Suite(.serialized) struct LinkedGroupsGoldenTests {
    static let hypothesis =
        "Elevene som strever faglig, får sjelden oppleve mestring i timene fordi oppgavene ikke er tilpasset "
        + "nivået deres, og da trekker de seg unna fellesskapet."

    func session(width: Int, height: Int) throws -> AnalysisTestSession {
        let session = try AnalysisTestSession(width: width, height: height)
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        let workbook = try session.otherWindow()
        let links = [
            LinkedFactor(id: "l-pupils", factorID: "e510_tilpasning", trinn: 7),
            LinkedFactor(id: "l-teachers", factorID: "l_tilpasning", trinn: 0),
            LinkedFactor(id: "l-culture", factorID: "l_laeringskultur", trinn: 0),
        ]
        for link in links { try workbook.add(link, to: id) }
        try workbook.add(Hypothesis(id: "h1", text: Self.hypothesis, perspective: .teaching), to: id)
        try workbook.add(AnalysisAction(id: "t1", what: "Tilpassede oppgaver i alle fag"), to: id)
        session.app.tick()
        return session
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func stepThreeNamesTheGroupAndNeverCutsAName(width: Int, height: Int) throws {
        let session = try session(width: width, height: height)
        // The last factor in focus: at 80×24 the first ones are scrolled away.
        session.press(.character("3"), .end, .up)
        let text = session.screen.lines.joined(separator: "\n")
        #expect(
            session.screen.lines.contains { $0.hasPrefix("  Lærere   ") }, "the teachers' factors under their group")
        #expect(text.contains("mellom elevene"), "the teachers' «Læringskultur og relasjoner mellom elevene» whole")
        expectGolden(session.screen, named: "Analysis/step3-groups-\(width)x\(height)")
    }

    @Test func theEvidenceAndSuggestionPickersNameTheGroup() throws {
        let session = try session(width: 80, height: 24)
        session.press(.character("4"), .home, .character("e"))
        let evidence = session.screen.lines.joined(separator: "\n")
        #expect(evidence.contains("Tilpasset opplæring (Elever 5–10)"))
        #expect(evidence.contains("Tilpasset opplæring (Lærere)"))
        session.press(.escape, .character("s"))
        expectGolden(session.screen, named: "Analysis/step4-suggestions-80x24")
    }

    @Test func theHypothesisPickerShowsTheWholeHypothesis() throws {
        let session = try session(width: 80, height: 24)
        session.press(.character("5"), .home, .character("h"))
        #expect(session.screen.lines.contains { $0.contains("fellesskapet.»") }, "the hypothesis to its end")
        expectGolden(session.screen, named: "Analysis/step5-targets-80x24")
    }
}
