import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether a file may be replaced by a new snapshot: `kfl import -o` replaces a kfl snapshot
/// (damaged or of an older format too: its mark is in the first page) or an empty file,
/// never a CSV, a workbook or anything else the user named by mistake.
public enum SnapshotMark {
    /// True when `path` is missing, empty, or carries the snapshot's `application_id`.
    public static func mayReplace(path: String) -> Bool {
        let status = FileStatus.of(path)
        guard status.kind == .regularFile, status.size > 0 else { return true }
        guard let database = try? SQLiteDatabase.open(path: path, mode: .readOnly) else { return false }
        return (try? database.applicationID()) == SnapshotSchema.applicationID
    }
}
