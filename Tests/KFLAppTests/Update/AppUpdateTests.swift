import Foundation
import KFLApp
import KFLCore
import TerminalUI
import Testing

/// The app shell's update without a workbook: opening the list from the
/// browser, a new analysis, back to the list, and changes made from it.
@Suite struct AppUpdateTests {
    let school = UnitReference(kind: .school, code: "0425-02", name: "Flisa skole")
    let ids = UpdateFixture.Counter()

    func request(listOnly: Bool) -> AnalysisRequest {
        AnalysisRequest(
            selection: ResultsSelection(unitID: 3, round: 2018, trinn: 7, groupID: "elev510", gender: .all),
            factorIDs: ["e510_uro"], listOnly: listOnly)
    }

    func summary(_ id: String, _ title: String, revision: Int = 1) -> AnalysisSummary {
        AnalysisSummary(
            id: id, title: title, unit: school, round: 2018, status: .active, createdAt: UpdateFixture.created,
            updatedAt: UpdateFixture.created, revision: revision)
    }

    @Test func aOffersATitleAfterTheFactorInViewAndEnterCreatesTheAnalysis() throws {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        var effects = AppUpdate.update(&state, .analysisRequested(request(listOnly: false)), newID: ids.next)
        #expect(state.mode == .list)
        #expect(effects == [.loadList(school, .started)])
        effects = AppUpdate.update(&state, .listLoaded(.success([]), .started), newID: ids.next)
        // Nothing is created until the title is confirmed.
        #expect(effects.isEmpty)
        #expect(state.list?.title?.editor.text == "Uro og forstyrrelser i timene, 7. trinn")
        effects = AppUpdate.update(&state, .key(.enter), newID: ids.next)
        let context = AnalysisContext(round: 2018, groupID: "elev510", trinn: 7, gender: .all)
        // The analysis's starting point: alone it does not fill step 3.
        let linked = [LinkedFactor(id: "id-1", factorID: "e510_uro", trinn: 7, gender: .all, isStartingPoint: true)]
        #expect(
            effects == [
                .create(
                    title: "Uro og forstyrrelser i timene, 7. trinn", unit: school, context: context,
                    linkedFactors: linked)
            ])
        effects = AppUpdate.update(&state, .opened(.success(UpdateFixture.analysis()), isNew: true), newID: ids.next)
        #expect(effects.isEmpty)
        #expect(state.mode == .analysis)
        #expect(state.analysis?.message == Strings.AnalysisTUI.created)

