import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct WorkbookImportTests {
    let dir: TemporaryDirectory
    let time = TestClock()

    init() throws { dir = try TemporaryDirectory() }

    func colleaguesAnalysis() throws -> Analysis {
        let theirs = try Workbook(path: dir.path("theirs.sqlite"), clock: time.clock)
        let a = try theirs.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        _ = try theirs.updateText(analysisID: a.id, field: .challenge, value: "Uro i timene", basedOn: 0)
        try theirs.add(Hypothesis(id: "h1", text: "Rutiner"), to: a.id)
        try theirs.add(AnalysisAction(id: "t1", what: "Oppstart", hypothesisIDs: ["h1"]), to: a.id)
        return try #require(try theirs.load(id: a.id))
    }

    @Test func aNewAnalysisIsImportedAsItIs() throws {
        let incoming = try colleaguesAnalysis()
        let mine = try Workbook(path: dir.path(), clock: time.clock)
        guard case .imported(let stored) = try mine.importAnalysis(incoming) else {
            Issue.record("not imported")
            return
        }
        #expect(stored.id == incoming.id && stored.hasSameContent(as: incoming))
        #expect(stored.createdAt == incoming.createdAt)
    }

    @Test func importingTheSameAnalysisTwiceChangesNothing() throws {
        let incoming = try colleaguesAnalysis()
        let mine = try Workbook(path: dir.path(), clock: time.clock)
        _ = try mine.importAnalysis(incoming)
        guard case .alreadyPresent(let summary) = try mine.importAnalysis(incoming) else {
            Issue.record("imported twice")
            return
        }
        #expect(summary.id == incoming.id)
        #expect(try mine.all().count == 1)
    }

    @Test func aChangedVersionIsImportedBesideTheExistingOneNeverOverIt() throws {
        let incoming = try colleaguesAnalysis()
        let mine = try Workbook(path: dir.path(), clock: time.clock)
        _ = try mine.importAnalysis(incoming)
        _ = try mine.updateText(analysisID: incoming.id, field: .goal, value: "Mitt mål", basedOn: 0)
        time.advance(86_400)
        guard case .importedAsCopy(let copy, let existingTitle) = try mine.importAnalysis(incoming) else {
            Issue.record("not imported as copy")
            return
        }
        #expect(existingTitle == "Uro")
        #expect(copy.id != incoming.id && copy.title == "Uro (importert 15. november 2023)")
        #expect(copy.challenge == "Uro i timene" && copy.goal == "")
        #expect(copy.actions[0].hypothesisIDs == [copy.hypotheses[0].id])
        #expect(try mine.load(id: incoming.id)?.goal == "Mitt mål")
        // The same file again is recognised as imported before.
        guard case .alreadyPresent = try mine.importAnalysis(incoming) else {
            Issue.record("copied twice")
            return
        }
        #expect(try mine.all().count == 2)
    }
}
