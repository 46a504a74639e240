#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An open file, by its POSIX descriptor: what kfl needs of Foundation's `FileHandle`, which
/// FoundationEssentials (all kfl links) does not have. Errors are `POSIXError`s, which
/// `ErrorText` turns into Norwegian. Closed at the latest when released.
public final class FileDescriptor {
    public enum Mode: Sendable {
        case read, write, update

        var flags: Int32 {
            switch self {
            case .read: return O_RDONLY
            case .write: return O_WRONLY
            case .update: return O_RDWR
            }
        }
    }

    private var descriptor: Int32

    /// Opens an existing file (`write` neither creates nor truncates it).
    public init(path: String, mode: Mode) throws {
        descriptor = -1
        descriptor = Int32(try Self.retrying { open(path, mode.flags | O_CLOEXEC) })
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Up to `count` bytes from the current position: fewer only at the end of the file.
    public func read(upToCount count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try bytes.withUnsafeMutableBytes { buffer in
                try Self.retrying { systemRead(descriptor, buffer.baseAddress! + filled, count - filled) }
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            written += try Self.retrying {
                systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
            }
        }
    }

    /// Waits until what was written is on the disk (`fsync`).
    public func synchronize() throws {
        _ = try Self.retrying { fsync(descriptor) }
    }

    public func close() throws {
        let closing = descriptor
        descriptor = -1
        if systemClose(closing) != 0 { throw Self.lastError() }
    }

    /// `call`'s result, called again while it is interrupted by a signal; a POSIX error when it fails.
    private static func retrying<T: BinaryInteger>(_ call: () -> T) throws -> Int {
        while true {
            let result = call()
            if result >= 0 { return Int(result) }
            if errno != EINTR { throw lastError() }
        }
    }

    private static func lastError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}

// The C library's calls, under names the methods above do not hide.
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
