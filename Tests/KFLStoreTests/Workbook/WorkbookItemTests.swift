import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Every kind of item goes through one generic path: each kind the model
/// lists has its table, is added, changed, removed and loaded alike, and a
/// workbook holding what this build cannot read says so instead of guessing.
@Suite struct WorkbookItemTests {
    let dir: TemporaryDirectory
    let workbook: Workbook
    let analysis: Analysis

    init() throws {
        dir = try TemporaryDirectory()
        workbook = try Workbook(path: dir.path())
        analysis = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
    }

    @Test func everyKindOfItemTheModelListsHasATableInTheSchema() throws {
        let kinds = Analysis.itemTypes.map { $0.kind }
        #expect(WorkbookSchema.itemTables.map { $0.itemType.kind } == kinds)
        #expect(Set(kinds).count == kinds.count)
    }

    @Test func everyKindRoundTripsThroughTheSameCalls() throws {
        let items: [AnyAnalysisItem] = [
            AnyAnalysisItem(LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7, gender: .boys)),
            AnyAnalysisItem(Hypothesis(id: "h1", text: "Rutiner", perspective: .school, evidence: ["e510_uro"])),
            AnyAnalysisItem(AnalysisAction(id: "t1", what: "Oppstart", hypothesisIDs: ["h1"])),
            AnyAnalysisItem(Indicator(id: "i1", factorID: "e510_uro", trinn: 7, changeSought: "Ned", target: 2.1)),
        ]
        for item in items {
            let stored = try workbook.add(item.base, to: analysis.id)
            #expect(stored.revision == 1)
            let plain = AnyAnalysisItem(stored)
            let changed = plain.textFieldNames.first.flatMap { plain.setting($0, to: "Endret") } ?? plain
            #expect(try workbook.update(changed.base, in: analysis.id) == 2)
        }
        let loaded = try #require(try workbook.load(id: analysis.id))
        for item in items {
            let back = try #require(loaded.item(item.ref))
            #expect(back.revision == 2)
            if let field = item.textFieldNames.first { #expect(back.text(field) == "Endret") }
        }
        #expect(loaded.actions.first?.hypothesisIDs == ["h1"])
        for item in items.reversed() {
            let current = try #require(loaded.item(item.ref))
            try workbook.remove(current.base, from: analysis.id)
        }
        let empty = try #require(try workbook.load(id: analysis.id))
        #expect(
            empty.linkedFactors.isEmpty && empty.hypotheses.isEmpty && empty.actions.isEmpty && empty.indicators.isEmpty
        )
        #expect(try workbook.integrityCheck() == ["ok"])
    }

    @Test func aTimestampThatIsNoDateIsDamageNotNineteenSeventy() throws {
        try workbook.db.execute("UPDATE analyses SET created_at = 'i går' WHERE id = ?", [analysis.id])
        #expect(throws: AnalysisStoreError(.damaged, path: dir.path())) { try workbook.load(id: analysis.id) }
        #expect(throws: AnalysisStoreError(.damaged, path: dir.path())) { try workbook.all() }
    }

    @Test func aTextFieldThisBuildDoesNotKnowIsDamageNotDropped() throws {
        try workbook.db.execute(
            "INSERT INTO analysis_texts (analysis_id, field, value, revision) VALUES (?, 'hvaNå', 'x', 1)",
            [analysis.id])
        #expect(throws: AnalysisStoreError(.damaged, path: dir.path())) { try workbook.load(id: analysis.id) }
    }

    @Test func evidenceThatIsNoListOfIdsIsDamageNotAnEmptyList() throws {
        try workbook.add(Hypothesis(id: "h1", evidence: ["e510_uro"]), to: analysis.id)
        try workbook.db.execute("UPDATE hypotheses SET evidence = '{' WHERE id = 'h1'")
        #expect(throws: AnalysisStoreError(.damaged, path: dir.path())) { try workbook.load(id: analysis.id) }
    }

    @Test func aLockedWorkbookIsBusyInWordsAUserCanActOn() throws {
        let impatient = try Workbook(path: dir.path())
        impatient.db.busyTimeout = .milliseconds(10)
        let other = try SQLiteDatabase.open(path: dir.path(), mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        defer { try? other.execute("ROLLBACK") }
        let error = #expect(throws: AnalysisStoreError.self) {
            try impatient.updateText(analysisID: analysis.id, field: .goal, value: "x", basedOn: 0)
        }
        #expect(error?.reason == .busy)
        #expect(error?.message == "arbeidsboka er låst av et annet program; prøv igjen om litt")
    }

    /// Typing while another program holds the lock: the first save waits (and
    /// fails), the next ones barely wait — each key once froze the screen for 5 s —
    /// and the first save that gets through after the lock is gone restores the wait.
    @Test func afterOneLockedWriteTheNextOnesDoNotWaitLong() throws {
        let impatient = try Workbook(path: dir.path())
        impatient.db.busyTimeout = .milliseconds(10)
        let other = try SQLiteDatabase.open(path: dir.path(), mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        for value in ["E", "El"] {
            #expect(throws: AnalysisStoreError(.busy, path: dir.path())) {
                try impatient.updateText(analysisID: analysis.id, field: .goal, value: value, basedOn: 0)
            }
            #expect(impatient.db.busyTimeout == Workbook.lockedRetryTimeout)
        }
        _ = try impatient.all()
        #expect(impatient.db.busyTimeout == Workbook.lockedRetryTimeout, "a read does not end the wait")
        try other.execute("ROLLBACK")
        #expect(try impatient.updateText(analysisID: analysis.id, field: .goal, value: "Ele", basedOn: 0) == 1)
        #expect(impatient.db.busyTimeout == Workbook.writeTimeout)
    }
}
