import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The user's analyses, in a read-write SQLite file of their own (never in a
/// snapshot). The workbook's API is `AnalysisStore`, and only that: the app,
/// the command line and the tests all use these methods.
///
/// Every edit is one short IMMEDIATE transaction on the one row it changes,
/// committed at once: there is no save command. On a local disk the journal
/// is WAL with `synchronous = NORMAL`: a killed process loses nothing
/// committed and never leaves a damaged file (a power cut may lose the last
/// commits, never consistency). On a network file system or in a folder a
/// sync client copies (`StorageLocation`), WAL is unsafe, and the workbook
/// uses the rollback journal (`DELETE`, `synchronous = FULL`) instead.
///
/// A workbook is opened for writing: a file, folder or disk that cannot be
/// written, a full disk or a lock held longer than `openTimeout` is a
/// `WorkbookOpenError` at once, and nothing is left beside the file. Only
/// commands that just read (`kfl analyse list`, `export`) use
/// `Workbook(readingFrom:)`, which also reads a workbook it cannot write
/// (a backup copy), without changing it.
///
/// Concurrency is optimistic. Every row carries a `revision`; an update names
/// the revision it was based on and only applies if that is still the stored
/// one (`… WHERE id = ? AND revision = ?`). Otherwise nothing is written and
/// `AnalysisConflict` is thrown with what is stored now. So two windows on one
/// file never silently overwrite each other. `hasChangedElsewhere()` lets a UI
/// poll cheaply (`PRAGMA data_version`) and reload. Any other failure is an
/// `AnalysisStoreError`.
///
/// Not `Sendable`: a workbook belongs to one task at a time.
public final class Workbook: AnalysisStore {
    public typealias Clock = @Sendable () -> Date

    /// How long opening waits for another connection's lock: short, so a
    /// workbook held by a stuck program does not keep the results from showing.
    public static let openTimeout: Duration = .seconds(2)
    /// How long a write waits for another window's write to finish.
    public static let writeTimeout: Duration = .seconds(5)
    /// How long a write waits once one has found the workbook locked, until a
    /// write gets through: every key typed while another program held the
    /// lock froze the screen for `writeTimeout` (the text stays on screen,
    /// unsaved, and is saved at the next change after the lock is gone).
    public static let lockedRetryTimeout: Duration = .milliseconds(20)

    public let path: String
    /// Where the file lives; decides the journal mode.
    public let location: StorageLocation
    let db: SQLiteDatabase
    let clock: Clock
    /// Makes the id of each new analysis and item (tests pass a counter, so goldens can hold ids).
    let makeID: @Sendable () -> String
    private var lastDataVersion: Int
    /// A write found the workbook locked, and none has got through since.
    private var isLockedOut = false

