import Foundation

/// `chattr +i` on a file or folder: no one, root included, may change it
/// (tests run as root, where `chmod` stops nothing). Undone on release.
/// Nil where the file system or the system does not allow it.
public final class Immutable {
    public let path: String

    public init?(_ path: String) {
        self.path = path
        guard SmallDisk.run("/usr/bin/chattr", ["+i", path]) == 0 else { return nil }
    }

    deinit { SmallDisk.run("/usr/bin/chattr", ["-i", path]) }

    /// Whether `chattr +i` works in the temporary folder here (tried once).
    public static let available: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-chattr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data("x".utf8)) else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        return getuid() == 0 && Immutable(probe.path) != nil
    }()

    public static let unavailableReason =
        "needs root and a file system with chattr +i (ext4, xfs, btrfs); the immutable-file tests are skipped here"
}
