import Foundation
import KFLApp
import KFLCore
import TerminalUI
import Testing

/// The analysis's update without a workbook or a terminal: a scripted list of
/// keys and effect results gives the expected state and effect list.
@Suite struct AnalysisUpdateTests {
    let ref = ItemRef(Hypothesis.self, id: "id-1")

    @Test func typingInAFieldAsksForOneSaveBasedOnTheFieldsRevision() {
        var script = AnalysisScript()
        script.press(.enter)
        #expect(script.state.editing?.target == .field(.challenge))
        #expect(script.effects.isEmpty)
        script.type("U")
        #expect(
            script.effects == [
                .write(analysisID: "a1", .text(.challenge, "U", basedOn: 0), .text(.field(.challenge), then: .stay))
            ])
        #expect(script.state.analysis.challenge == "", "not in the analysis until the store says it is saved")
        script.send(
            .written(.text(.challenge, "U", basedOn: 0), .saved(revision: 1), .text(.field(.challenge), then: .stay)))
        #expect(script.state.analysis.challenge == "U")
        #expect(script.state.analysis.revisions.text(.challenge) == 1)
        script.type("r")
        #expect(
            script.effects == [
                .write(analysisID: "a1", .text(.challenge, "Ur", basedOn: 1), .text(.field(.challenge), then: .stay))
            ])
    }

    @Test func aNewHypothesisIsAddedFocusedAndOpenForWritingOnceStored() {
        var script = AnalysisScript()
        script.press(.character("4"), .character("P"))
        #expect(script.state.onlyPrioritised)
        script.press(.character("n"))
        let hypothesis = AnyAnalysisItem(Hypothesis(id: "id-1"))
        let purpose = WritePurpose.add(focus: .hypothesis(id: "id-1"), edit: .hypothesis(id: "id-1"))
        #expect(script.effects == [.write(analysisID: "a1", .add(hypothesis), purpose)])

        script.send(.written(.add(hypothesis), .added(hypothesis.withRevision(1)), purpose))
        #expect(script.effects == [.reload(analysisID: "a1", .written(purpose))])
        var stored = UpdateFixture.analysis()
        stored.hypotheses = [Hypothesis(id: "id-1")]
        stored.hypotheses[0].revision = 1
        script.send(.reloaded(.success(stored), .written(purpose)))
        #expect(script.effects.isEmpty)
        #expect(!script.state.onlyPrioritised, "a new hypothesis is not prioritised: the filter makes room for it")
        #expect(script.state.focus == .hypothesis(id: "id-1"))
        #expect(script.state.editing?.target == .hypothesis(id: "id-1"))
    }

    @Test func anAttributeKeySavesTheFocusedItemAndKeepsItsNewRevision() {
        var script = AnalysisScript()
        script.state.analysis.hypotheses = [Hypothesis(id: "h1", text: "Rutiner")]
        script.press(.character("4"), .character("v"))
        let changed = AnyAnalysisItem(Hypothesis(id: "h1", text: "Rutiner", assessment: .supported))
        #expect(script.effects == [.write(analysisID: "a1", .update(changed), .attribute)])
        script.send(.written(.update(changed), .saved(revision: 4), .attribute))
        #expect(script.state.analysis.hypotheses[0].assessment == .supported)
        #expect(script.state.analysis.hypotheses[0].revision == 4)
    }

    @Test func removingAsksFirstAndKeepsThePointerOnTheSameRow() {
        var script = AnalysisScript()
        script.state.analysis.hypotheses = [Hypothesis(id: "h1"), Hypothesis(id: "h2"), Hypothesis(id: "h3")]
        script.press(.character("4"), .end, .character("x"))
        #expect(script.state.overlay == .confirmRemove(.hypothesis(id: "h3")))
        #expect(script.effects.isEmpty)
        script.press(.character("j"))
        let removed = AnyAnalysisItem(Hypothesis(id: "h3"))
        #expect(script.effects == [.write(analysisID: "a1", .remove(removed), .remove(index: 2))])
        var stored = script.state.analysis
        stored.hypotheses.removeLast()
        script.send(.written(.remove(removed), .removed, .remove(index: 2)))
        script.send(.reloaded(.success(stored), .written(.remove(index: 2))))
        #expect(script.state.focus == .hypothesis(id: "h2"))
    }

    @Test func anyOtherKeyInTheRemoveQuestionKeepsTheItem() {
        var script = AnalysisScript()
        script.state.analysis.hypotheses = [Hypothesis(id: "h1")]
        script.press(.character("4"), .character("x"), .character("n"))
        #expect(script.state.overlay == nil)
        #expect(script.effects.isEmpty)
    }

    @Test func aConflictWhileTypingKeepsTheUsersTextAndLetsThemChoose() {
        var script = AnalysisScript()
        script.press(.enter)
        script.type("V")
        let write = AnalysisWrite.text(.challenge, "V", basedOn: 0)
        let purpose = WritePurpose.text(.field(.challenge), then: .stay)
        let conflict = AnalysisConflict(analysisID: "a1", item: .text(.challenge), current: .text("Deres", revision: 1))
        script.send(.written(write, .conflict(conflict), purpose))
        #expect(script.effects == [.reload(analysisID: "a1", .conflict(conflict, purpose))])
        var stored = UpdateFixture.analysis()
        stored.challenge = "Deres"
        stored.revisions.texts[.challenge] = 1
        script.send(.reloaded(.success(stored), .conflict(conflict, purpose)))
        #expect(script.state.editing?.editor.text == "V")
        #expect(script.state.editing?.conflictText == "Deres")
        #expect(script.state.message == Strings.AnalysisTUI.conflictEditing)

        script.press(.escape)
        #expect(script.state.editing != nil, "Esc throws nothing away")
        #expect(script.state.message == Strings.AnalysisTUI.conflictChoose)
        script.type("!")
        #expect(script.effects.isEmpty, "nothing is saved over theirs until the user chooses")

        script.press(.control("o"))
        #expect(script.effects == [.reload(analysisID: "a1", .overwrite)])
        script.send(.reloaded(.success(stored), .overwrite))
        #expect(script.state.editing?.conflictText == nil)
        #expect(
            script.effects == [
                .write(analysisID: "a1", .text(.challenge, "V!", basedOn: 1), .text(.field(.challenge), then: .stay))
            ])
    }

    @Test func aFailedSaveIsANoticeAndIsTriedAgainOnLeaving() {
        var script = AnalysisScript()
        script.press(.enter)
        script.type("U")
        let error = AnalysisStoreError(.busy, path: "/tmp/wb.sqlite")
        let purpose = WritePurpose.text(.field(.challenge), then: .stay)
        script.send(.written(.text(.challenge, "U", basedOn: 0), .failed(error), purpose))
        #expect(script.state.notice == .saveFailed(error))
        #expect(script.state.message == Strings.AnalysisTUI.saveFailed(Strings.Store.failure(.busy)))
        #expect(script.state.message?.contains("/tmp") == false)
        #expect(script.state.editing?.unsaved == true)
        script.press(.escape)
        #expect(
            script.effects == [
                .write(analysisID: "a1", .text(.challenge, "U", basedOn: 0), .text(.field(.challenge), then: .leave))
            ])
        #expect(script.state.editing != nil, "leaves only once saved")
        script.send(
            .written(.text(.challenge, "U", basedOn: 0), .saved(revision: 1), .text(.field(.challenge), then: .leave)))
        #expect(script.state.editing == nil)
    }

    /// Ctrl-C with unsaved text, then n: back at the text, and the notice the
    /// field's «IKKE LAGRET (se nederst)» points to is still there (it was gone);
    /// a later key keeps it until a save gets through.
    @Test func theFailedSaveNoticeStaysWhileTheTextIsUnsaved() {
        var script = AnalysisScript()
        script.press(.enter)
        script.type("U")
        let error = AnalysisStoreError(.busy, path: "/tmp/wb.sqlite")
        script.send(
            .written(.text(.challenge, "U", basedOn: 0), .failed(error), .text(.field(.challenge), then: .stay)))
        script.press(.controlC)
        script.send(
            .written(.text(.challenge, "U", basedOn: 0), .failed(error), .text(.field(.challenge), then: .quit)))
        #expect(script.state.overlay == .confirmQuit)
        script.press(.character("n"))
        #expect(script.state.overlay == nil && !script.state.quitRequested)
        #expect(script.state.notice == .saveFailed(error))
        script.press(.right)
        #expect(script.state.notice == .saveFailed(error))
        script.type("x")
        script.send(
            .written(.text(.challenge, "Ux", basedOn: 0), .saved(revision: 1), .text(.field(.challenge), then: .stay)))
        #expect(script.state.notice == nil)
        #expect(script.state.editing?.unsaved == false)
    }

    @Test func anAnalysisGoneElsewhereAsksToClose() {
        var script = AnalysisScript()
        script.send(.changedElsewhere)
        #expect(script.effects == [.reload(analysisID: "a1", .changedElsewhere)])
        script.send(.reloaded(.success(nil), .changedElsewhere))
        #expect(script.state.closeRequested)
        #expect(script.state.notice == .analysisGone)
    }

    @Test func theHelpScrollsNoFurtherThanItsEndSoUpMovesAtOnce() {
        var script = AnalysisScript()
        script.press(.character("4"), .character("?"))
        for _ in 0..<200 { script.press(.down) }
        guard case .help(let end)? = script.state.overlay else {
            Issue.record("the help closed")
            return
        }
        #expect(end > 0 && end < 200)
        script.press(.down, .pageDown)
        #expect(script.state.overlay == .help(scroll: end))
        script.press(.up)
        #expect(script.state.overlay == .help(scroll: end - 1))
        script.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(script.state.overlay == .help(scroll: 0))
        script.press(.character("x"))
        #expect(script.state.overlay == nil)
    }

    @Test func theGuideScrollsNoFurtherThanItsEnd() {
        var script = AnalysisScript(state: UpdateFixture.state(width: 60, height: 16))
        script.press(.character("i"))
        for _ in 0..<100 { script.press(.character("j")) }
        guard case .guide(let end)? = script.state.overlay else {
            Issue.record("the guide closed")
            return
        }
        #expect(end > 0 && end < 100)
        script.press(.character("k"))
        #expect(script.state.overlay == .guide(scroll: end - 1))
    }

    @Test func theKeysValidInAFieldAreTheEditorsAndTheFieldsOwn() {
        var script = AnalysisScript()
        #expect(AnalysisKeymap.context(for: script.state).action(for: .character("n")) == nil)
        script.press(.enter)
        let keys = AnalysisKeymap.context(for: script.state)
        #expect(keys.action(for: .escape) == .leaveField)
        #expect(keys.action(for: .tab) == .nextField)
        #expect(keys.action(for: .character("n")) == .editorKey)
        #expect(keys.keymap.helpSections().first?.entries.map(\.keys).first == "Esc")
    }

    @Test func aTiltakGetsItsHypothesesInTheAnalysissOrder() {
        var script = AnalysisScript()
        script.state.analysis.hypotheses = [Hypothesis(id: "h1"), Hypothesis(id: "h2")]
        script.state.analysis.actions = [AnalysisAction(id: "t1", hypothesisIDs: ["h2"])]
        script.press(.character("5"), .character("h"))
        #expect(script.state.overlay.map { if case .picker = $0 { true } else { false } } == true)
        script.press(.enter)
        let linked = AnyAnalysisItem(AnalysisAction(id: "t1", hypothesisIDs: ["h1", "h2"]))
        #expect(script.effects == [.write(analysisID: "a1", .update(linked), .attribute)])
    }
}
