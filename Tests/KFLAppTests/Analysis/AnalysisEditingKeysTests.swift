import Foundation
import KFLApp
import KFLCore
import KFLStore
import TerminalUI
import Testing

/// Keys while a field is being edited, pastes, removals and the list's
/// status line, on the real workbook in a temp folder.
@Suite(.serialized) struct AnalysisEditingKeysTests {
    // MARK: Tab in a field

    @Test func tabWhileEditingMovesToTheNextFieldAndKeepsEditing() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.character("5"), .character("n"))
        session.type("Felles rutine")
        session.press(.tab)
        session.type("Alle lærere på 8. trinn")
        let action = try #require(session.state?.analysis.actions.first)
        #expect(session.state?.analysis.actions.count == 1, "the n in «trinn» is text, not a new tiltak")
        #expect(action.what == "Felles rutine")
        #expect(action.who == "Alle lærere på 8. trinn")
        #expect(session.state?.editing?.target == .action(id: action.id, field: .who))
        #expect(session.state?.focus == .action(id: action.id, field: .who))
        #expect(session.screen.lines.joined(separator: "\n").contains("Tab neste felt"))

        session.press(.backTab)
        #expect(session.state?.editing?.target == .action(id: action.id, field: .what))
        session.press(.backTab)
        #expect(
            session.state?.editing?.target == .action(id: action.id, field: .what), "no field before the first: stay")
        #expect(session.state?.message == Strings.AnalysisTUI.firstField)
        session.press(.tab, .tab, .tab)
        session.type("Hver time")
        session.press(.tab)
        #expect(
            session.state?.editing?.target == .action(id: action.id, field: .howOften), "no field after the last: stay")
        #expect(session.state?.message == Strings.AnalysisTUI.lastField)
        session.type("n")
        let analysisID = try #require(session.state?.analysis.id)
        let stored = try #require(try session.workbook.load(id: analysisID))
        #expect(stored.actions.count == 1)
        #expect(stored.actions.first?.howOften == "Hver timen")
    }

    @Test func tabInAStepWithOneFieldStaysInTheField() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Uro")
        session.press(.tab)
        session.type(" i timene")
        #expect(session.state?.step == .challenge)
        #expect(session.state?.editing?.target == .field(.challenge))
        #expect(session.state?.analysis.challenge == "Uro i timene")
    }

    // MARK: Conflicts

    @Test func escInAConflictKeepsTheUsersTextAndCtrlRTakesTheStoredOne() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        session.type("Vår")
        let id = try #require(session.state?.analysis.id)
        let other = try session.otherWindow()
        _ = try other.updateText(
            analysisID: id, field: .challenge, value: "Deres",
            basedOn: try #require(try other.load(id: id)).revisions.text(.challenge))
        session.app.tick()
        #expect(session.state?.editing?.conflictText == "Deres")
        #expect(
            session.screen.lines.joined(separator: "\n").contains(Strings.AnalysisTUI.conflictEditing),
            "the whole choice fits in 80 columns")

        session.press(.escape)
        #expect(session.state?.editing?.editor.text == "Vår", "Esc throws nothing away")
        #expect(session.state?.editing?.conflictText == "Deres")
        #expect(session.state?.message == Strings.AnalysisTUI.conflictChoose)
        session.press(.tab)
        #expect(session.state?.editing?.editor.text == "Vår")
        #expect(try other.load(id: id)?.challenge == "Deres")

        session.press(.control("r"))
        #expect(session.state?.editing?.editor.text == "Deres")
        #expect(session.state?.editing?.conflictText == nil)
        session.type("!")
        #expect(try other.load(id: id)?.challenge == "Deres!")
    }

    // MARK: Pastes

    @Test func aBatchedPasteIsOneSaveAndOneUndoStep() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.enter)
        #expect(session.app.isEditingText)
        let line = String(repeating: "Uro på trinnet. ", count: 25)
        let text = (0..<5).map { _ in line }.joined(separator: "\n")
        #expect(text.count >= 2000)
        session.app.handle(batch: text.map { $0 == "\n" ? Key.enter : Key.character($0) })
        let id = try #require(session.state?.analysis.id)
        let stored = try #require(try session.workbook.load(id: id))
        #expect(stored.challenge == text)
        #expect(stored.revisions.text(.challenge) == 1, "one save for the whole paste")
        session.press(.control("z"))
        #expect(session.state?.editing?.editor.text == "")
        #expect(try session.workbook.load(id: id)?.challenge == "")
    }

    @Test func aBatchKeepsOtherKeysInOrderAndIsSingleKeysOutsideFields() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        #expect(!session.app.isEditingText)
        // Not editing: 5 and n are commands; n opens «Hva», the rest is text.
        session.app.handle(
            batch: [.character("5"), .character("n")] + "Rutine".map(Key.character) + [.tab] + "Alle".map(Key.character)
        )
        let actions = try #require(session.state?.analysis.actions)
        #expect(actions.count == 1)
        #expect(actions.first?.what == "Rutine")
        #expect(actions.first?.who == "Alle")
        let actionID = try #require(actions.first?.id)
        session.app.handle(batch: [.escape, .character("j"), .character("j"), .character("k")])
        #expect(session.state?.editing == nil)
        #expect(session.state?.focus == .action(id: actionID, field: .fromWhen), "j, j and k moved, one at a time")
    }

    // MARK: Removing

    @Test func removingTheLastItemKeepsThePointerOnARow() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.character("4"), .character("n"))
        session.type("H1")
        session.press(.escape, .character("n"))
        session.type("H2")
        session.press(.escape)
        session.press(.character("x"), .character("j"))
        #expect(session.state?.analysis.hypotheses.map(\.text) == ["H1"])
        #expect(pointedRow(session)?.contains("H1") == true)
        session.press(.character("7"), .character("n"), .enter)
        session.type("endring")
        session.press(.escape)
        session.press(.character("x"), .character("j"))
        #expect(session.state?.analysis.indicators.isEmpty == true)
        #expect(pointedRow(session)?.contains("Har tiltakene hatt en funksjon?") == true)
        session.press(.character("5"), .character("n"))
        session.type("Første")
        session.press(.escape, .character("n"))
        session.type("Andre")
        session.press(.escape, .character("j"), .character("j"))
        session.press(.character("x"), .character("j"))
        #expect(session.state?.analysis.actions.map(\.what) == ["Første"])
        #expect(pointedRow(session)?.contains("Første") == true, "the pointer goes to the item kept")
        session.press(.character("j"))
        #expect(pointedRow(session)?.contains("Hvem") == true, "one j moves down from the row kept")
    }

    /// The row with the cursor's pointer.
    func pointedRow(_ session: AnalysisTestSession) -> String? {
        session.screen.lines.first { $0.hasPrefix("›") }
    }

    // MARK: The list

    @Test func theListShowsItsOwnKeysInTheStatusLine() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.escape)
        #expect(session.app.mode == .list)
        // The list's keys take two rows at 80×24, as an analysis's do.
        let last = session.screen.lines.suffix(2).joined(separator: " ")
        #expect(last.contains("r nytt navn"))
        #expect(last.contains("? hjelp"), "the status line keeps ? last; what does not fit is in the help")
        #expect(!last.contains("gruppe"))
        #expect(AnalysisListKeymap.keymap.helpLines().contains { $0.contains("Esc") })
        session.press(.character("r"))
        let renaming = try #require(session.screen.lines.last)
        #expect(renaming.contains("Enter lagre") && renaming.contains("Esc avbryt"))
    }
}
