import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes one CSV file as bytes through a buffer of about 1 MB, so even the
/// national demo (millions of rows) never holds a file's text in memory.
/// Short texts (scores, "gutt", separators) are stored as packed words.
final class DemoCSVWriter {
    private let handle: FileDescriptor
    private let chunk = 1 << 20
    /// Room for a whole row and for the 8-byte stores of packed texts beyond `chunk`.
    private let capacity = (1 << 20) + (1 << 16)
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private(set) var rows = 0
    private(set) var bytes = 0

    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: ["NSFilePath": url.path])  // NSFilePathErrorKey
        }
        handle = try FileDescriptor(path: url.path, mode: .write)
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Up to 7 bytes packed little-endian into a word, length in the top byte.
    static func pack(_ text: String) -> UInt64 {
        let utf8 = Array(text.utf8)
        precondition(utf8.count <= 7, "packed texts hold at most 7 bytes")
        var word = UInt64(utf8.count) << 56
        for (i, byte) in utf8.enumerated() { word |= UInt64(byte) << (8 * UInt64(i)) }
        return word
    }

    /// Appends a text made by `pack`.
    @inline(__always)
    func append(packed word: UInt64) {
        let length = Int(truncatingIfNeeded: word >> 56)
        if count + 8 > capacity { flushQuietly() }
        UnsafeMutableRawPointer(storage + count).storeBytes(
            of: (word & 0x00FF_FFFF_FFFF_FFFF).littleEndian,
            as: UInt64.self)
        count += length
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count + 1 > capacity { flushQuietly() }
        storage[count] = byte
        count += 1
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            if count + source.count > capacity { flushQuietly() }
            if source.count > capacity {
                write(UnsafeRawBufferPointer(source))
                return
            }
            (storage + count).update(from: base, count: source.count)
            count += source.count
        }
    }

    func append(_ text: String) {
        append(Array(text.utf8))
    }

    /// A non-negative integer, left-padded with zeros to `width` digits.
    @inline(__always)
    func append(_ value: Int, width: Int) {
        var digits = 1
        var limit = 10
        var rest = max(0, value)
        while rest >= limit && digits < 19 {
            digits += 1
            limit &*= 10
        }
        let total = max(digits, width)
        if count + total > capacity { flushQuietly() }
        var position = count + total - 1
        for _ in 0..<total {
            storage[position] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            position -= 1
        }
        count += total
    }

    /// Ends a row and writes the buffer out once it holds about 1 MB.
    @inline(__always)
    func endRow() throws {
        append(0x0A)
        rows += 1
        if count >= chunk { try flush() }
    }

    func flush() throws {
        guard count > 0 else { return }
        try handle.write(UnsafeRawBufferPointer(start: storage, count: count))
        bytes += count
        count = 0
    }

    func close() throws {
        try flush()
        if let error = deferredError { throw error }
        try handle.close()
    }

    /// A flush in the middle of a row (only for absurdly long rows); an error
    /// is reported by `close`.
    private var deferredError: (any Error)?

    private func flushQuietly() {
        do { try flush() } catch { deferredError = deferredError ?? error }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) {
        do {
            try handle.write(bytes)
            self.bytes += bytes.count
        } catch {
            deferredError = deferredError ?? error
        }
    }
}
