import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether a file may be replaced by a new snapshot: `kfl import`, `extract` and `demo -o`
/// replace a kfl snapshot (damaged or of an older format too: its mark is in the first page)
/// or an empty file, never a CSV, a workbook or anything else the user named by mistake.
public enum SnapshotMark {
    /// True when `path` is missing, empty, or carries the snapshot's `application_id`.
    ///
    /// Read from the file's header, not through SQLite: opening a workbook in WAL mode, even
    /// read-only, would leave `-wal` and `-shm` beside it.
    public static func mayReplace(path: String) -> Bool {
        let status = FileStatus.of(path)
        guard status.kind == .regularFile, status.size > 0 else { return true }
        guard let file = try? FileDescriptor(path: path, mode: .read) else { return false }
        defer { try? file.close() }
        guard let header = try? file.read(upToCount: 72) else { return false }
        return isSnapshotHeader(header)
    }

    /// SQLite's magic string, then the application id (big-endian, at byte 68) of a snapshot.
    static func isSnapshotHeader(_ header: [UInt8]) -> Bool {
        let magic = Array("SQLite format 3\u{0}".utf8)
        guard header.count >= 72, Array(header[0..<16]) == magic else { return false }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: id) == SnapshotSchema.applicationID
    }
}
