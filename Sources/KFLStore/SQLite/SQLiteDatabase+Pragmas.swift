import CSQLite

extension SQLiteDatabase {
    /// SQLite's journal modes that kfl uses.
    public enum JournalMode: String, Sendable {
        /// Rollback journal, deleted after each transaction. Snapshots are
        /// written this way, so read-only readers need no `-wal`/`-shm` files.
        case delete
        /// Write-ahead log: readers and the writer do not block each other.
        case wal
    }

    /// The current journal mode, as SQLite names it ("delete", "wal", …).
    public func journalMode() throws -> String {
        try scalar("PRAGMA journal_mode", as: String.self) ?? ""
    }

    /// Switches the journal mode.
    ///
    /// - Throws: `SQLiteError` if SQLite keeps another mode (for example WAL
    ///   on a read-only connection).
    public func setJournalMode(_ mode: JournalMode) throws {
        let actual = try scalar("PRAGMA journal_mode = \(mode.rawValue)", as: String.self) ?? ""
        guard actual.lowercased() == mode.rawValue else {
            throw SQLiteError(
                extendedResultCode: SQLITE_ERROR,
                message: "journal mode stayed \(actual), wanted \(mode.rawValue)",
                sql: "PRAGMA journal_mode = \(mode.rawValue)", path: path)
        }
    }

    /// Checks the whole file (or, with `quick`, everything but index
    /// contents, which is much faster).
    ///
    /// - Returns: `["ok"]` for a sound file, otherwise SQLite's findings.
    /// - Throws: `SQLiteError` if the file is too damaged to check.
    public func integrityCheck(quick: Bool = false, maxErrors: Int = 100) throws -> [String] {
        var lines: [String] = []
        try query("PRAGMA \(quick ? "quick_check" : "integrity_check")(\(max(1, maxErrors)))") {
            lines.append($0.string(at: 0))
        }
        return lines
    }

    /// `PRAGMA user_version`: the schema version a program stored.
    public func userVersion() throws -> Int32 {
        try scalar("PRAGMA user_version", as: Int32.self) ?? 0
    }

    /// Sets `PRAGMA user_version`.
    public func setUserVersion(_ version: Int32) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// `PRAGMA application_id`: which program's file this is (0 if unset).
    public func applicationID() throws -> Int32 {
        try scalar("PRAGMA application_id", as: Int32.self) ?? 0
    }

    /// Sets `PRAGMA application_id`.
    public func setApplicationID(_ id: Int32) throws {
        try execute("PRAGMA application_id = \(id)")
    }

    /// Throws unless the file carries `expected` as its application id.
    ///
    /// - Throws: `SQLiteError` of kind `.wrongApplication`, naming both ids.
    public func requireApplicationID(_ expected: Int32) throws {
        let actual = try applicationID()
        guard actual == expected else {
            throw SQLiteError(
                kind: .wrongApplication, extendedResultCode: SQLITE_ERROR,
                message: "application_id is \(actual), expected \(expected)",
                sql: "PRAGMA application_id", path: path)
        }
    }

    /// True if a table (or view) called `name` exists.
    public func tableExists(_ name: String) throws -> Bool {
        try scalar(
            "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", [name],
            as: Int.self) != nil
    }
}
