import CSQLite

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Swift value that can be bound to a parameter and read from a column.
///
/// Int, Int64, Int32, Double, Bool, String, [UInt8] and Data conform. A kfl
/// type conforms by delegating to one of these (e.g. to its raw value).
public protocol SQLiteValue {
    /// Binds the value to the parameter at 1-based `index`.
    func bind(to statement: Statement, at index: Int) throws
    /// Reads the value at 0-based column `index` of the current row (not NULL).
    init(statement: Statement, at index: Int)
}

extension Int: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.check(sqlite3_bind_int64(statement.handle, Int32(clamping: index), Int64(self)))
    }
    public init(statement: Statement, at index: Int) { self = statement.int(at: index) }
}

extension Int64: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.check(sqlite3_bind_int64(statement.handle, Int32(clamping: index), self))
    }
    public init(statement: Statement, at index: Int) { self = statement.int64(at: index) }
}

extension Int32: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.check(sqlite3_bind_int64(statement.handle, Int32(clamping: index), Int64(self)))
    }
    public init(statement: Statement, at index: Int) {
        self = Int32(truncatingIfNeeded: statement.int64(at: index))
    }
}

extension Double: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.check(sqlite3_bind_double(statement.handle, Int32(clamping: index), self))
    }
    public init(statement: Statement, at index: Int) { self = statement.double(at: index) }
}

extension Bool: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try statement.check(sqlite3_bind_int64(statement.handle, Int32(clamping: index), self ? 1 : 0))
    }
    public init(statement: Statement, at index: Int) { self = statement.bool(at: index) }
}

extension String: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        let handle = statement.handle
        let position = Int32(clamping: index)
        var text = self
        let rc = text.withUTF8 { utf8 -> Int32 in
            // A nil pointer would bind NULL; an empty string must stay "".
            guard let start = utf8.baseAddress, utf8.count > 0 else {
                return sqlite3_bind_text(handle, position, "", 0, kfl_sqlite_transient())
            }
            return start.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                sqlite3_bind_text64(
                    handle, position, $0, UInt64(utf8.count), kfl_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
        try statement.check(rc)
    }
    public init(statement: Statement, at index: Int) { self = statement.string(at: index) }
}

extension Array: SQLiteValue where Element == UInt8 {
    public func bind(to statement: Statement, at index: Int) throws {
        try withUnsafeBytes { try statement.bindBlob($0, at: index) }
    }
    public init(statement: Statement, at index: Int) { self = statement.blob(at: index) }
}

extension Data: SQLiteValue {
    public func bind(to statement: Statement, at index: Int) throws {
        try withUnsafeBytes { try statement.bindBlob($0, at: index) }
    }
    public init(statement: Statement, at index: Int) { self = Data(statement.blob(at: index)) }
}

extension Statement {
    func bindBlob(_ bytes: UnsafeRawBufferPointer, at index: Int) throws {
        // A nil pointer would bind NULL; an empty blob must stay a blob.
        guard let start = bytes.baseAddress, bytes.count > 0 else {
            return try check(sqlite3_bind_zeroblob(handle, Int32(clamping: index), 0))
        }
        try check(
            sqlite3_bind_blob64(handle, Int32(clamping: index), start, UInt64(bytes.count), kfl_sqlite_transient()))
    }
}
