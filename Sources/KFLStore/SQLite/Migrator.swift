import CSQLite

/// Named schema migrations, applied in order, each once, each in its own
/// transaction, recorded in `kfl_migrations`.
///
/// A shipped migration is never edited or renamed: add a new one. A database
/// that records a migration this build does not know was written by a newer
/// kfl and is refused (`.schemaTooNew`) rather than half understood.
public struct Migrator: Sendable {
    private struct Migration: Sendable {
        let name: String
        let migrate: @Sendable (SQLiteDatabase) throws -> Void
    }

    private var migrations: [Migration] = []

    public init() {}

    /// Names of the registered migrations, in order.
    public var migrationNames: [String] { migrations.map(\.name) }

    /// Registers a migration written in plain SQL (one or more statements).
    public mutating func register(_ name: String, sql: String) {
        register(name) { db in try db.execute(sql) }
    }

    /// Registers a migration that needs code; `migrate` runs inside the
    /// migration's transaction.
    public mutating func register(_ name: String, migrate: @escaping @Sendable (SQLiteDatabase) throws -> Void) {
        precondition(!migrationNames.contains(name), "migration \(name) registered twice")
        migrations.append(Migration(name: name, migrate: migrate))
    }

    /// Applies the migrations the database lacks, in registration order.
    ///
    /// - Throws: `SQLiteError` of kind `.schemaTooNew` (before changing
    ///   anything) if the database has migrations this build does not know;
    ///   otherwise what a failing migration throws, after rolling it back
    ///   (earlier migrations stay applied).
    public func migrate(_ db: SQLiteDatabase) throws {
        var applied = Set(try checkNotNewer(db))
        try db.execute(
            "CREATE TABLE IF NOT EXISTS kfl_migrations (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)")
        for migration in migrations where !applied.contains(migration.name) {
            try db.transaction(.immediate) {
                try migration.migrate(db)
                try db.execute(
                    "INSERT INTO kfl_migrations (name, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                    [migration.name])
            }
            applied.insert(migration.name)
        }
    }

    /// Names of the migrations recorded in the database, in the order applied;
    /// empty if it has none (no `kfl_migrations` table, read-only or not).
    public func appliedMigrations(in db: SQLiteDatabase) throws -> [String] {
        guard try db.tableExists("kfl_migrations") else { return [] }
        var names: [String] = []
        try db.query("SELECT name FROM kfl_migrations ORDER BY rowid") { names.append(try $0.string("name")) }
        return names
    }

    /// Registered migrations the database has not had yet.
    public func pendingMigrations(in db: SQLiteDatabase) throws -> [String] {
        let applied = Set(try appliedMigrations(in: db))
        return migrationNames.filter { !applied.contains($0) }
    }

    /// Throws `.schemaTooNew` if the database has migrations this build does
    /// not know; otherwise returns the applied ones. Suits read-only checks.
    @discardableResult
    public func checkNotNewer(_ db: SQLiteDatabase) throws -> [String] {
        let applied = try appliedMigrations(in: db)
        let known = Set(migrationNames)
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw SQLiteError(
                kind: .schemaTooNew, extendedResultCode: SQLITE_ERROR,
                message: "written by a newer version; unknown migrations: \(unknown.joined(separator: ", "))",
                sql: nil, path: db.path)
        }
        return applied
    }
}
