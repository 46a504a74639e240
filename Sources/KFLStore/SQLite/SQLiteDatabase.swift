import CSQLite

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One connection to an SQLite database file.
///
/// Not `Sendable`: a connection belongs to one task or thread at a time, which
/// the compiler then enforces. Statements keep their connection alive, so it
/// is closed when the last of them and the database object are gone.
public final class SQLiteDatabase {
    /// How to open the file.
    public enum OpenMode: Sendable, Equatable {
        /// Existing file; writes refused (`SQLITE_OPEN_READONLY` and
        /// `PRAGMA query_only`). An empty file is refused as not a database.
        case readOnly
        /// Existing file that nothing writes while it is open (a file kfl may
        /// not write, such as a backup copy): read without locks, and without
        /// the `-wal`/`-shm` files a read-only open of a WAL database would
        /// leave beside it (SQLite's `immutable=1`). Writes refused as for `readOnly`.
        case immutable
        /// Existing file, read and write.
        case readWrite
        /// Read and write; creates the file if it does not exist.
        case create

        /// Writes refused.
        public var isReadOnly: Bool { self == .readOnly || self == .immutable }
    }

    /// Path of the database file as given to `open`.
    public let path: String
    /// The mode the file was opened in.
    public let mode: OpenMode

    let handle: OpaquePointer

    private init(handle: OpaquePointer, path: String, mode: OpenMode) {
        self.handle = handle
        self.path = path
        self.mode = mode
    }

    deinit {
        // close_v2 defers the close until every statement is finalized.
        sqlite3_close_v2(handle)
    }

    /// Opens the database at `path` and checks at once that it is one.
    ///
    /// Reads the schema before returning, so a file that is not a database
    /// (`.notADatabase`), a truncated or damaged one (`.corrupt`) or a missing
    /// one (`.fileMissing`) throws here rather than on the first query. A
    /// read-only open also refuses an empty file and turns on `query_only`;
    /// it creates no `-wal`/`-shm` files for a database in DELETE journal mode.
    ///
    /// - Parameters:
    ///   - busyTimeout: how long to wait for another connection's lock
    ///     before failing with `.busy`.
    /// - Throws: `SQLiteError`.
    public static func open(
        path: String, mode: OpenMode, busyTimeout: Duration = .seconds(5)
    ) throws -> SQLiteDatabase {
        let isFile = !path.isEmpty && path != ":memory:"
        let status = isFile ? FileStatus.of(path).kind : .missing
        if status != .missing {
            // SQLite opens a directory and then fails to read it with an I/O error.
            if status == .directory {
                throw SQLiteError(
                    kind: .cannotOpen, extendedResultCode: SQLITE_CANTOPEN | (2 << 8),  // SQLITE_CANTOPEN_ISDIR
                    message: "is a directory", path: path)
            }
        } else if isFile, mode != .create {
            throw SQLiteError(
                kind: .fileMissing, extendedResultCode: SQLITE_CANTOPEN,
                message: "no such file", path: path)
        }
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var handle: OpaquePointer?
        let rc = sqlite3_open_v2(mode == .immutable ? immutableURI(path) : path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_close_v2(handle)
            var kind: SQLiteError.Kind?
            if rc & 0xFF == SQLITE_CANTOPEN, isFile, !FileManager.default.fileExists(atPath: path) {
                kind = .fileMissing
            }
            throw SQLiteError(kind: kind, extendedResultCode: rc, message: message, path: path)
        }
        let db = SQLiteDatabase(handle: handle, path: path, mode: mode)
        sqlite3_extended_result_codes(handle, 1)
        db.busyTimeout = busyTimeout
        try db.checkIsDatabase()
        if mode.isReadOnly {
            try db.execute("PRAGMA query_only = ON")
        }
        try db.execute("PRAGMA foreign_keys = ON")
        return db
    }

