#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// What is at a path, found with `stat` and never by opening it: opening a
/// FIFO blocks until someone writes, and reading `/dev/zero` never ends.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case missing, regularFile, directory, fifo, characterDevice, blockDevice, socket, other
    }

    public let kind: Kind
    /// Device and inode: the file's identity, whatever path names it (links, `./`, `..`).
    let device: UInt64
    let inode: UInt64
    /// Bytes in a regular file (0 when missing).
    public var size: UInt64 = 0

    /// The status of `path`, following symbolic links (a link to `/dev/null` is a device).
    public static func of(_ path: String) -> FileStatus {
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else { return FileStatus(kind: .missing, device: 0, inode: 0) }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .fifo
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        return FileStatus(
            kind: kind, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: UInt64(info.st_size))
    }

    public var exists: Bool { kind != .missing }

    /// Bytes an ordinary user may still write on the file system holding
    /// `path` (nil when it cannot be told).
    public static func freeBytes(onVolumeOf path: String) -> UInt64? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// True when both name one existing file.
    public func isSameFile(as other: FileStatus) -> Bool {
        exists && other.exists && device == other.device && inode == other.inode
    }
}
