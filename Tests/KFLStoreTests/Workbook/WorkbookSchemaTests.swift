import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct WorkbookSchemaTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    @Test func migrationsAreAppliedOnceAndRecorded() throws {
        let path = dir.path()
        let first = try Workbook(path: path)
        #expect(try first.appliedMigrations() == WorkbookSchema.migrator.migrationNames)
        _ = try Workbook(path: path)
        _ = try Workbook(path: path)
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        #expect(
            try db.scalar("SELECT count(*) FROM kfl_migrations", as: Int.self)
                == WorkbookSchema.migrator.migrationNames.count)
        #expect(
            try db.scalar("SELECT value FROM workbook_meta WHERE key = 'format'", as: String.self) == "kfl-workbook")
    }

    @Test func aWorkbookFromANewerKflIsRefusedAndLeftAlone() throws {
        let path = dir.path()
        _ = try Workbook(path: path)
        let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try db.execute("INSERT INTO kfl_migrations (name, applied_at) VALUES ('999-future', 'x')")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: WorkbookOpenError.newerVersion(path: path)) { try Workbook(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aSnapshotIsNotOpenedAsAWorkbook() throws {
        let path = dir.path()
        let db = try SQLiteDatabase.open(path: path, mode: .create)
        try db.setApplicationID(SnapshotSchema.applicationID)
        try db.execute("CREATE TABLE meta (key TEXT)")
        #expect(throws: WorkbookOpenError.isSnapshot(path: path)) { try Workbook(path: path) }
    }

    @Test func anotherProgramsDatabaseIsNotOpenedAsAWorkbook() throws {
        let path = dir.path()
        try SQLiteDatabase.open(path: path, mode: .create).execute("CREATE TABLE t (x)")
        #expect(throws: WorkbookOpenError.notAWorkbook(path: path)) { try Workbook(path: path) }
    }

    @Test func aTextFileIsNotAWorkbook() throws {
        let path = try dir.file(
            "notes.sqlite", bytes: Array("Dette er ikke en database, men tekst som er lang nok til en header.".utf8))
        #expect(throws: WorkbookOpenError.notAWorkbook(path: path)) { try Workbook(path: path) }
    }
}
