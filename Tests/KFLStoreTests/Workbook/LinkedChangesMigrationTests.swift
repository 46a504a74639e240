import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Migration 003: a linked factor can be a change, a cohort or a gap. A
/// workbook written before it keeps its links, as levels.
@Suite struct LinkedChangesMigrationTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    @Test func aWorkbookFromBeforeKeepsItsLinkedFactorsAsLevels() throws {
        let path = dir.path()
        // A workbook as the first kfl wrote it: migration 001 only, one linked factor.
        try OlderWorkbook.write(at: path, migrations: [OlderWorkbook.first], linkedGender: 1)

        let workbook = try Workbook(path: path)
        #expect(try workbook.appliedMigrations() == WorkbookSchema.migrator.migrationNames)
        let analysis = try #require(try workbook.load(id: "a1"))
        var expected = LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7, gender: .boys)
        expected.revision = 1
        #expect(analysis.linkedFactors == [expected])
    }

    @Test func aLinkedChangeCohortAndGapAreStoredWithTheirRounds() throws {
        let workbook = try Workbook(path: dir.path())
        let analysis = try workbook.create(
            title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        let links = [
            LinkedFactor(id: "d", factorID: "e510_uro", trinn: 7, view: .development, round: 2020, baseRound: 2016),
            LinkedFactor(id: "c", factorID: "e510_uro", trinn: 7, gender: .girls, view: .sameClass, round: 2020),
            LinkedFactor(id: "g", factorID: "e510_uro", trinn: 7, view: .genderGap, round: 2018),
        ]
        for link in links { try workbook.add(link, to: analysis.id) }
        var moved = try #require(try workbook.load(id: analysis.id)?.linkedFactors.first)
        moved.view = .sameTrinn
        moved.baseRound = 2018
        _ = try workbook.update(moved, in: analysis.id)
        let loaded = try #require(try workbook.load(id: analysis.id)).content.linkedFactors
        #expect(loaded == [moved.withoutRevision] + links.dropFirst())
    }

    @Test func aViewThisBuildDoesNotKnowIsRefusedByTheSchema() throws {
        let workbook = try Workbook(path: dir.path())
        _ = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        let db = try SQLiteDatabase.open(path: dir.path(), mode: .readWrite)
        let id = try #require(try db.scalar("SELECT id FROM analyses", as: String.self))
        #expect(throws: SQLiteError.self) {
            try db.execute(
                """
                INSERT INTO linked_factors (id, analysis_id, position, factor_id, trinn, gender, view, revision)
                VALUES ('x', ?, 1, 'e510_uro', 7, 0, 'ranking', 1)
                """, [id])
        }
    }
}

extension LinkedFactor {
    fileprivate var withoutRevision: LinkedFactor {
        var copy = self
        copy.revision = 0
        return copy
    }
}
