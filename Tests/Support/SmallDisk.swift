import Foundation

/// A small tmpfs mounted for one test: a real full disk, not a simulated one,
/// and (remounted) a real read-only disk that stops root too. Needs Linux and
/// the right to mount (root in CI's container); where that is missing,
/// `available` is false and the tests that need it are skipped with a
/// message saying why.
public final class SmallDisk {
    public let path: String

    /// Mounts a tmpfs of `kibibytes` at a new folder; nil when mounting is not allowed here.
    public init?(kibibytes: Int) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-small-disk-\(UUID().uuidString)").path
        guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)) != nil
        else { return nil }
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kibibytes)k,mode=0777", "tmpfs", path]) == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
    }

    deinit {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Whether a tmpfs can be mounted here (tried once).
    public static let available: Bool = {
        #if os(Linux)
        return getuid() == 0 && SmallDisk(kibibytes: 64) != nil
        #else
        return false
        #endif
    }()

    public static let unavailableReason =
        "needs Linux and the right to mount a tmpfs (root); the full-disk and read-only-disk tests are skipped here"

    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    public func fileNames() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    /// Fills the disk with one file until the file system says it is full.
    public func fill() {
        if !FileManager.default.fileExists(atPath: file(".fyll")) {
            _ = FileManager.default.createFile(atPath: file(".fyll"), contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: file(".fyll")) else { return }
        _ = try? handle.seekToEnd()
        let block = Data(count: 64 * 1024)
        let small = Data(count: 512)
        // A write can stop short for another reason than a full disk (an interrupt
        // under load once left room, and a test that expected "disken er full"
        // saw its import succeed): write until the file system has no block left.
        for _ in 0..<20 where freeBlocks() != 0 {
            while (try? handle.write(contentsOf: block)) != nil {}
            while (try? handle.write(contentsOf: small)) != nil {}
        }
        try? handle.close()
    }

    /// Blocks the file system still has free; nil when it cannot be asked.
    func freeBlocks() -> UInt? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return UInt(info.f_bavail)
    }

    /// Frees what `fill` took.
    public func free() throws { try FileManager.default.removeItem(atPath: file(".fyll")) }

    /// Remounts the disk read-only: no one, root included, can write to it
    /// any more. Throws when the remount fails.
    public func makeReadOnly() throws {
        guard Self.run("/bin/mount", ["-o", "remount,ro", path]) == 0 else {
            throw CocoaError(.fileWriteVolumeReadOnly)
        }
    }

    @discardableResult
    public static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
