import Foundation
import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct MigratorTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    static var firstTwo: Migrator {
        var migrator = Migrator()
        migrator.register("001-analyse", sql: "CREATE TABLE analyse (id INTEGER PRIMARY KEY, tittel TEXT NOT NULL)")
        migrator.register("002-hypotese") { db in
            try db.execute("CREATE TABLE hypotese (id INTEGER PRIMARY KEY, analyse INTEGER REFERENCES analyse(id))")
            try db.execute("INSERT INTO analyse (tittel) VALUES (?)", ["Eksempel"])
        }
        return migrator
    }

    @Test func migrationsAreAppliedInOrderAndRecorded() throws {
        let db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        let migrator = Self.firstTwo
        #expect(try migrator.pendingMigrations(in: db) == ["001-analyse", "002-hypotese"])
        try migrator.migrate(db)
        #expect(try migrator.appliedMigrations(in: db) == ["001-analyse", "002-hypotese"])
        #expect(try migrator.pendingMigrations(in: db).isEmpty)
        #expect(try db.tableExists("analyse") && db.tableExists("hypotese"))
        try db.query("SELECT applied_at FROM kfl_migrations") { row in
            #expect(row.string(at: 0).wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        }
    }

    @Test func migrationsAreNeverAppliedTwice() throws {
        let path = dir.path()
        try Self.firstTwo.migrate(SQLiteDatabase.open(path: path, mode: .create))
        // Re-running would fail on CREATE TABLE and add a second row.
        let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try Self.firstTwo.migrate(db)
        try Self.firstTwo.migrate(db)
        #expect(try db.scalar("SELECT count(*) FROM analyse", as: Int.self) == 1)
        #expect(try db.scalar("SELECT count(*) FROM kfl_migrations", as: Int.self) == 2)
    }

    @Test func aNewBuildAppliesOnlyItsNewMigrations() throws {
        let db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        var old = Migrator()
        old.register("001-analyse", sql: "CREATE TABLE analyse (id INTEGER PRIMARY KEY, tittel TEXT NOT NULL)")
        try old.migrate(db)
        let new = Self.firstTwo
        #expect(try new.pendingMigrations(in: db) == ["002-hypotese"])
        try new.migrate(db)
        #expect(try new.appliedMigrations(in: db) == ["001-analyse", "002-hypotese"])
    }

    @Test func aFailingMigrationIsRolledBackAndNotRecordedWhileEarlierOnesStay() throws {
        let db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        var migrator = Self.firstTwo
        migrator.register("003-tiltak", sql: "CREATE TABLE tiltak (id INTEGER); INSERT INTO nosuch VALUES (1)")
        let error = try #require(throws: SQLiteError.self) { try migrator.migrate(db) }
        #expect(error.sql?.hasPrefix("INSERT INTO nosuch") == true)
        #expect(try migrator.appliedMigrations(in: db) == ["001-analyse", "002-hypotese"])
        #expect(try !db.tableExists("tiltak"))
        #expect(!db.isInTransaction)
    }

    @Test func aDatabaseFromANewerBuildIsRefusedUntouched() throws {
        let path = dir.path()
        try Self.firstTwo.migrate(SQLiteDatabase.open(path: path, mode: .create))
        var older = Migrator()
        older.register("001-analyse", sql: "CREATE TABLE analyse (id INTEGER PRIMARY KEY, tittel TEXT NOT NULL)")
        older.register("002-plan", sql: "CREATE TABLE plan (id INTEGER)")

        let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
        let error = try #require(throws: SQLiteError.self) { try older.migrate(db) }
        #expect(error.kind == .schemaTooNew)
        #expect(error.message.contains("002-hypotese"))
        #expect(try !db.tableExists("plan"))
        #expect(try db.scalar("SELECT count(*) FROM kfl_migrations", as: Int.self) == 2)

        let readOnly = try SQLiteDatabase.open(path: path, mode: .readOnly)
        #expect(throws: SQLiteError.self) { try older.checkNotNewer(readOnly) }
        #expect(try Self.firstTwo.checkNotNewer(readOnly) == ["001-analyse", "002-hypotese"])
    }

    @Test func aDatabaseWithoutMigrationsHasNoneAppliedEvenReadOnly() throws {
        let path = dir.path()
        try SQLiteDatabase.open(path: path, mode: .create).execute("CREATE TABLE x (y)")
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        #expect(try Self.firstTwo.appliedMigrations(in: db).isEmpty)
        #expect(try Self.firstTwo.pendingMigrations(in: db) == ["001-analyse", "002-hypotese"])
    }
}
