import KFLTestSupport
import Testing

@testable import KFLStore

struct Oops: Error {}

@Suite struct TransactionTests {
    let dir: TemporaryDirectory
    let db: SQLiteDatabase

    init() throws {
        dir = try TemporaryDirectory()
        db = try SQLiteDatabase.open(path: dir.path(), mode: .create)
        try db.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    }

    func count() throws -> Int { try db.scalar("SELECT count(*) FROM t", as: Int.self) ?? -1 }

    @Test(arguments: [SQLiteDatabase.TransactionKind.deferred, .immediate])
    func aTransactionThatReturnsCommitsAndPassesOnTheResult(kind: SQLiteDatabase.TransactionKind) throws {
        let result = try db.transaction(kind) {
            #expect(db.isInTransaction)
            try db.execute("INSERT INTO t VALUES (1)")
            return "ferdig"
        }
        #expect(result == "ferdig")
        #expect(!db.isInTransaction)
        #expect(try count() == 1)
    }

    @Test func anyErrorThrownFromTheBodyRollsBackEverything() throws {
        #expect(throws: Oops.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                try db.execute("INSERT INTO t VALUES (2)")
                throw Oops()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try count() == 0)
    }

    @Test func aFailingStatementRollsBackTheRowsBeforeIt() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction(.immediate) {
                try db.execute("INSERT INTO t VALUES (1)")
                try db.execute("INSERT INTO t VALUES (1)")
            }
        }
        #expect(error.kind == .constraint)
        #expect(try count() == 0)
    }

    @Test func aNestedTransactionThatFailsUndoesOnlyItsOwnWorkWhenCaught() throws {
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            #expect(throws: Oops.self) {
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (2)")
                    throw Oops()
                }
            }
            #expect(db.isInTransaction)
            try db.execute("INSERT INTO t VALUES (3)")
        }
        var values: [Int] = []
        try db.query("SELECT x FROM t ORDER BY x") { values.append($0.int(at: 0)) }
        #expect(values == [1, 3])
    }

    @Test func aNestedFailureThatIsNotCaughtRollsBackTheOuterTransactionToo() throws {
        #expect(throws: Oops.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (2)")
                    throw Oops()
                }
            }
        }
        #expect(try count() == 0)
        #expect(!db.isInTransaction)
    }

    @Test func aNestedTransactionThatSucceedsCommitsWithTheOuterOne() throws {
        try db.transaction {
            try db.transaction { try db.execute("INSERT INTO t VALUES (1)") }
            #expect(db.isInTransaction)
        }
        #expect(try count() == 1)
    }

    @Test func aCommitThatFailsRollsBackAndThrows() throws {
        try db.execute(
            """
            CREATE TABLE p (id INTEGER PRIMARY KEY);
            CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO c VALUES (?)", [42])  // checked only at COMMIT
                try db.execute("INSERT INTO t VALUES (1)")
            }
        }
        #expect(error.kind == .constraint)
        #expect(error.sql == "COMMIT TRANSACTION")
        #expect(!db.isInTransaction)
        #expect(try count() == 0)
        #expect(try db.scalar("SELECT count(*) FROM c", as: Int.self) == 0)
    }

    @Test func anImmediateTransactionFailsAsBusyWhileAnotherConnectionWrites() throws {
        let other = try SQLiteDatabase.open(path: dir.path(), mode: .readWrite, busyTimeout: .milliseconds(50))
        try db.transaction(.immediate) {
            try db.execute("INSERT INTO t VALUES (1)")
            let error = try #require(throws: SQLiteError.self) {
                try other.transaction(.immediate) { try other.execute("INSERT INTO t VALUES (2)") }
            }
            #expect(error.kind == .busy)
            #expect(!other.isInTransaction)
        }
        #expect(try other.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
    }
}