        effects = AppUpdate.update(&state, .key(.escape), newID: ids.next)
        #expect(state.mode == .list)
        #expect(effects == [.loadList(school, .closed(analysisID: "a1", gone: false))])
        _ = AppUpdate.update(
            &state, .listLoaded(.success([summary("a1", "Uro")]), .closed(analysisID: "a1", gone: false)),
            newID: ids.next)
        #expect(state.list?.selected?.id == "a1")
    }

    @Test("an analysis started from a theme (factors of several groups) names no group as its starting point")
    func anAnalysisFromAThemeHasNoGroupInItsContext() throws {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        let theme = AnalysisRequest(
            selection: ResultsSelection(unitID: 3, round: 2020, trinn: 0, groupID: "elev14", gender: .all),
            factorIDs: ["e14_trivsel", "e510_uro"], listOnly: false, title: "Trivsel og arbeidsro")
        _ = AppUpdate.update(&state, .analysisRequested(theme), newID: ids.next)
        _ = AppUpdate.update(&state, .listLoaded(.success([]), .started), newID: ids.next)
        let effects = AppUpdate.update(&state, .key(.enter), newID: ids.next)
        guard case .create(_, _, let context, let linked)? = effects.first else {
            Issue.record("expected the analysis to be created, got \(effects)")
            return
        }
        #expect(context == AnalysisContext(round: 2020, groupID: nil, trinn: 0, gender: .all))
        #expect(linked.map(\.factorID) == ["e14_trivsel", "e510_uro"])
    }

    @Test func capitalAOpensTheListOnTheFirstAnalysis() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: true)), newID: ids.next)
        let effects = AppUpdate.update(
            &state, .listLoaded(.success([summary("a1", "Uro"), summary("a2", "Trivsel")]), .started), newID: ids.next)
        #expect(effects.isEmpty)
        #expect(state.list?.selected?.id == "a1")
    }

    @Test func renamingFromTheListWritesTheTrimmedTitleBasedOnTheRevision() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: true)), newID: ids.next)
        let uro = summary("a1", "Uro", revision: 3)
        _ = AppUpdate.update(&state, .listLoaded(.success([uro]), .started), newID: ids.next)
        for key in [Key.character("r"), .control("u")] + "  Timestart ".map(Key.character) {
            #expect(AppUpdate.update(&state, .key(key), newID: ids.next).isEmpty)
        }
        let effects = AppUpdate.update(&state, .key(.enter), newID: ids.next)
        #expect(effects == [.listWrite(.rename(uro, title: "Timestart"))])
        #expect(state.list?.title == nil)
    }

    @Test func escapeThenEnterInTheListNeverCreatesAnAnalysis() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: false)), newID: ids.next)
        _ = AppUpdate.update(&state, .listLoaded(.success([summary("a1", "Uro")]), .started), newID: ids.next)
        #expect(AppUpdate.update(&state, .key(.escape), newID: ids.next).isEmpty)
        #expect(state.list?.title == nil)
        // Esc at the title `a` asked for goes back to where `a` was pressed (fresh-eyes rektor), not to the list.
        #expect(state.list == nil && state.mode == .browser)
        let afterEnter = AppUpdate.update(&state, .key(.enter), newID: ids.next)
        #expect(!afterEnter.contains { if case .create = $0 { return true } else { return false } })
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: true)), newID: ids.next)
        _ = AppUpdate.update(&state, .listLoaded(.success([summary("a1", "Uro")]), .started), newID: ids.next)
        #expect(AppUpdate.update(&state, .key(.character("n")), newID: ids.next).isEmpty)
        #expect(AppUpdate.update(&state, .key(.escape), newID: ids.next).isEmpty)
        #expect(state.list?.title == nil && state.mode == .list, "n in the list: Esc stays in the list")
        #expect(AppUpdate.update(&state, .key(.enter), newID: ids.next) == [.open(analysisID: "a1")])
        _ = AppUpdate.update(&state, .key(.escape), newID: ids.next)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: true)), newID: ids.next)
        _ = AppUpdate.update(&state, .listLoaded(.success([]), .started), newID: ids.next)
        #expect(AppUpdate.update(&state, .key(.enter), newID: ids.next).isEmpty)
        #expect(AppUpdate.update(&state, .key(.escape), newID: ids.next).isEmpty)
        #expect(state.mode == .browser)
    }

    @Test func anEmptyTitleCreatesNothingAndSaysWhy() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: false)), newID: ids.next)
        _ = AppUpdate.update(&state, .listLoaded(.success([]), .started), newID: ids.next)
        _ = AppUpdate.update(&state, .key(.control("u")), newID: ids.next)
        #expect(AppUpdate.update(&state, .key(.enter), newID: ids.next).isEmpty)
        #expect(state.list?.notice == .titleNeeded)
    }

    @Test func aDeleteThatMetAConflictSaysSoAndDoesNotClaimItDeleted() {
        var state = AppState(info: UpdateFixture.info, width: 80, height: 24)
        _ = AppUpdate.update(&state, .analysisRequested(request(listOnly: true)), newID: ids.next)
        let uro = summary("a1", "Uro")
        _ = AppUpdate.update(&state, .listLoaded(.success([uro]), .started), newID: ids.next)
        #expect(AppUpdate.update(&state, .key(.character("x")), newID: ids.next).isEmpty)
        #expect(state.list?.confirmingDelete == true)
        #expect(AppUpdate.update(&state, .key(.character("j")), newID: ids.next) == [.listWrite(.delete(uro))])
        let failure = AnalysisStoreError(.readOnly, path: "wb.sqlite")
        let effects = AppUpdate.update(&state, .listWritten(.delete(uro), .failed(failure)), newID: ids.next)
        #expect(effects == [.loadList(school, .written(.delete(uro), .failed(failure)))])
        _ = AppUpdate.update(
            &state, .listLoaded(.success([uro]), .written(.delete(uro), .failed(failure))), newID: ids.next)
        #expect(state.list?.notice == .saveFailed(failure))
    }
}
