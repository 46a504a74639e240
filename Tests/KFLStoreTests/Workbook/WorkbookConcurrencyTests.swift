import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Two `Workbook`s on one file stand for two kfl processes (separate connections).
@Suite struct WorkbookConcurrencyTests {
    let dir: TemporaryDirectory
    let first: Workbook
    let second: Workbook
    let analysis: Analysis

    init() throws {
        dir = try TemporaryDirectory()
        first = try Workbook(path: dir.path())
        second = try Workbook(path: dir.path())
        analysis = try first.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
    }

    @Test func theSecondEditFromTheSameRevisionGetsAConflictCarryingTheFirstsValue() throws {
        let id = analysis.id
        #expect(try first.updateText(analysisID: id, field: .challenge, value: "Fra vindu 1", basedOn: 0) == 1)
        let error = #expect(throws: AnalysisConflict.self) {
            try second.updateText(analysisID: id, field: .challenge, value: "Fra vindu 2", basedOn: 0)
        }
        #expect(
            error
                == AnalysisConflict(analysisID: id, item: .text(.challenge), current: .text("Fra vindu 1", revision: 1))
        )
        #expect(error?.message.contains("Endret i et annet vindu") == true)
        #expect(try second.load(id: id)?.challenge == "Fra vindu 1")
        // After reloading, the second window edits on top of the first.
        #expect(try second.updateText(analysisID: id, field: .challenge, value: "Fra vindu 2", basedOn: 1) == 2)
    }

    @Test func editsToDifferentFieldsDoNotConflict() throws {
        _ = try first.updateText(analysisID: analysis.id, field: .challenge, value: "A", basedOn: 0)
        _ = try second.updateText(analysisID: analysis.id, field: .goal, value: "B", basedOn: 0)
        let loaded = try #require(try first.load(id: analysis.id))
        #expect(loaded.challenge == "A" && loaded.goal == "B")
    }

    @Test func aStaleHypothesisEditConflictsWithTheStoredHypothesis() throws {
        let h = try first.add(Hypothesis(id: "h1", text: "Opprinnelig"), to: analysis.id)
        var a = h
        a.text = "Endret i vindu 1"
        _ = try first.update(a, in: analysis.id)
        var b = h
        b.assessment = .supported
        let error = #expect(throws: AnalysisConflict.self) { try second.update(b, in: analysis.id) }
        guard case .item(let current)? = error?.current, let stored = current.as(Hypothesis.self) else {
            Issue.record("no stored hypothesis")
            return
        }
        #expect(stored.text == "Endret i vindu 1" && stored.revision == 2)
    }

    @Test func removingSomethingChangedElsewhereConflictsButRemovingWhatIsGoneDoesNot() throws {
        let h = try first.add(Hypothesis(id: "h1"), to: analysis.id)
        var edited = h
        edited.text = "Ny tekst"
        _ = try first.update(edited, in: analysis.id)
        #expect(throws: AnalysisConflict.self) { try second.remove(h, from: analysis.id) }
        edited.revision = 2
        try first.remove(edited, from: analysis.id)
        try second.remove(edited, from: analysis.id)
    }

    @Test func editingAnAnalysisDeletedElsewhereSaysItIsDeleted() throws {
        try first.delete(analysisID: analysis.id)
        let error = #expect(throws: AnalysisConflict.self) {
            try second.updateText(analysisID: analysis.id, field: .goal, value: "x", basedOn: 0)
        }
        #expect(error?.current == .deleted)
        #expect(throws: AnalysisConflict.self) { try second.add(Hypothesis(id: "h9"), to: analysis.id) }
    }

    @Test func aStaleRenameConflictsWithTheStoredTitle() throws {
        _ = try first.rename(analysisID: analysis.id, title: "Vindu 1", basedOn: 1)
        let error = #expect(throws: AnalysisConflict.self) {
            try second.rename(analysisID: analysis.id, title: "Vindu 2", basedOn: 1)
        }
        guard case .header(let summary)? = error?.current else {
            Issue.record("no header")
            return
        }
        #expect(summary.title == "Vindu 1" && summary.revision == 2)
    }

    @Test func linkingATiltakToAHypothesisDeletedElsewhereConflicts() throws {
        let h = try first.add(Hypothesis(id: "h1"), to: analysis.id)
        let t = try second.add(AnalysisAction(id: "t1"), to: analysis.id)
        try first.remove(h, from: analysis.id)
        var linked = t
        linked.hypothesisIDs = ["h1"]
        let error = #expect(throws: AnalysisConflict.self) { try second.update(linked, in: analysis.id) }
        #expect(error?.item == .item(ItemRef(Hypothesis.self, id: "h1")))
        #expect(try second.load(id: analysis.id)?.actions.first?.revision == 1)
    }

    @Test func aWindowNoticesChangesMadeByAnotherButNotItsOwn() throws {
        _ = try second.hasChangedElsewhere()  // the analysis created after opening
        #expect(try !second.hasChangedElsewhere())
        _ = try second.updateText(analysisID: analysis.id, field: .goal, value: "egen", basedOn: 0)
        #expect(try !second.hasChangedElsewhere())
        _ = try first.updateText(analysisID: analysis.id, field: .challenge, value: "annen", basedOn: 0)
        #expect(try second.hasChangedElsewhere())
        #expect(try !second.hasChangedElsewhere())
    }

    @Test func manyInterleavedEditsFromTwoConnectionsAllSurvive() throws {
        var revisions = [0, 0]
        let fields: [AnalysisTextField] = [.challenge, .goal]
        for round in 1...50 {
            for (index, workbook) in [first, second].enumerated() {
                revisions[index] = try workbook.updateText(
                    analysisID: analysis.id, field: fields[index], value: "\(index):\(round)", basedOn: revisions[index]
                )
            }
        }
        let reopened = try Workbook(path: dir.path())
        let loaded = try #require(try reopened.load(id: analysis.id))
        #expect(loaded.challenge == "0:50" && loaded.goal == "1:50")
        #expect(try reopened.integrityCheck() == ["ok"])
    }
}
