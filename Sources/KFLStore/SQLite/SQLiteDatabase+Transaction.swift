import CSQLite

extension SQLiteDatabase {
    /// How a transaction takes its locks.
    public enum TransactionKind: String, Sendable {
        /// Locks on first read or write (`BEGIN DEFERRED`).
        case deferred = "DEFERRED"
        /// Takes the write lock at once (`BEGIN IMMEDIATE`); use for writes,
        /// so a busy database fails at the start rather than half-way.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: commits if it returns, rolls back if it
    /// throws anything, then rethrows.
    ///
    /// Called inside another transaction it runs in a savepoint instead
    /// (`kind` is then ignored): an error rolls back only the inner work and
    /// is rethrown to the outer body, which may catch it and still commit.
    ///
    /// - Throws: what `body` throws, or `SQLiteError` from BEGIN or COMMIT;
    ///   if COMMIT fails the transaction is rolled back before throwing.
    public func transaction<T>(_ kind: TransactionKind = .deferred, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            rollbackIgnoringErrors("ROLLBACK TRANSACTION")
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT kfl_savepoint")
        let result: T
        do {
            result = try body()
            try execute("RELEASE SAVEPOINT kfl_savepoint")
        } catch {
            rollbackIgnoringErrors("ROLLBACK TO SAVEPOINT kfl_savepoint; RELEASE SAVEPOINT kfl_savepoint")
            throw error
        }
        return result
    }

    /// Rolls back unless SQLite already has (it does so itself after some
    /// errors, e.g. a full disk), keeping the original error the one thrown.
    private func rollbackIgnoringErrors(_ sql: String) {
        guard isInTransaction else { return }
        try? execute(sql)
    }
}
