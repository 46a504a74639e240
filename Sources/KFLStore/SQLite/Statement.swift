import CSQLite

/// A compiled SQL statement: bind values, step through rows, reset, repeat.
///
/// For bulk inserts prepare once and loop bind → `execute()`; nothing is
/// allocated per row beyond what SQLite copies. Parameter indexes are
/// 1-based and column indexes 0-based, as in SQLite.
public final class Statement {
    /// The connection; kept alive as long as the statement.
    public let database: SQLiteDatabase
    let handle: OpaquePointer
    /// Result column indexes by name, filled on the first by-name read.
    var columnIndexes: [String: Int]?

    init(database: SQLiteDatabase, sql: String) throws {
        self.database = database
        var stmt: OpaquePointer?
        let rest: String? = try sql.withCString { start in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v2(database.handle, start, -1, &stmt, &tail)
            guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
            guard let tail, tail.pointee != 0 else { return nil }
            return String(cString: tail)
        }
        guard let stmt else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_MISUSE,
                message: "no statement in SQL", sql: sql, path: database.path)
        }
        handle = stmt
        if let rest, try Self.containsStatement(rest, database: database) {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_MISUSE,
                message: "more than one statement; use execute(_:) for several",
                sql: sql, path: database.path)
        }
    }

    deinit { sqlite3_finalize(handle) }

    private static func containsStatement(_ sql: String, database: SQLiteDatabase) throws -> Bool {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        sqlite3_finalize(stmt)
        return rc != SQLITE_OK || stmt != nil
    }

    /// The SQL as prepared (placeholders, never the bound values).
    public var sql: String { String(cString: sqlite3_sql(handle)) }

    /// True if the statement does not write to the database.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Binding

    /// Number of parameters (`?`, `?NNN`, `:name`, `@name`, `$name`).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `value` (nil binds NULL) to the parameter at 1-based `index`.
    ///
    /// - Throws: `SQLiteError` of kind `.misuse` for an index out of range.
    public func bind<Value: SQLiteValue>(_ value: Value?, at index: Int) throws {
        if let value {
            try value.bind(to: self, at: index)
        } else {
            try bindNull(at: index)
        }
    }

    /// Binds `value` to the parameter called `name`; the prefix (`:`, `@`,
    /// `$`) may be left out, in which case `:` is assumed.
    ///
    /// - Throws: `SQLiteError` of kind `.misuse` for an unknown name.
    public func bind<Value: SQLiteValue>(_ value: Value?, named name: String) throws {
        try bind(value, at: parameterIndex(name))
    }

    /// Binds NULL to the parameter at 1-based `index`.
    public func bindNull(at index: Int) throws {
        try check(sqlite3_bind_null(handle, Int32(clamping: index)))
    }

    /// Binds `values` to parameters 1, 2, … in order.
    ///
    /// - Throws: `SQLiteError` of kind `.misuse` unless there is exactly one
    ///   value per parameter.
    public func bind(_ values: [(any SQLiteValue)?]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_RANGE,
                message: "\(values.count) values for \(parameterCount) parameters",
                sql: sql, path: database.path)
        }
        for (offset, value) in values.enumerated() {
            if let value {
                try value.bind(to: self, at: offset + 1)
            } else {
                try bindNull(at: offset + 1)
            }
        }
    }

    /// Binds whole numbers to parameters 1, 2, … in order, as `bind(_:)` does, without making each
    /// an existential (`hasShownPart` binds 17 for each hidden cell).
    public func bind(ints values: [Int]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_RANGE,
                message: "\(values.count) values for \(parameterCount) parameters",
                sql: sql, path: database.path)
        }
        for (offset, value) in values.enumerated() { try value.bind(to: self, at: offset + 1) }
    }

    /// 1-based index of the parameter called `name`.
    public func parameterIndex(_ name: String) throws -> Int {
        var index = sqlite3_bind_parameter_index(handle, name)
        if index == 0, let first = name.first, !":@$".contains(first) {
            index = sqlite3_bind_parameter_index(handle, ":" + name)
        }
        guard index > 0 else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_RANGE,
                message: "no parameter named \(name)", sql: sql, path: database.path)
        }
        return Int(index)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Stepping

    /// Advances to the next row: true if there is one, false when done.
    ///
    /// - Throws: `SQLiteError` with this statement's SQL.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw database.error(rc, sql: sql)
        }
    }

    /// Steps to the end, ignoring rows, then resets (keeping the bindings),
    /// ready to bind and run again.
    public func execute() throws {
        defer { reset() }
        while try step() {}
    }

    /// Rewinds so the statement can run again; bindings are kept.
    public func reset() {
        // The result repeats the last step's error, which step() has thrown.
        sqlite3_reset(handle)
    }

    func check(_ rc: Int32) throws {
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    // MARK: Columns

    /// Number of columns in a result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Name of the column at 0-based `index`.
    public func columnName(at index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }

    /// True if the value at 0-based `index` is NULL.
    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The value as an integer; NULL reads as 0.
    public func int(at index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }

    /// The value as a 64-bit integer; NULL reads as 0.
    public func int64(at index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    /// The value as a double; NULL reads as 0.
    public func double(at index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// The value as a Bool (non-zero is true); NULL reads as false.
    public func bool(at index: Int) -> Bool { int64(at: index) != 0 }

    /// The value as UTF-8 text; NULL reads as "".
    public func string(at index: Int) -> String {
        // Text first, then bytes: the order SQLite documents as safe.
        guard let text = sqlite3_column_text(handle, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The value as bytes; NULL reads as [].
    public func blob(at index: Int) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(handle, Int32(index)) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// The value as an integer, or nil for NULL.
    public func optionalInt(at index: Int) -> Int? { isNull(at: index) ? nil : int(at: index) }

    /// The value as a double, or nil for NULL.
    public func optionalDouble(at index: Int) -> Double? {
        isNull(at: index) ? nil : double(at: index)
    }

    /// The value as text, or nil for NULL.
    public func optionalString(at index: Int) -> String? {
        isNull(at: index) ? nil : string(at: index)
    }

    /// The value as `type`, or nil for NULL.
    public func value<Value: SQLiteValue>(at index: Int, as type: Value.Type = Value.self) -> Value? {
        isNull(at: index) ? nil : Value(statement: self, at: index)
    }
}

@available(*, unavailable, message: "a statement belongs to its connection's task")
extension Statement: Sendable {}
