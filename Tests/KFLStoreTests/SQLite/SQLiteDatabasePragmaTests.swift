import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct SQLiteDatabasePragmaTests {
    let dir: TemporaryDirectory
    let db: SQLiteDatabase

    init() throws {
        dir = try TemporaryDirectory()
        db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
    }

    @Test func aFreshDatabasePassesTheIntegrityCheck() throws {
        try db.execute("CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x); INSERT INTO t VALUES ('æ')")
        #expect(try db.integrityCheck() == ["ok"])
        #expect(try db.integrityCheck(quick: true) == ["ok"])
    }

    @Test func userVersionAndApplicationIDAreStoredInTheFile() throws {
        #expect(try db.userVersion() == 0 && db.applicationID() == 0)
        try db.setUserVersion(3)
        try db.setApplicationID(0x4B46_4C53)
        let reopened = try SQLiteDatabase.open(path: db.path, mode: .readOnly)
        #expect(try reopened.userVersion() == 3)
        #expect(try reopened.applicationID() == 0x4B46_4C53)
        try reopened.requireApplicationID(0x4B46_4C53)
    }

    @Test func theWrongApplicationIDIsRecognised() throws {
        try db.setApplicationID(0x4B46_4C57)
        let error = try #require(throws: SQLiteError.self) { try db.requireApplicationID(0x4B46_4C53) }
        #expect(error.kind == .wrongApplication)
    }

    @Test func journalModeSwitchesToWALAndBack() throws {
        #expect(try db.journalMode() == "delete")
        try db.setJournalMode(.wal)
        #expect(try db.journalMode() == "wal")
        try db.setJournalMode(.delete)
        #expect(try db.journalMode() == "delete")
    }

    @Test func busyTimeoutCanBeChanged() throws {
        db.busyTimeout = .milliseconds(250)
        #expect(try db.scalar("PRAGMA busy_timeout", as: Int.self) == 250)
        #expect(
            try SQLiteDatabase.open(path: db.path, mode: .readWrite).scalar("PRAGMA busy_timeout", as: Int.self)
                == 5_000)
    }

    @Test func theLibraryIsRecentEnoughForStrictTables() {
        let parts = SQLiteDatabase.sqliteVersion.split(separator: ".").compactMap { Int($0) }
        #expect(parts.count >= 2 && (parts[0], parts[1]) >= (3, 37))
    }
}
