import Foundation
import KFLApp
import KFLCore
import TerminalUI
import Testing

/// Quitting with text on screen that is not saved, in the pure update: one
/// more save first, then a question that only j or y answers with quitting.
@Suite struct QuitUpdateTests {
    /// "U" typed into the challenge, its save failed on a full disk.
    func failedSave() -> AnalysisScript {
        var script = AnalysisScript()
        script.press(.enter)
        script.type("U")
        let purpose = WritePurpose.text(.field(.challenge), then: .stay)
        let failure = AnalysisStoreError(.diskFull, path: "wb.sqlite")
        script.send(.written(.text(.challenge, "U", basedOn: 0), .failed(failure), purpose))
        return script
    }

    @Test func ctrlCWithAFailedSaveSavesOnceMoreAndQuitsWhenThatWorks() {
        var script = failedSave()
        #expect(script.state.unsavedText == "U")
        script.press(.controlC)
        let purpose = WritePurpose.text(.field(.challenge), then: .quit)
        #expect(script.effects == [.write(analysisID: "a1", .text(.challenge, "U", basedOn: 0), purpose)])
        #expect(!script.state.quitRequested)
        script.send(.written(.text(.challenge, "U", basedOn: 0), .saved(revision: 1), purpose))
        #expect(script.state.quitRequested)
        #expect(script.state.unsavedText == nil)
    }

    @Test func whenTheLastSaveFailsTooTheUserIsAskedAndOnlyJQuits() {
        var script = failedSave()
        script.press(.controlC)
        let purpose = WritePurpose.text(.field(.challenge), then: .quit)
        let failure = AnalysisStoreError(.diskFull, path: "wb.sqlite")
        script.send(.written(.text(.challenge, "U", basedOn: 0), .failed(failure), purpose))
        #expect(script.state.overlay == .confirmQuit)
        #expect(script.state.message == "Kunne ikke lagre (prøver igjen ved neste endring): disken er full")
        for key: Key in [.controlC, .escape, .character("n"), .character("q"), .enter] {
            script.press(.controlC)
            script.send(.written(.text(.challenge, "U", basedOn: 0), .failed(failure), purpose))
            #expect(script.state.overlay == .confirmQuit)
            script.press(key)
            #expect(script.state.overlay == nil && !script.state.quitRequested, "\(key)")
            #expect(script.state.editing?.editor.text == "U")
        }
        script.press(.controlC)
        script.send(.written(.text(.challenge, "U", basedOn: 0), .failed(failure), purpose))
        script.press(.character("j"))
        #expect(script.state.quitRequested)
        #expect(script.state.unsavedText == "U")
    }

    @Test func withNothingUnsavedCtrlCQuitsAtOnce() {
        var script = AnalysisScript()
        script.press(.enter)
        script.type("U")
        script.send(
            .written(.text(.challenge, "U", basedOn: 0), .saved(revision: 1), .text(.field(.challenge), then: .stay)))
        script.press(.controlC)
        #expect(script.effects.isEmpty)
        #expect(script.state.quitRequested)
    }

    @Test func theWorkbookIsTriedAgainOnAAndExplainedWhenItStillCannotBeUsed() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        let problem = WorkbookProblem(.diskFull, path: "wb.sqlite")
        state.workbookProblem = problem
        let request = AnalysisRequest(
            selection: ResultsSelection(unitID: 3, round: 2018, trinn: 7, groupID: "elev510", gender: .all),
            factorIDs: [], listOnly: true)
        let ids = UpdateFixture.Counter()
        #expect(AppUpdate.update(&state, .analysisRequested(request), newID: ids.next) == [.retryWorkbook(request)])
        #expect(AppUpdate.update(&state, .workbookRetried(problem, request), newID: ids.next).isEmpty)
        #expect(state.showsWorkbookProblem && state.mode == .browser)
        #expect(AppUpdate.update(&state, .key(.character("x")), newID: ids.next).isEmpty)
        #expect(!state.showsWorkbookProblem && !state.quitRequested)
        let school = UnitReference(kind: .school, code: "0425-02", name: "Flisa skole")
        #expect(
            AppUpdate.update(&state, .workbookRetried(nil, request), newID: ids.next) == [.loadList(school, .started)])
        #expect(state.workbookProblem == nil && state.mode == .list)
    }
}