    /// Opens the workbook at `path` for writing, creating it (and its
    /// directory) if missing, and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - clock: the time stamped on edits (tests pass a fixed one).
    ///   - newID: the id of each new analysis and item (tests pass a counter).
    ///   - location: where the file lives; found from the file system when nil.
    ///   - openTimeout: how long to wait for another connection's lock.
    /// - Throws: `WorkbookOpenError`.
    public init(
        path: String, clock: @escaping Clock = { Date() }, newID: @escaping @Sendable () -> String = Workbook.newID,
        location: StorageLocation? = nil, openTimeout: Duration = Workbook.openTimeout
    ) throws(WorkbookOpenError) {
        self.path = path
        self.clock = clock
        self.makeID = newID
        let folder = Self.folder(of: path)
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try DataDirectory(path: folder).create()
            } catch {
                throw Self.openError(path: path, cause: error)
            }
        }
        // SQLite quietly opens a file it cannot write for reading, and then
        // leaves `-wal` and `-shm` files beside it: ask the file system first.
        if let refusal = Self.writeRefusal(path: path) { throw refusal }
        let location = location ?? StorageLocation.of(folder: folder)
        self.location = location
        let isNew = !FileStatus.of(path).exists
        do {
            db = try SQLiteDatabase.open(path: path, mode: .create, busyTimeout: openTimeout)
            if db.isReadOnly { throw WorkbookOpenError.notWritable(path: path) }
            try Self.prepare(db, path: path, journal: location.allowsWAL ? .wal : .delete)
            lastDataVersion = try db.scalar("PRAGMA data_version", as: Int.self) ?? 0
            db.busyTimeout = Self.writeTimeout
        } catch {
            let failure = error as? WorkbookOpenError ?? Self.openError(path: path, cause: error)
            // A workbook this open created and could not finish (a full disk) is not left behind, half
            // made. (Not when locked: then another process is creating it right now.)
            switch failure {
            case .diskFull, .notWritable, .cannotOpen: if isNew { Self.removeUnfinished(path) }
            default: break
            }
            throw failure
        }
    }

    /// A workbook read through `db` only (`Workbook(readingFrom:)`).
    init(path: String, readOnly db: SQLiteDatabase) {
        self.path = path
        self.clock = { Date() }
        self.makeID = Workbook.newID
        self.location = StorageLocation.of(folder: Self.folder(of: path))
        self.db = db
        lastDataVersion = (try? db.scalar("PRAGMA data_version", as: Int.self)) ?? 0
    }

    static func removeUnfinished(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private static func prepare(_ db: SQLiteDatabase, path: String, journal: SQLiteDatabase.JournalMode) throws {
        let applicationID = try db.applicationID()
        if applicationID == SnapshotSchema.applicationID { throw WorkbookOpenError.isSnapshot(path: path) }
        let isEmpty = try db.scalar("SELECT count(*) FROM sqlite_master", as: Int.self) == 0
        guard applicationID == WorkbookSchema.applicationID || (applicationID == 0 && isEmpty) else {
            throw WorkbookOpenError.notAWorkbook(path: path)
        }
        // Refuse a newer file before changing anything in it.
        try WorkbookSchema.migrator.checkNotNewer(db)
        if try db.journalMode().lowercased() != journal.rawValue { try db.setJournalMode(journal) }
        try db.execute(journal == .wal ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL")
        // One IMMEDIATE transaction, so two processes creating the same new
        // file at once do not both run the first migration.
        try db.transaction(.immediate) {
            if try db.applicationID() == 0 { try db.setApplicationID(WorkbookSchema.applicationID) }
            try WorkbookSchema.migrator.migrate(db)
        }
    }

    static func folder(of path: String) -> String {
        let folder = PathText.deletingLastComponent(path)
        return folder.isEmpty ? "." : folder
    }

    /// The nearest folder on the way up from `path` that exists.
    static func existingFolder(of path: String) -> String {
        var folder = folder(of: path)
        while FileStatus.of(folder).kind == .missing, folder != "/", folder != "." { folder = Self.folder(of: folder) }
        return folder
    }

    /// `.notWritable` when the file or the nearest existing folder on its
    /// path cannot be written (SQLite writes its journal beside the file).
    /// The file system answers even for root: a read-only mount or an
    /// immutable file is not writable.
    static func writeRefusal(path: String) -> WorkbookOpenError? {
        let folder = existingFolder(of: path)
        let fileManager = FileManager.default
        if FileStatus.of(folder).kind == .directory, !fileManager.isWritableFile(atPath: folder) {
            return .notWritable(path: path)
        }
        if FileStatus.of(path).kind == .regularFile, !fileManager.isWritableFile(atPath: path) {
            return .notWritable(path: path)
        }
        return nil
    }

    /// The open error for a failure while opening: by SQLite's kind where it
    /// says one, else by what the file system says now (SQLite reports a
    /// journal it cannot create as "unable to open" or "disk I/O error").
    static func openError(path: String, cause error: any Error) -> WorkbookOpenError {
        if let sqlite = error as? SQLiteError {
            switch sqlite.kind {
            case .notADatabase: return .notAWorkbook(path: path)
            case .corrupt: return .damaged(path: path, detail: sqlite.message)
            case .schemaTooNew: return .newerVersion(path: path)
            case .busy: return .locked(path: path)
            case .readOnly: return .notWritable(path: path)
            default: if sqlite.resultCode == 13 { return .diskFull(path: path) }  // SQLITE_FULL
            }
        }
        if let refusal = writeRefusal(path: path) { return refusal }
        if let free = FileStatus.freeBytes(onVolumeOf: existingFolder(of: path)), free < OutputTarget.nearlyFull {
            return .diskFull(path: path)
        }
        return .cannotOpen(path: path, detail: ErrorText.debugText(for: error))
    }

    // MARK: Lists

    public func all() throws -> [AnalysisSummary] {
        try guarded { try summaries(where: "1", []) }
    }

    public func list(unit: UnitReference) throws -> [AnalysisSummary] {
        try guarded { try summaries(where: "unit_kind = ? AND unit_code = ?", [unit.kind.rawValue, unit.code]) }
    }

    /// The ids that start with `prefix` (case-insensitive), for the command line.
    public func ids(withPrefix prefix: String) throws -> [String] {
        try guarded {
            var ids: [String] = []
            try db.query(
                "SELECT id FROM analyses WHERE substr(id, 1, ?) = ? ORDER BY id", [prefix.count, prefix.lowercased()]
            ) { ids.append(try $0.string("id")) }
            return ids
        }
    }

    func summaries(where condition: String, _ bindings: [(any SQLiteValue)?]) throws -> [AnalysisSummary] {
        var out: [AnalysisSummary] = []
        try db.query(
            """
            SELECT id, title, unit_kind, unit_code, unit_name, round, status, created_at, updated_at, revision
            FROM analyses WHERE \(condition) ORDER BY updated_at DESC, title, id
            """, bindings
        ) { row in out.append(try Self.summary(row)) }
        return out
    }

    static func summary(_ row: Statement) throws -> AnalysisSummary {
        AnalysisSummary(
            id: try row.string("id"), title: try row.string("title"), unit: try unit(row),
            round: try row.int("round"), status: try row.decode(AnalysisStatus.self, "status"),
            createdAt: try Timestamp.read(row, "created_at"), updatedAt: try Timestamp.read(row, "updated_at"),
            revision: try row.int("revision"))
    }

    static func unit(_ row: Statement) throws -> UnitReference {
        UnitReference(
            kind: try row.decode(UnitKind.self, "unit_kind"), code: try row.string("unit_code"),
            name: try row.string("unit_name"))
    }

    func summary(id: String) throws -> AnalysisSummary? {
        try summaries(where: "id = ?", [id]).first
    }

    // MARK: Whole analyses

    @discardableResult
    public func create(
        title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor],
        snapshot: SnapshotReference?
    ) throws -> Analysis {
        try guarded {
            var analysis = Analysis(id: makeID(), title: title, unit: unit, context: context, createdAt: now())
            analysis.linkedFactors = linkedFactors
            return try insert(analysis, importedFingerprint: nil, snapshot: snapshot)
        }
    }

    /// The snapshot an analysis was made from, if the workbook knows it.
    public func snapshot(ofAnalysis id: String) throws -> SnapshotReference? {
        try guarded {
            var reference: SnapshotReference?
            try db.query("SELECT snapshot_path, snapshot_fingerprint FROM analyses WHERE id = ?", [id]) { row in
                if let path = try row.optionalString("snapshot_path"),
                    let fingerprint = try row.optionalString("snapshot_fingerprint")
                {
                    reference = SnapshotReference(path: path, fingerprint: fingerprint)
                }
            }
            return reference
        }
    }

    /// A copy with new ids, titled "… (kopi)", active, stamped now.
    public func duplicate(analysisID: String) throws -> Analysis? {
        try guarded {
            guard let original = try loadAnalysis(id: analysisID) else { return nil }
            var copy = original.withNewIDs(makeID)
            copy.title = Strings.Analysis.copyTitle(original.title)
            copy.status = .active
            copy.createdAt = now()
            copy.updatedAt = copy.createdAt
            return try insert(copy, importedFingerprint: nil, snapshot: try snapshot(ofAnalysis: analysisID))
        }
    }

    /// Deletes an analysis and everything in it (the UI confirms first).
    @discardableResult
    public func delete(analysisID: String) throws -> Bool {
        try guarded {
            try db.transaction(.immediate) {
                try db.execute("DELETE FROM analyses WHERE id = ?", [analysisID])
                return db.changes > 0
            }
        }
    }

    public func rename(analysisID: String, title: String, basedOn revision: Int) throws -> Int {
        try guarded { try updateHeader(analysisID: analysisID, set: "title = ?", [title], basedOn: revision) }
    }

    public func setStatus(analysisID: String, status: AnalysisStatus, basedOn revision: Int) throws -> Int {
        try guarded {
            try updateHeader(analysisID: analysisID, set: "status = ?", [status.rawValue], basedOn: revision)
        }
    }

    private func updateHeader(
        analysisID: String, set assignment: String, _ values: [(any SQLiteValue)?], basedOn revision: Int
    ) throws -> Int {
        try db.transaction(.immediate) {
            try db.execute(
                """
                UPDATE analyses SET \(assignment), updated_at = ?, revision = revision + 1
                WHERE id = ? AND revision = ?
                """,
                values + [Timestamp.format(now()), analysisID, revision])
            guard db.changes == 1 else {
                let current = try summary(id: analysisID).map(AnalysisConflict.Current.header) ?? .deleted
                throw AnalysisConflict(analysisID: analysisID, item: .header, current: current)
            }
            return revision + 1
        }
    }

    // MARK: Text fields

    /// Saves one text field.
    /// - Parameter revision: the field's revision the edit started from
    ///   (`analysis.revisions.text(field)`, 0 for a field never saved).
    /// - Returns: the field's new revision.
    /// - Throws: `AnalysisConflict` (with the stored text) if the field changed
    ///   since `revision` or the analysis is gone; `AnalysisStoreError`.
    public func updateText(
        analysisID: String, field: AnalysisTextField, value: String, basedOn revision: Int
    ) throws -> Int {
        try guarded {
            try db.transaction(.immediate) {
                try touch(analysisID, item: .text(field))
                if revision == 0 {
                    try db.execute(
                        """
                        INSERT INTO analysis_texts (analysis_id, field, value, revision) VALUES (?, ?, ?, 1)
                        ON CONFLICT DO NOTHING
                        """, [analysisID, field.rawValue, value])
                } else {
                    try db.execute(
                        """
                        UPDATE analysis_texts SET value = ?, revision = revision + 1
                        WHERE analysis_id = ? AND field = ? AND revision = ?
                        """, [value, analysisID, field.rawValue, revision])
                }
                guard db.changes == 1 else {
                    let current = try storedText(analysisID: analysisID, field: field)
                    throw AnalysisConflict(
                        analysisID: analysisID, item: .text(field),
                        current: .text(current.value, revision: current.revision))
                }
                return revision + 1
            }
        }
    }

    func storedText(analysisID: String, field: AnalysisTextField) throws -> (value: String, revision: Int) {
        var result = ("", 0)
        try db.query(
            "SELECT value, revision FROM analysis_texts WHERE analysis_id = ? AND field = ?",
            [analysisID, field.rawValue]
        ) { result = (try $0.string("value"), try $0.int("revision")) }
        return result
    }

    /// Stamps the analysis as changed; throws a `.deleted` conflict if it is gone.
    func touch(_ analysisID: String, item: AnalysisConflict.Subject) throws {
        try db.execute("UPDATE analyses SET updated_at = ? WHERE id = ?", [Timestamp.format(now()), analysisID])
        guard db.changes == 1 else { throw AnalysisConflict(analysisID: analysisID, item: item, current: .deleted) }
    }

    // MARK: Watching and checking

    /// True when another connection (window, process) has committed a change
    /// since the last call (or since opening). Cheap enough to poll.
    public func hasChangedElsewhere() throws -> Bool {
        try guarded {
            let version = try db.scalar("PRAGMA data_version", as: Int.self) ?? 0
            defer { lastDataVersion = version }
            return version != lastDataVersion
        }
    }

    /// SQLite's integrity check plus a foreign-key check: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] {
        var findings = try db.integrityCheck().filter { $0 != "ok" }
        try db.query("PRAGMA foreign_key_check") { row in
            let rowid = try row.optionalInt("rowid").map(String.init) ?? "-"
            findings.append("foreign key: \(try row.string("table")) row \(rowid) → \(try row.string("parent"))")
        }
        return findings.isEmpty ? ["ok"] : findings
    }

    /// Names of the applied schema migrations, in order.
    public func appliedMigrations() throws -> [String] {
        try WorkbookSchema.migrator.appliedMigrations(in: db)
    }

    // MARK: Helpers

    func now() -> Date { Timestamp.truncate(clock()) }

    @Sendable public static func newID() -> String { UUID().uuidString.lowercased() }

    /// Runs `body`, turning SQLite's errors into `AnalysisStoreError`;
    /// conflicts pass through.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        let changesBefore = db.totalChanges
        do {
            let result = try body()
            if isLockedOut, db.totalChanges != changesBefore {
                isLockedOut = false
                db.busyTimeout = Self.writeTimeout
            }
            return result
        } catch let error as SQLiteError {
            if error.kind == .busy, !isLockedOut {
                isLockedOut = true
                db.busyTimeout = Self.lockedRetryTimeout
            }
            throw AnalysisStoreError(Self.reason(for: error), path: path)
        }
    }

    static func reason(for error: SQLiteError) -> AnalysisStoreError.Reason {
        switch error.kind {
        case .busy: return .busy
        case .readOnly: return .readOnly
        case .corrupt, .notADatabase: return .damaged
        default: break
        }
        if error.resultCode == 13 { return .diskFull }  // SQLITE_FULL
        // SQLite says "disk I/O error" when it cannot grow a journal or the WAL index.
        if let free = FileStatus.freeBytes(onVolumeOf: existingFolder(of: error.path ?? "")),
            free < OutputTarget.nearlyFull
        {
            return .diskFull
        }
        return .other
    }
}
