import CSQLite

/// Reading the current row by column name, as GRDB does: a SELECT whose
/// columns are reordered or added to cannot shift values into the wrong
/// fields. A column that is missing is a programming error (`.misuse`); a
/// NULL where a value is required, or a value that is not one of a type's
/// cases, means the file holds what this build cannot read (`.corrupt`). The
/// value itself never goes into the error: it may be pupils' data.
extension Statement {
    /// 0-based index of the result column called `name` (its alias, if any).
    /// - Throws: `SQLiteError` of kind `.misuse` when there is no such column.
    public func columnIndex(_ name: String) throws -> Int {
        if columnIndexes == nil {
            var indexes: [String: Int] = [:]
            for index in 0..<columnCount where indexes[columnName(at: index)] == nil {
                indexes[columnName(at: index)] = index
            }
            columnIndexes = indexes
        }
        guard let index = columnIndexes?[name] else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: SQLITE_RANGE, message: "no result column named \(name)",
                sql: sql, path: database.path)
        }
        return index
    }

    /// The value of column `name`; NULL is an error.
    public func int(_ name: String) throws -> Int { int(at: try present(name)) }
    public func double(_ name: String) throws -> Double { double(at: try present(name)) }
    public func string(_ name: String) throws -> String { string(at: try present(name)) }
    public func bool(_ name: String) throws -> Bool { bool(at: try present(name)) }

    /// The value of column `name`, or nil for NULL.
    public func optionalInt(_ name: String) throws -> Int? { optionalInt(at: try columnIndex(name)) }
    public func optionalDouble(_ name: String) throws -> Double? { optionalDouble(at: try columnIndex(name)) }
    public func optionalString(_ name: String) throws -> String? { optionalString(at: try columnIndex(name)) }

    /// The case of `type` stored in column `name`.
    /// - Throws: `.corrupt` for NULL or a value that is no case of `type`.
    public func decode<Value: RawRepresentable>(_ type: Value.Type, _ name: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string(name)) else { throw unreadable(name, as: "\(Value.self)") }
        return value
    }

    /// The case of `type` stored as a number in column `name`.
    /// - Throws: `.corrupt` for NULL or a number that is no case of `type`.
    public func decode<Value: RawRepresentable>(_ type: Value.Type, _ name: String) throws -> Value
    where Value.RawValue == Int {
        guard let value = Value(rawValue: try int(name)) else { throw unreadable(name, as: "\(Value.self)") }
        return value
    }

    /// Like `decode(_:_:)`, with NULL read as nil.
    public func decodeIfPresent<Value: RawRepresentable>(_ type: Value.Type, _ name: String) throws -> Value?
    where Value.RawValue == String {
        guard try optionalString(name) != nil else { return nil }
        return try decode(type, name)
    }

    /// A `.corrupt` error for column `name`, which holds no `what` (the value is left out).
    public func unreadable(_ name: String, as what: String) -> SQLiteError {
        SQLiteError(
            kind: .corrupt, extendedResultCode: SQLITE_CORRUPT, message: "column \(name) holds no readable \(what)",
            sql: sql, path: database.path)
    }

    private func present(_ name: String) throws -> Int {
        let index = try columnIndex(name)
        guard !isNull(at: index) else { throw unreadable(name, as: "value (NULL)") }
        return index
    }
}
