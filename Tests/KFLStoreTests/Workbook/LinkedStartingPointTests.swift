import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Migration 004: a factor linked when the analysis was started is marked as
/// its starting point. Links from before stay the group's own, as they counted.
@Suite struct LinkedStartingPointTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    @Test func linksFromBeforeStayTheGroupsOwn() throws {
        let path = dir.path()
        try OlderWorkbook.write(
            at: path, migrations: [OlderWorkbook.first, OlderWorkbook.second, OlderWorkbook.third])

        let workbook = try Workbook(path: path)
        #expect(try workbook.appliedMigrations() == WorkbookSchema.migrator.migrationNames)
        let analysis = try #require(try workbook.load(id: "a1"))
        #expect(analysis.linkedFactors.map(\.isStartingPoint) == [false])
        #expect(analysis.stepsWithContent.contains(.information))
    }

    @Test func aStartingPointIsStoredUntilTheGroupChangesIt() throws {
        let workbook = try Workbook(path: dir.path())
        let start = LinkedFactor(id: "s", factorID: "e510_uro", trinn: 7, isStartingPoint: true)
        let analysis = try workbook.create(
            title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context, linkedFactors: [start],
            snapshot: nil)
        var loaded = try #require(try workbook.load(id: analysis.id)?.linkedFactors.first)
        #expect(loaded.isStartingPoint)
        #expect(try workbook.load(id: analysis.id)?.stepsWithContent.contains(.information) == false)
        loaded.isStartingPoint = false
        loaded.trinn = 6
        _ = try workbook.update(loaded, in: analysis.id)
        let changed = try #require(try workbook.load(id: analysis.id))
        #expect(changed.linkedFactors.map(\.isStartingPoint) == [false])
        #expect(changed.stepsWithContent.contains(.information))
        // One added with the flag keeps it next to the group's own.
        try workbook.add(
            LinkedFactor(id: "s2", factorID: "e510_maal", trinn: 7, isStartingPoint: true), to: analysis.id)
        #expect(try workbook.load(id: analysis.id)?.linkedFactors.map(\.isStartingPoint) == [false, true])
    }

    @Test func theSchemaTakesOnlyYesOrNo() throws {
        let workbook = try Workbook(path: dir.path())
        _ = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        let db = try SQLiteDatabase.open(path: dir.path(), mode: .readWrite)
        let id = try #require(try db.scalar("SELECT id FROM analyses", as: String.self))
        #expect(throws: SQLiteError.self) {
            try db.execute(
                """
                INSERT INTO linked_factors (id, analysis_id, position, factor_id, trinn, gender, starting_point,
                                            revision)
                VALUES ('x', ?, 1, 'e510_uro', 7, 0, 2, 1)
                """, [id])
        }
    }
}
