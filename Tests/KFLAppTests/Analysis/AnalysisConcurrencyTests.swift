import Foundation
import KFLApp
import KFLCore
import KFLStore
import TerminalUI
import Testing

/// Two windows on one workbook never silently lose each other's text.
@Suite(.serialized) struct AnalysisConcurrencyTests {
    @Test func anEditElsewhereToTheFieldBeingTypedKeepsTheUsersTextAndAsks() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Vår tekst")
        let id = try #require(session.state?.analysis.id)
        let other = try session.otherWindow()
        let theirs = try #require(try other.load(id: id))
        _ = try other.updateText(
            analysisID: id, field: .challenge, value: "Deres tekst", basedOn: theirs.revisions.text(.challenge))

        session.type("!")
        #expect(session.state?.editing?.editor.text == "Vår tekst!")
        #expect(session.state?.editing?.conflictText == "Deres tekst")
        #expect(session.state?.message == Strings.AnalysisTUI.conflictEditing)
        session.type("?")
        #expect(
            try other.load(id: id)?.challenge == "Deres tekst", "nothing is saved over theirs until the user chooses")

        session.press(.control("o"))
        #expect(session.state?.editing?.conflictText == nil)
        #expect(try other.load(id: id)?.challenge == "Vår tekst!?")
    }

    @Test func changesElsewhereToOtherPartsAppearWithoutAsking() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Utfordring")
        let id = try #require(session.state?.analysis.id)
        let other = try session.otherWindow()
        try other.add(Hypothesis(id: "h", text: "Fra et annet vindu"), to: id)
        _ = try other.updateText(analysisID: id, field: .goal, value: "Mål fra et annet vindu", basedOn: 0)
        session.type("r")
        #expect(session.state?.editing?.conflictText == nil)
        #expect(session.state?.analysis.hypotheses.map(\.text) == ["Fra et annet vindu"])
        #expect(session.state?.analysis.goal == "Mål fra et annet vindu")
        #expect(try other.load(id: id)?.challenge == "Utfordringr")
    }

    @Test func anAnalysisDeletedElsewhereClosesToTheList() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        try session.otherWindow().delete(analysisID: id)
        session.press(.character("2"))
        #expect(session.app.mode == .list)
        #expect(session.app.list?.summaries.isEmpty == true)
        #expect(session.app.list?.message == Strings.AnalysisTUI.analysisGone)
    }
}
