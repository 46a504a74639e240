import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Opening a workbook only to read it: what `kfl analyse list` and `export` do.
extension Workbook {
    /// Opens the workbook at `path` to read: for writing as `init(path:)` does
    /// when kfl can write it, else read-only, and then nothing in or beside the
    /// file changes. A read-only workbook from an older kfl is brought up to date
    /// in a copy in memory. Every edit of a read-only workbook throws
    /// `AnalysisStoreError.readOnly`.
    ///
    /// - Throws: `WorkbookOpenError` (`.cannotOpen` for a missing file).
    public convenience init(readingFrom path: String) throws(WorkbookOpenError) {
        if Self.writeRefusal(path: path) == nil {
            try self.init(path: path)
            return
        }
        let db: SQLiteDatabase
        do {
            db = try Self.openReadOnly(path: path)
        } catch {
            throw error as? WorkbookOpenError ?? Self.openError(path: path, cause: error)
        }
        self.init(path: path, readOnly: db)
    }

    /// The workbook at `path`, which kfl cannot write, opened without locks or files beside it;
    /// one from an older kfl migrated in memory. Queries only, either way.
    static func openReadOnly(path: String) throws -> SQLiteDatabase {
        let file = try SQLiteDatabase.open(path: path, mode: .immutable)
        let applicationID = try file.applicationID()
        if applicationID == SnapshotSchema.applicationID { throw WorkbookOpenError.isSnapshot(path: path) }
        guard applicationID == WorkbookSchema.applicationID else { throw WorkbookOpenError.notAWorkbook(path: path) }
        try WorkbookSchema.migrator.checkNotNewer(file)
        guard try !WorkbookSchema.migrator.pendingMigrations(in: file).isEmpty else { return file }
        let copy = try file.memoryCopy()
        try WorkbookSchema.migrator.migrate(copy)
        try copy.execute("PRAGMA query_only = ON")
        return copy
    }
}
