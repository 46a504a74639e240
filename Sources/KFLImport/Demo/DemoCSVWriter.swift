import Foundation

/// Writes one CSV file as bytes through a buffer of about 1 MB, so even the
/// national demo (millions of rows) never holds a file's text in memory.
final class DemoCSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let chunk = 1 << 20
    private(set) var rows = 0
    private(set) var bytes = 0

    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(chunk + 4096)
    }

    @inline(__always)
    func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// A non-negative integer, left-padded with zeros to `width` digits.
    @inline(__always)
    func append(_ value: Int, width: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = max(0, value)
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 && count < 20
            var pad = width - count
            while pad > 0 {
                buffer.append(0x30)
                pad -= 1
            }
            while count > 0 {
                count -= 1
                buffer.append(raw[count])
            }
        }
    }

    /// Ends a row and writes the buffer out once it holds about 1 MB.
    @inline(__always)
    func endRow() throws {
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= chunk { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        bytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
