import Foundation
import KFLTestSupport
import Testing

@testable import KFLStore

@Suite struct StatementTests {
    let dir: TemporaryDirectory
    let db: SQLiteDatabase

    init() throws {
        dir = try TemporaryDirectory()
        db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        try db.execute("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, any)")
    }

    @Test func integersRoundTripAtTheirLimits() throws {
        let insert = try db.prepare("INSERT INTO v (i) VALUES (?)")
        for value in [0, 1, -1, Int.max, Int.min] {
            try insert.bind(value, at: 1)
            try insert.execute()
            #expect(try db.scalar("SELECT i FROM v WHERE rowid = ?", [db.lastInsertRowID], as: Int.self) == value)
        }
        try db.execute("INSERT INTO v (i) VALUES (?)", [Int64.min])
        #expect(try db.scalar("SELECT i FROM v ORDER BY rowid DESC", as: Int64.self) == Int64.min)
        try db.execute("INSERT INTO v (i) VALUES (?)", [Int32.max])
        #expect(try db.scalar("SELECT i FROM v ORDER BY rowid DESC", as: Int32.self) == Int32.max)
    }

    @Test func doublesRoundTripExactly() throws {
        for value in [0.0, -1.5, Double.pi, 1e308, 4.123456789012345, -Double.leastNonzeroMagnitude] {
            try db.execute("DELETE FROM v")
            try db.execute("INSERT INTO v (r) VALUES (?)", [value])
            #expect(try db.scalar("SELECT r FROM v", as: Double.self) == value)
        }
    }

    @Test func textRoundTripsAsUTF8IncludingNorwegianLettersEmojiAndNUL() throws {
        let values = ["", "æøå ÆØÅ", "Trivsel på skolen 👩‍🏫🇳🇴", "a\u{0}b", String(repeating: "ø", count: 10_000)]
        let insert = try db.prepare("INSERT INTO v (t) VALUES (?)")
        for value in values {
            try insert.bind(value, at: 1)
            try insert.execute()
        }
        var read: [String] = []
        try db.query("SELECT t, typeof(t), length(CAST(t AS BLOB)) FROM v ORDER BY rowid") { row in
            #expect(row.string(at: 1) == "text")
            #expect(row.int(at: 2) == row.string(at: 0).utf8.count)
            read.append(row.string(at: 0))
        }
        #expect(read == values)
    }

    @Test func blobsRoundTripIncludingEmptyOnesWhichStayBlobs() throws {
        let bytes = [UInt8](0...255)
        try db.execute("INSERT INTO v (b) VALUES (?)", [bytes])
        try db.execute("INSERT INTO v (b) VALUES (?)", [Data([1, 2, 3])])
        try db.execute("INSERT INTO v (b) VALUES (?)", [[UInt8]()])
        var read: [[UInt8]] = []
        var types: [String] = []
        try db.query("SELECT b, typeof(b) FROM v ORDER BY rowid") { row in
            read.append(row.blob(at: 0))
            types.append(row.string(at: 1))
        }
        #expect(read == [bytes, [1, 2, 3], []])
        #expect(types == ["blob", "blob", "blob"])
        #expect(try db.scalar("SELECT b FROM v WHERE rowid = 2", as: Data.self) == Data([1, 2, 3]))
    }

    @Test func boolsAreStoredAsZeroAndOne() throws {
        try db.execute("INSERT INTO v (i) VALUES (?)", [true])
        try db.execute("INSERT INTO v (i) VALUES (?)", [false])
        var read: [Bool] = []
        try db.query("SELECT i, i FROM v ORDER BY rowid") { row in
            read.append(row.bool(at: 0))
            #expect(row.int(at: 1) == (row.bool(at: 0) ? 1 : 0))
        }
        #expect(read == [true, false])
    }

