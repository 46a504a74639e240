import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Reading rows by column name: a reordered SELECT reads the same values; a
/// missing column, a NULL where a value is needed and a value that is no
/// case of its type are errors that never show the value.
@Suite struct StatementColumnTests {
    let dir: TemporaryDirectory
    let db: SQLiteDatabase

    init() throws {
        dir = try TemporaryDirectory()
        db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        try db.execute("CREATE TABLE u (id INTEGER, kind TEXT, name TEXT, gender INTEGER, sd REAL)")
        try db.execute("INSERT INTO u VALUES (1, 'skole', 'Flisa skole', 2, NULL)")
    }

    func first<T>(_ sql: String, _ read: (Statement) throws -> T) throws -> T? {
        var value: T?
        try db.query(sql) { value = try read($0) }
        return value
    }

    @Test func aReorderedSelectReadsTheSameValues() throws {
        let read = { (row: Statement) in
            (
                try row.int("id"), try row.decode(UnitKind.self, "kind"), try row.string("name"),
                try row.decode(Gender.self, "gender")
            )
        }
        let one = try #require(try first("SELECT id, kind, name, gender FROM u", read))
        let other = try #require(try first("SELECT gender, name, kind, id FROM u", read))
        #expect(one == other)
        #expect(one == (1, .school, "Flisa skole", .girls))
        #expect(try first("SELECT sd, name AS title FROM u") { try $0.optionalDouble("sd") } == .some(nil))
        #expect(try first("SELECT sd, name AS title FROM u") { try $0.string("title") } == "Flisa skole")
    }

    @Test func aMissingColumnIsAMisuseNamingIt() throws {
        let error = #expect(throws: SQLiteError.self) { _ = try first("SELECT id FROM u") { try $0.string("name") } }
        #expect(error?.kind == .misuse)
        #expect(error?.message.contains("name") == true)
    }

    @Test func aNullOrUnknownValueIsCorruptAndTheValueIsNotInTheError() throws {
        try db.execute("INSERT INTO u VALUES (2, 'Kari Nordmann', NULL, 9, NULL)")
        let unknownKind = #expect(throws: SQLiteError.self) {
            _ = try first("SELECT kind FROM u WHERE id = 2") { try $0.decode(UnitKind.self, "kind") }
        }
        #expect(unknownKind?.kind == .corrupt)
        #expect(unknownKind?.description.contains("Kari") == false)
        let unknownGender = #expect(throws: SQLiteError.self) {
            _ = try first("SELECT gender FROM u WHERE id = 2") { try $0.decode(Gender.self, "gender") }
        }
        #expect(unknownGender?.kind == .corrupt)
        let null = #expect(throws: SQLiteError.self) {
            _ = try first("SELECT name FROM u WHERE id = 2") { try $0.string("name") }
        }
        #expect(null?.kind == .corrupt)
        #expect(try first("SELECT name FROM u WHERE id = 2") { try $0.optionalString("name") } == .some(nil))
    }
}
