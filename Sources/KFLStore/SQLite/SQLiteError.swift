import CSQLite

/// An error from SQLite, or from this layer's checks of a database file.
///
/// Carries SQLite's result codes and message, the SQL that ran and the path of
/// the database, so a log line says what failed where. It never carries bound
/// values: they are pupils' data. Only `sqlite3_sql` (the text as prepared,
/// with `?` placeholders) is ever recorded, never `sqlite3_expanded_sql`.
///
/// Callers that speak to users switch on `kind`; the Norwegian wording lives
/// elsewhere.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for callers that must explain it in plain words.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// There is no file at the path (opening without `.create`).
        case fileMissing
        /// The file exists but cannot be opened (a directory, no permission).
        case cannotOpen
        /// The file is not an SQLite database (a JPEG, a text file) or, when
        /// opened read-only, is empty.
        case notADatabase
        /// The file is an SQLite database but truncated or damaged.
        case corrupt
        /// The database was written by a newer kfl: it has migrations or a
        /// version this build does not know.
        case schemaTooNew
        /// The database belongs to another program or is the other kind of kfl
        /// file (a workbook opened as a snapshot, or the reverse).
        case wrongApplication
        /// A write was attempted on a read-only connection.
        case readOnly
        /// Another connection holds a lock beyond the busy timeout.
        case busy
        /// A UNIQUE, NOT NULL, CHECK, FOREIGN KEY or type constraint failed.
        case constraint
        /// The API was used wrongly (bad parameter index or name, wrong number
        /// of values, several statements where one is expected).
        case misuse
        /// Anything else; see the codes and message.
        case other
    }

    /// What went wrong, machine-readable.
    public let kind: Kind
    /// SQLite's extended result code, e.g. 2067 (SQLITE_CONSTRAINT_UNIQUE).
    public let extendedResultCode: Int32
    /// SQLite's message, e.g. "UNIQUE constraint failed: elev.id".
    public let message: String
    /// The SQL that ran, as written by the program (placeholders, no values).
    public let sql: String?
    /// Path of the database file.
    public let path: String?

    /// SQLite's primary result code, e.g. 19 (SQLITE_CONSTRAINT).
    public var resultCode: Int32 { extendedResultCode & 0xFF }

    /// Makes an error; `kind` defaults to the one the code implies.
    public init(
        kind: Kind? = nil, extendedResultCode: Int32, message: String? = nil,
        sql: String? = nil, path: String? = nil
    ) {
        self.kind = kind ?? Self.kind(for: extendedResultCode)
        self.extendedResultCode = extendedResultCode
        self.message = message ?? String(cString: sqlite3_errstr(extendedResultCode))
        self.sql = sql
        self.path = path
    }

    public var description: String {
        var text = "SQLite error \(resultCode)"
        if extendedResultCode != resultCode { text += "/\(extendedResultCode)" }
        text += " (\(kind.rawValue)): \(message)"
        if let sql { text += " — SQL: \(sql)" }
        if let path { text += " — database: \(path)" }
        return text
    }

    /// The kind a result code implies.
    public static func kind(for extendedResultCode: Int32) -> Kind {
        // SQLITE_IOERR_SHORT_READ (a macro Swift does not import): the file ended early.
        if extendedResultCode == SQLITE_IOERR | (2 << 8) { return .corrupt }
        switch extendedResultCode & 0xFF {
        case SQLITE_NOTADB: return .notADatabase
        case SQLITE_CORRUPT: return .corrupt
        case SQLITE_CANTOPEN: return .cannotOpen
        case SQLITE_READONLY: return .readOnly
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy
        case SQLITE_CONSTRAINT, SQLITE_MISMATCH: return .constraint
        case SQLITE_MISUSE, SQLITE_RANGE: return .misuse
        default: return .other
        }
    }
}
