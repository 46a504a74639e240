import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct WorkbookTests {
    let dir: TemporaryDirectory
    let time = TestClock()

    init() throws { dir = try TemporaryDirectory() }

    func open(_ name: String = "workbook.sqlite") throws -> Workbook {
        try Workbook(path: dir.path(name), clock: time.clock)
    }

    @Test func aNewWorkbookIsCreatedWithItsDirectoryInWALMode() throws {
        let path = dir.url.appendingPathComponent("deep/er/workbook.sqlite").path
        _ = try Workbook(path: path)
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        #expect(try db.applicationID() == WorkbookSchema.applicationID)
        #expect(try db.journalMode() == "wal")
    }

    @Test func everyEditIsVisibleAfterReopening() throws {
        let id: String
        do {
            let workbook = try open()
            let a = try workbook.create(
                title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context,
                linkedFactors: [LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7)])
            id = a.id
            #expect(try workbook.updateText(analysisID: id, field: .challenge, value: "Mye uro", basedOn: 0) == 1)
            #expect(
                try workbook.updateText(analysisID: id, field: .challenge, value: "Mye uro i timene", basedOn: 1) == 2)
            #expect(
                try workbook.updateText(analysisID: id, field: .evaluationNewAnalysis, value: "Ja", basedOn: 0) == 1)
            let h = try workbook.add(Hypothesis(id: "h1", text: "Uklare rutiner"), to: id)
            var changed = h
            changed.assessment = .supported
            changed.importance = .high
            changed.influence = .yes
            changed.evidence = ["e510_uro", "l_klasseledelse"]
            #expect(try workbook.update(changed, in: id) == 2)
            try workbook.add(Hypothesis(id: "h2", text: "Trøtte elever", perspective: .pupil), to: id)
            try workbook.add(
                AnalysisAction(
                    id: "t1", what: "Felles oppstart", who: "Alle", fromWhen: "uke 34",
                    howOften: "hver time", hypothesisIDs: ["h1"]), to: id)
            try workbook.add(
                Indicator(id: "i1", factorID: "e510_uro", trinn: 7, changeSought: "Ned", target: 1.8, byRound: 2018),
                to: id)
            #expect(try workbook.rename(analysisID: id, title: "Uro på 7. trinn", basedOn: 1) == 2)
            #expect(try workbook.setStatus(analysisID: id, status: .finished, basedOn: 2) == 3)
        }
        let a = try #require(try open().load(id: id))
        #expect(a.title == "Uro på 7. trinn" && a.status == .finished)
        #expect(a.challenge == "Mye uro i timene" && a.revisions.text(.challenge) == 2)
        #expect(a[.evaluationNewAnalysis] == "Ja")
        #expect(a.linkedFactors.map(\.factorID) == ["e510_uro"])
        #expect(a.hypotheses.map(\.id) == ["h1", "h2"])
        #expect(a.hypotheses[0].isPrioritised && a.hypotheses[0].revision == 2)
        #expect(a.hypotheses[0].evidence == ["e510_uro", "l_klasseledelse"])
        #expect(a.actions.first?.hypothesisIDs == ["h1"] && a.actions.first?.howOften == "hver time")
        #expect(a.indicators.first?.target == 1.8 && a.indicators.first?.byRound == 2018)
        #expect(a.unit == WorkbookFixtures.school && a.context == WorkbookFixtures.context)
        #expect(a.warnings().isEmpty)
    }

    @Test func listsAreByUnitAndMostRecentlyChangedFirst() throws {
        let workbook = try open()
        let first = try workbook.create(
            title: "Første", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        time.advance(60)
        try workbook.create(title: "Andre", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        time.advance(60)
        try workbook.create(
            title: "Annen skole", unit: UnitReference(kind: .school, code: "0425-03", name: "X"),
            context: WorkbookFixtures.context)
        time.advance(60)
        _ = try workbook.updateText(analysisID: first.id, field: .goal, value: "Mål", basedOn: 0)
        #expect(try workbook.list(unit: WorkbookFixtures.school).map(\.title) == ["Første", "Andre"])
        #expect(try workbook.all().count == 3)
    }

    @Test func duplicateMakesAnIndependentCopyWithNewIDs() throws {
        let workbook = try open()
        let a = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        try workbook.add(Hypothesis(id: "h1", text: "H"), to: a.id)
        try workbook.add(AnalysisAction(id: "t1", what: "T", hypothesisIDs: ["h1"]), to: a.id)
        let copy = try #require(try workbook.duplicate(analysisID: a.id))
        #expect(copy.title == "Uro (kopi)" && copy.id != a.id)
        #expect(copy.hypotheses[0].id != "h1" && copy.actions[0].hypothesisIDs == [copy.hypotheses[0].id])
        _ = try workbook.updateText(analysisID: copy.id, field: .goal, value: "Bare i kopien", basedOn: 0)
        #expect(try workbook.load(id: a.id)?.goal == "")
    }

    @Test func deleteRemovesTheAnalysisAndEverythingInIt() throws {
        let workbook = try open()
        let a = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        try workbook.add(Hypothesis(id: "h1"), to: a.id)
        try workbook.add(AnalysisAction(id: "t1", hypothesisIDs: ["h1"]), to: a.id)
        #expect(try workbook.delete(analysisID: a.id))
        #expect(try workbook.load(id: a.id) == nil)
        #expect(try !workbook.delete(analysisID: a.id))
        #expect(try workbook.db.scalar("SELECT count(*) FROM action_targets", as: Int.self) == 0)
        #expect(try workbook.integrityCheck() == ["ok"])
    }

    @Test func removingAHypothesisUnlinksItFromItsTiltak() throws {
        let workbook = try open()
        let a = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        let h = try workbook.add(Hypothesis(id: "h1"), to: a.id)
        try workbook.add(AnalysisAction(id: "t1", hypothesisIDs: ["h1"]), to: a.id)
        try workbook.remove(h, from: a.id)
        let loaded = try #require(try workbook.load(id: a.id))
        #expect(loaded.actions[0].hypothesisIDs.isEmpty && loaded.actions[0].revision == 2)
        #expect(loaded.warnings().map(\.kind) == [.actionWithoutHypothesis(actionID: "t1")])
    }

    @Test func idsAreFoundByUniquePrefix() throws {
        let workbook = try open()
        let a = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        #expect(try workbook.ids(withPrefix: String(a.id.prefix(6)).uppercased()) == [a.id])
        #expect(try workbook.ids(withPrefix: "zz").isEmpty)
    }

    @Test func aFreshWorkbookPassesTheIntegrityCheck() throws {
        let workbook = try open()
        try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        #expect(try workbook.integrityCheck() == ["ok"])
    }
}
