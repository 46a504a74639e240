import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct SQLiteErrorTests {
    let dir: TemporaryDirectory
    let db: SQLiteDatabase

    init() throws {
        dir = try TemporaryDirectory()
        db = try SQLiteDatabase.open(path: dir.path("arbeidsbok.sqlite"), mode: .create)
        try db.execute(
            """
            CREATE TABLE elev (navn TEXT UNIQUE, alder INTEGER CHECK (alder BETWEEN 5 AND 17));
            CREATE TABLE streng (poeng INTEGER) STRICT;
            """)
    }

    @Test func aUniqueViolationNamesCodesSQLAndPathButNotTheValue() throws {
        let secret = "Kari Nordmann Ødegård"
        try db.execute("INSERT INTO elev (navn, alder) VALUES (?, ?)", [secret, 9])
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO elev (navn, alder) VALUES (?, ?)", [secret, 9])
        }
        #expect(error.kind == .constraint)
        #expect(error.resultCode == 19 && error.extendedResultCode == 2067)
        #expect(error.sql == "INSERT INTO elev (navn, alder) VALUES (?, ?)")
        let text = error.description
        for expected in ["19", "2067", "UNIQUE constraint failed: elev.navn", "INSERT INTO elev", "arbeidsbok.sqlite"] {
            #expect(text.contains(expected), "\(text) lacks \(expected)")
        }
        #expect(!text.contains("Kari") && !text.contains("Ødegård"))
        #expect(!String(reflecting: error).contains("Kari"))
    }

    @Test func aCheckViolationDoesNotShowTheValue() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO elev (navn, alder) VALUES (?, ?)", ["Ola Hansen", 4711])
        }
        #expect(error.kind == .constraint)
        #expect(!error.description.contains("4711") && !error.description.contains("Ola"))
    }

    @Test func aStrictTypeErrorDoesNotShowTheValue() throws {
        let insert = try db.prepare("INSERT INTO streng (poeng) VALUES (:poeng)")
        try insert.bind("Per Persen", named: "poeng")
        let error = try #require(throws: SQLiteError.self) { try insert.execute() }
        #expect(error.kind == .constraint)
        #expect(error.description.contains(":poeng"))
        #expect(!error.description.contains("Per"))
    }

    @Test func aSyntaxErrorShowsTheSQL() throws {
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELEKT navn FROM elev") }
        #expect(error.kind == .other && error.resultCode == 1)
        #expect(error.description.contains("SELEKT navn FROM elev"))
        #expect(error.description.contains("syntax error"))
    }

    @Test func kindsFollowResultCodes() {
        #expect(SQLiteError.kind(for: 26) == .notADatabase)
        #expect(SQLiteError.kind(for: 11) == .corrupt)
        #expect(SQLiteError.kind(for: 522) == .corrupt)  // SQLITE_IOERR_SHORT_READ
        #expect(SQLiteError.kind(for: 10) == .other)  // other I/O errors
        #expect(SQLiteError.kind(for: 8) == .readOnly)
        #expect(SQLiteError.kind(for: 5) == .busy)
        #expect(SQLiteError.kind(for: 2067) == .constraint)
        #expect(SQLiteError(extendedResultCode: 26).message == "file is not a database")
    }
}
