import Foundation
import KFLCore

/// The user's analyses, in a read-write SQLite file of their own (never in a
/// snapshot).
///
/// Every edit is one short IMMEDIATE transaction on the one row it changes,
/// committed at once: there is no save command. WAL journal with
/// `synchronous = NORMAL` means a killed process loses nothing committed and
/// never leaves a damaged file (a power cut may lose the last commits, never
/// consistency).
///
/// Concurrency is optimistic. Every row carries a `revision`; an update names
/// the revision it was based on and only applies if that is still the stored
/// one (`… WHERE id = ? AND revision = ?`). Otherwise nothing is written and
/// `WorkbookConflict` is thrown with what is stored now. So two windows on one
/// file never silently overwrite each other. `hasChangedElsewhere()` lets a UI
/// poll cheaply (`PRAGMA data_version`) and reload.
///
/// Not `Sendable`: a workbook belongs to one task at a time.
public final class Workbook {
    public typealias Clock = @Sendable () -> Date

    public let path: String
    let db: SQLiteDatabase
    let clock: Clock
    private var lastDataVersion: Int

    /// Opens the workbook at `path`, creating it (and its directory) if
    /// missing, and brings its schema up to date.
    ///
    /// - Parameter clock: the time stamped on edits (tests pass a fixed one).
    /// - Throws: `WorkbookOpenError`.
    public init(path: String, clock: @escaping Clock = { Date() }) throws(WorkbookOpenError) {
        self.path = path
        self.clock = clock
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try DataDirectory(path: directory).create()
            } catch {
                throw .cannotOpen(path: path, detail: error.localizedDescription)
            }
        }
        do {
            db = try SQLiteDatabase.open(path: path, mode: .create)
            try Self.prepare(db, path: path)
            lastDataVersion = try db.scalar("PRAGMA data_version", as: Int.self) ?? 0
        } catch let error as WorkbookOpenError {
            throw error
        } catch let error as SQLiteError {
            switch error.kind {
            case .notADatabase: throw .notAWorkbook(path: path)
            case .corrupt: throw .damaged(path: path, detail: error.message)
            case .schemaTooNew: throw .newerVersion(path: path)
            default: throw .cannotOpen(path: path, detail: error.message)
            }
        } catch {
            throw .cannotOpen(path: path, detail: "\(error)")
        }
    }

    private static func prepare(_ db: SQLiteDatabase, path: String) throws {
        let applicationID = try db.applicationID()
        if applicationID == SnapshotSchema.applicationID { throw WorkbookOpenError.isSnapshot(path: path) }
        let isEmpty = try db.scalar("SELECT count(*) FROM sqlite_master", as: Int.self) == 0
        guard applicationID == WorkbookSchema.applicationID || (applicationID == 0 && isEmpty) else {
            throw WorkbookOpenError.notAWorkbook(path: path)
        }
        // Refuse a newer file before changing anything in it.
        try WorkbookSchema.migrator.checkNotNewer(db)
        if try db.journalMode().lowercased() != "wal" { try db.setJournalMode(.wal) }
        try db.execute("PRAGMA synchronous = NORMAL")
        // One IMMEDIATE transaction, so two processes creating the same new
        // file at once do not both run the first migration.
        try db.transaction(.immediate) {
            if try db.applicationID() == 0 { try db.setApplicationID(WorkbookSchema.applicationID) }
            try WorkbookSchema.migrator.migrate(db)
        }
    }

    // MARK: Lists

    /// Every analysis, most recently changed first.
    public func all() throws -> [AnalysisSummary] {
        try summaries(where: "1", [])
    }

    /// The analyses of one unit (by kind and code), most recently changed first.
    public func list(unit: UnitReference) throws -> [AnalysisSummary] {
        try summaries(where: "unit_kind = ? AND unit_code = ?", [unit.kind.rawValue, unit.code])
    }

    /// The ids that start with `prefix` (case-insensitive), for the command line.
    public func ids(withPrefix prefix: String) throws -> [String] {
        var ids: [String] = []
        try db.query("SELECT id FROM analyses WHERE substr(id, 1, ?) = ? ORDER BY id", [prefix.count, prefix.lowercased()]) {
            ids.append($0.string(at: 0))
        }
        return ids
    }

    func summaries(where condition: String, _ bindings: [(any SQLiteValue)?]) throws -> [AnalysisSummary] {
        var out: [AnalysisSummary] = []
        try db.query("""
            SELECT id, title, unit_kind, unit_code, unit_name, round, status, created_at, updated_at, revision
            FROM analyses WHERE \(condition) ORDER BY updated_at DESC, title, id
            """, bindings) { row in out.append(Self.summary(row)) }
        return out
    }

    static func summary(_ row: Statement) -> AnalysisSummary {
        AnalysisSummary(
            id: row.string(at: 0), title: row.string(at: 1),
            unit: UnitReference(kind: UnitKind(rawValue: row.string(at: 2)) ?? .school, code: row.string(at: 3), name: row.string(at: 4)),
            round: row.int(at: 5), status: AnalysisStatus(rawValue: row.string(at: 6)) ?? .active,
            createdAt: Timestamp.parse(row.string(at: 7)), updatedAt: Timestamp.parse(row.string(at: 8)),
            revision: row.int(at: 9))
    }

    func summary(id: String) throws -> AnalysisSummary? {
        try summaries(where: "id = ?", [id]).first
    }

    // MARK: Whole analyses

    /// Starts a new analysis, for example from a result view.
    /// - Throws: `SQLiteError`.
    @discardableResult
    public func create(title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor] = []) throws -> Analysis {
        var analysis = Analysis(id: Self.newID(), title: title, unit: unit, context: context, createdAt: now())
        analysis.linkedFactors = linkedFactors
        return try insert(analysis, importedFingerprint: nil)
    }

    /// A copy with new ids, titled "… (kopi)", active, stamped now.
    /// - Returns: nil if there is no such analysis.
    /// - Throws: `SQLiteError`.
    public func duplicate(analysisID: String) throws -> Analysis? {
        guard let original = try load(id: analysisID) else { return nil }
        var copy = original.withNewIDs(Self.newID)
        copy.title = Strings.Analysis.copyTitle(original.title)
        copy.status = .active
        copy.createdAt = now()
        copy.updatedAt = copy.createdAt
        return try insert(copy, importedFingerprint: nil)
    }

    /// Deletes an analysis and everything in it (the UI confirms first).
    /// - Returns: false if it was already gone.
    @discardableResult
    public func delete(analysisID: String) throws -> Bool {
        try db.transaction(.immediate) {
            try db.execute("DELETE FROM analyses WHERE id = ?", [analysisID])
            return db.changes > 0
        }
    }

    /// Renames an analysis.
    /// - Returns: the new header revision.
    /// - Throws: `WorkbookConflict` if the header changed since `revision`.
    public func rename(analysisID: String, title: String, basedOn revision: Int) throws -> Int {
        try updateHeader(analysisID: analysisID, set: "title = ?", [title], basedOn: revision)
    }

    /// Marks an analysis finished or active again.
    /// - Returns: the new header revision.
    /// - Throws: `WorkbookConflict` if the header changed since `revision`.
    public func setStatus(analysisID: String, status: AnalysisStatus, basedOn revision: Int) throws -> Int {
        try updateHeader(analysisID: analysisID, set: "status = ?", [status.rawValue], basedOn: revision)
    }

    private func updateHeader(analysisID: String, set assignment: String, _ values: [(any SQLiteValue)?], basedOn revision: Int) throws -> Int {
        try db.transaction(.immediate) {
            try db.execute(
                "UPDATE analyses SET \(assignment), updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?",
                values + [Timestamp.format(now()), analysisID, revision])
            guard db.changes == 1 else {
                let current = try summary(id: analysisID).map(WorkbookConflict.Current.header) ?? .deleted
                throw WorkbookConflict(analysisID: analysisID, item: .header, current: current)
            }
            return revision + 1
        }
    }

    // MARK: Text fields

    /// Saves one text field.
    /// - Parameter revision: the field's revision the edit started from
    ///   (`analysis.revisions.text(field)`, 0 for a field never saved).
    /// - Returns: the field's new revision.
    /// - Throws: `WorkbookConflict` (with the stored text) if the field changed
    ///   since `revision` or the analysis is gone; `SQLiteError`.
    public func updateText(analysisID: String, field: AnalysisTextField, value: String, basedOn revision: Int) throws -> Int {
        try db.transaction(.immediate) {
            try touch(analysisID, item: .text(field))
            if revision == 0 {
                try db.execute(
                    "INSERT INTO analysis_texts (analysis_id, field, value, revision) VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING",
                    [analysisID, field.rawValue, value])
            } else {
                try db.execute(
                    "UPDATE analysis_texts SET value = ?, revision = revision + 1 WHERE analysis_id = ? AND field = ? AND revision = ?",
                    [value, analysisID, field.rawValue, revision])
            }
            guard db.changes == 1 else {
                let current = try storedText(analysisID: analysisID, field: field)
                throw WorkbookConflict(analysisID: analysisID, item: .text(field), current: .text(current.value, revision: current.revision))
            }
            return revision + 1
        }
    }

    func storedText(analysisID: String, field: AnalysisTextField) throws -> (value: String, revision: Int) {
        var result = ("", 0)
        try db.query("SELECT value, revision FROM analysis_texts WHERE analysis_id = ? AND field = ?", [analysisID, field.rawValue]) {
            result = ($0.string(at: 0), $0.int(at: 1))
        }
        return result
    }

    /// Stamps the analysis as changed; throws a `.deleted` conflict if it is gone.
    func touch(_ analysisID: String, item: WorkbookConflict.Item) throws {
        try db.execute("UPDATE analyses SET updated_at = ? WHERE id = ?", [Timestamp.format(now()), analysisID])
        guard db.changes == 1 else { throw WorkbookConflict(analysisID: analysisID, item: item, current: .deleted) }
    }

    // MARK: Watching and checking

    /// True when another connection (window, process) has committed a change
    /// since the last call (or since opening). Cheap enough to poll.
    public func hasChangedElsewhere() throws -> Bool {
        let version = try db.scalar("PRAGMA data_version", as: Int.self) ?? 0
        defer { lastDataVersion = version }
        return version != lastDataVersion
    }

    /// SQLite's integrity check plus a foreign-key check: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] {
        var findings = try db.integrityCheck().filter { $0 != "ok" }
        try db.query("PRAGMA foreign_key_check") { row in
            findings.append("foreign key: \(row.string(at: 0)) row \(row.int(at: 1)) → \(row.string(at: 2))")
        }
        return findings.isEmpty ? ["ok"] : findings
    }

    /// Names of the applied schema migrations, in order.
    public func appliedMigrations() throws -> [String] {
        try WorkbookSchema.migrator.appliedMigrations(in: db)
    }

    // MARK: Helpers

    func now() -> Date { Timestamp.truncate(clock()) }

    static func newID() -> String { UUID().uuidString.lowercased() }
}

/// Timestamps as stored: UTC, whole seconds, ISO 8601.
enum Timestamp {
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    static func parse(_ text: String) -> Date {
        (try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))) ?? Date(timeIntervalSince1970: 0)
    }

    static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