    @Test func nilBindsNullAndNullReadsAsNilOrAsZero() throws {
        let missing: Int? = nil
        try db.execute("INSERT INTO v (i, r, t, b) VALUES (?, ?, ?, ?)", [missing, nil, nil as String?, nil])
        var checked = false
        try db.query("SELECT i, r, t, b, typeof(i) FROM v") { row in
            for column in 0..<4 { #expect(row.isNull(at: column)) }
            #expect(row.string(at: 4) == "null")
            #expect(row.optionalInt(at: 0) == nil)
            #expect(row.optionalDouble(at: 1) == nil)
            #expect(row.optionalString(at: 2) == nil)
            #expect(row.value(at: 3, as: [UInt8].self) == nil)
            #expect(row.int(at: 0) == 0 && row.double(at: 1) == 0 && row.string(at: 2) == "" && row.blob(at: 3) == [])
            checked = true
        }
        #expect(checked)
        #expect(try db.scalar("SELECT i FROM v", as: Int.self) == nil)
    }

    @Test func genericBindOfAnOptionalBindsItsValueOrNull() throws {
        let insert = try db.prepare("INSERT INTO v (r) VALUES (?)")
        let values: [Double?] = [3.5, nil]
        for value in values {
            try insert.bind(value, at: 1)
            try insert.execute()
        }
        var read: [Double?] = []
        try db.query("SELECT r FROM v ORDER BY rowid") { read.append($0.optionalDouble(at: 0)) }
        #expect(read == values)
    }

    @Test func parametersBindByNameWithOrWithoutPrefix() throws {
        let insert = try db.prepare("INSERT INTO v (i, r, t, b) VALUES (:i, @r, $t, :b)")
        try insert.bind(7, named: "i")
        try insert.bind(2.5, named: "@r")
        try insert.bind("Ås", named: "$t")
        try insert.bind([UInt8]([9]), named: ":b")
        try insert.execute()
        var seen = false
        try db.query("SELECT i, r, t, b FROM v") { row in
            #expect(row.int(at: 0) == 7 && row.double(at: 1) == 2.5)
            #expect(row.string(at: 2) == "Ås" && row.blob(at: 3) == [9])
            seen = true
        }
        #expect(seen)
    }

    @Test func anUnknownParameterNameIsMisuse() throws {
        let insert = try db.prepare("INSERT INTO v (i) VALUES (:i)")
        let error = try #require(throws: SQLiteError.self) { try insert.bind(1, named: "j") }
        #expect(error.kind == .misuse)
    }

    @Test func anIndexOutOfRangeIsMisuse() throws {
        let insert = try db.prepare("INSERT INTO v (i) VALUES (?)")
        let error = try #require(throws: SQLiteError.self) { try insert.bind(1, at: 2) }
        #expect(error.kind == .misuse)
        #expect(error.resultCode == 25)  // SQLITE_RANGE
    }

    @Test func theWrongNumberOfValuesIsMisuse() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO v (i, r) VALUES (?, ?)", [1])
        }
        #expect(error.kind == .misuse)
        #expect(try db.scalar("SELECT count(*) FROM v", as: Int.self) == 0)
    }

    @Test func prepareRefusesSeveralStatementsButAllowsATrailingComment() throws {
        let error = try #require(throws: SQLiteError.self) {
            _ = try db.prepare("SELECT 1; DELETE FROM v")
        }
        #expect(error.kind == .misuse)
        _ = try db.prepare("SELECT 1; -- what it is for\n")
        #expect(throws: SQLiteError.self) { _ = try db.prepare("  -- nothing\n") }
    }

    @Test func resetAndClearBindingsLetAStatementRunAgain() throws {
        let insert = try db.prepare("INSERT INTO v (i, t) VALUES (?, ?)")
        try insert.bind(1, at: 1)
        try insert.bind("en", at: 2)
        try insert.execute()
        try insert.execute()  // bindings are kept
        insert.clearBindings()
        try insert.execute()
        var rows: [String] = []
        try db.query("SELECT coalesce(i, 'NULL'), coalesce(t, 'NULL') FROM v ORDER BY rowid") {
            rows.append("\($0.string(at: 0))|\($0.string(at: 1))")
        }
        #expect(rows == ["1|en", "1|en", "NULL|NULL"])

        let select = try db.prepare("SELECT count(*) FROM v")
        #expect(try select.step())
        #expect(select.int(at: 0) == 3)
        select.reset()
        #expect(try select.step())
        #expect(select.int(at: 0) == 3)
        #expect(try select.step() == false)
    }

    @Test func columnNamesAndCountDescribeTheResult() throws {
        let select = try db.prepare("SELECT i AS elev, t AS navn FROM v")
        #expect(select.columnCount == 2)
        #expect(select.columnName(at: 0) == "elev" && select.columnName(at: 1) == "navn")
        #expect(select.isReadOnly)
        #expect(try db.prepare("DELETE FROM v").isReadOnly == false)
    }

    @Test func aPreparedInsertInALoopWritesManyRows() throws {
        let count = 20_000
        try db.transaction(.immediate) {
            let insert = try db.prepare("INSERT INTO v (i, r, t) VALUES (?, ?, ?)")
            for n in 0..<count {
                try insert.bind(n, at: 1)
                try insert.bind(Double(n) / 2, at: 2)
                try insert.bind("skole", at: 3)
                try insert.execute()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM v", as: Int.self) == count)
        #expect(try db.scalar("SELECT sum(i) FROM v", as: Int.self) == count * (count - 1) / 2)
        #expect(db.changes == 1)
    }

    @Test func executeRunsSeveralStatementsAndStopsAtTheFirstFailure() throws {
        try db.execute(
            """
            INSERT INTO v (i) VALUES (1);
            -- a comment between statements
            INSERT INTO v (i) VALUES (2);
            """)
        #expect(try db.scalar("SELECT count(*) FROM v", as: Int.self) == 2)
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO v (i) VALUES (3); INSERT INTO nosuch VALUES (4); INSERT INTO v (i) VALUES (5)")
        }
        #expect(error.sql?.hasPrefix("INSERT INTO nosuch") == true)
        #expect(try db.scalar("SELECT count(*) FROM v", as: Int.self) == 3)
    }
}