    /// `path` as an SQLite URI with `immutable=1`; `%`, `?` and `#` in it percent-encoded.
    private static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for character in path {
            switch character {
            case "%": encoded += "%25"
            case "?": encoded += "%3f"
            case "#": encoded += "%23"
            default: encoded.append(character)
            }
        }
        return "file:\(encoded)?immutable=1"
    }

    /// A copy of the whole database in memory, read-write, which this one never sees.
    ///
    /// - Throws: `SQLiteError` when SQLite cannot copy the pages.
    public func memoryCopy() throws -> SQLiteDatabase {
        let copy = try SQLiteDatabase.open(path: ":memory:", mode: .create)
        guard let backup = sqlite3_backup_init(copy.handle, "main", handle, "main") else {
            throw copy.error(sqlite3_extended_errcode(copy.handle), sql: nil)
        }
        let step = sqlite3_backup_step(backup, -1)
        let finish = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finish == SQLITE_OK else {
            throw error(step == SQLITE_DONE ? finish : step, sql: nil)
        }
        return copy
    }

    /// Reads the header and the whole schema, which is where a foreign or
    /// truncated file first shows: SQLite checks the magic string and that
    /// the file is as long as the header says.
    private func checkIsDatabase() throws {
        let objects = try scalar("SELECT count(*) FROM sqlite_master", as: Int.self) ?? 0
        if mode.isReadOnly, objects == 0,
            try scalar("PRAGMA page_count", as: Int.self) ?? 0 == 0
        {
            throw SQLiteError(
                kind: .notADatabase, extendedResultCode: SQLITE_NOTADB,
                message: "file is empty", path: path)
        }
    }

    /// How long to wait for another connection's lock before `.busy`.
    public var busyTimeout: Duration = .zero {
        didSet {
            let (seconds, attoseconds) = busyTimeout.components
            let ms = seconds * 1000 + attoseconds / 1_000_000_000_000_000
            sqlite3_busy_timeout(handle, Int32(clamping: ms))
        }
    }

    /// The version of the SQLite library in use, e.g. "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    // MARK: Running SQL

    /// Runs one or more `;`-separated statements without bound values.
    ///
    /// - Throws: `SQLiteError` naming the statement that failed; statements
    ///   before it have run.
    public func execute(_ sql: String) throws {
        try sql.withCString { start in
            var current = start
            while current.pointee != 0 {
                var stmt: OpaquePointer?
                var next: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, current, -1, &stmt, &next)
                guard rc == SQLITE_OK else {
                    throw error(rc, sql: Self.trimmed(String(cString: current)))
                }
                guard let stmt else { break }  // only whitespace or comments left
                defer { sqlite3_finalize(stmt) }
                var step = sqlite3_step(stmt)
                while step == SQLITE_ROW { step = sqlite3_step(stmt) }
                guard step == SQLITE_DONE else {
                    throw error(step, sql: Self.trimmed(String(cString: sqlite3_sql(stmt))))
                }
                guard let next else { break }
                current = next
            }
        }
    }

    /// Runs one statement with values bound to its parameters in order.
    ///
    /// - Throws: `SQLiteError`; `.misuse` if the number of values is not the
    ///   number of parameters.
    public func execute(_ sql: String, _ bindings: [(any SQLiteValue)?]) throws {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        try statement.execute()
    }

    /// Compiles one statement, to be bound and stepped, often many times.
    ///
    /// - Throws: `SQLiteError`; `.misuse` if `sql` holds no statement or more
    ///   than one.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs a query and calls `row` for each result row.
    ///
    /// The statement passed to `row` is positioned on the row; read its
    /// columns with `int(at:)`, `string(at:)` and so on. It is only valid
    /// inside the call.
    public func query(
        _ sql: String, _ bindings: [(any SQLiteValue)?] = [],
        row: (Statement) throws -> Void
    ) throws {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        while try statement.step() { try row(statement) }
    }

    /// The first column of the first row, or nil if there is no row or the
    /// value is NULL.
    public func scalar<Value: SQLiteValue>(
        _ sql: String, _ bindings: [(any SQLiteValue)?] = [], as type: Value.Type = Value.self
    ) throws -> Value? {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        guard try statement.step() else { return nil }
        return statement.value(at: 0, as: Value.self)
    }

    /// Row id of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection was opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// True when SQLite opened the file only for reading, whatever the mode
    /// asked (it does so quietly when the file or its disk cannot be written).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// True while a transaction is open.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Errors

    private static func trimmed(_ sql: String) -> String {
        sql.trimmingWhitespaceAndNewlines()
    }

    /// The error for result code `rc`, with the connection's current message.
    func error(_ rc: Int32, sql: String?) -> SQLiteError {
        let code = sqlite3_extended_errcode(handle) & 0xFF == rc & 0xFF ? sqlite3_extended_errcode(handle) : rc
        return SQLiteError(
            extendedResultCode: code, message: String(cString: sqlite3_errmsg(handle)),
            sql: sql, path: path)
    }
}

@available(*, unavailable, message: "a connection belongs to one task at a time")
extension SQLiteDatabase: Sendable {}
