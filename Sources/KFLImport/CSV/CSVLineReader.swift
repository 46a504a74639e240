import Foundation
import KFLCore

/// Reads a CSV file as records of byte fields, in chunks, without loading the
/// whole file. Handles a UTF-8 BOM, `\r\n`, quoted fields (with `""` and line
/// breaks inside quotes) and Windows-1252 files (what Norwegian Excel saves),
/// which are converted to UTF-8 on the fly.
struct CSVLineReader {
    static let maximumLineLength = 64 * 1024
    static let chunkSize = 1 << 20

    enum Encoding { case undecided, utf8, windows1252 }

    enum Record {
        /// A record's bytes (UTF-8, without the line end); split with `split(_:)`.
        case line(Int, [UInt8])
        case problem(ImportProblem)
    }

    let fileName: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var endOfFile = false
    private var lineNumber = 0
    private(set) var encoding: Encoding = .undecided
    var delimiter: UInt8 = UInt8(ascii: ";")
    private var sawBOMCheck = false
    /// The line whose bytes decided the encoding.
    private var encodingLine = 0

    init(url: URL, displayName: String) throws(ImportProblem) {
        fileName = displayName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ImportProblem(file: displayName, kind: .unreadableFile, message: Strings.Import.notAFile())
        }
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ImportProblem(file: displayName, kind: .unreadableFile, message: Strings.Import.unreadable(error.localizedDescription))
        }
    }

    /// Refills the buffer so that at least one whole record (or the file end) is present.
    private mutating func fill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        guard !endOfFile else { return }
        let data = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
        if let data, !data.isEmpty {
            buffer.append(contentsOf: data)
        } else {
            endOfFile = true
        }
        if !sawBOMCheck {
            sawBOMCheck = true
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3); encoding = .utf8 }
        }
    }

    /// The next record, nil at the end of the file.
    mutating func next() -> Record? {
        while true {
            // Find the end of the record from `position`, respecting quotes.
            var index = position
            var inQuotes = false
            var newlinesInside = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                else if byte == UInt8(ascii: "\n") {
                    if !inQuotes { break }
                    newlinesInside += 1
                }
                index += 1
                if index - position > Self.maximumLineLength { break }
            }
            let length = index - position
            if length > Self.maximumLineLength {
                return skipOverlongLine()
            }
            if index >= buffer.count && !endOfFile {
                fill()
                continue
            }
            if position >= buffer.count && endOfFile { return nil }
            lineNumber += 1
            let startLine = lineNumber
            lineNumber += newlinesInside
            var end = index
            if end > position && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            var bytes = Array(buffer[position..<end])
            position = min(index + 1, buffer.count)
            if inQuotes {
                return .problem(ImportProblem(file: fileName, line: startLine, kind: .fieldCount, message: Strings.Import.unterminatedQuote()))
            }
            switch decode(&bytes, line: startLine) {
            case .some(let problem): return .problem(problem)
            case .none: return .line(startLine, bytes)
            }
        }
    }

    private mutating func skipOverlongLine() -> Record {
        lineNumber += 1
        let line = lineNumber
        // Discard up to and including the next newline.
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                position = newline + 1
                break
            }
            position = buffer.count
            if endOfFile { break }
            fill()
        }
        return .problem(ImportProblem(file: fileName, line: line, kind: .lineTooLong, message: Strings.Import.lineTooLong(limit: Self.maximumLineLength)))
    }

    /// Validates UTF-8, or converts Windows-1252 to UTF-8. The first non-ASCII
    /// line decides which encoding the file is in.
    private mutating func decode(_ bytes: inout [UInt8], line: Int) -> ImportProblem? {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            if bytes.contains(0) {
                return ImportProblem(file: fileName, line: line, kind: .invalidEncoding, message: Strings.Import.binaryFile())
            }
            return nil
        }
        let valid = String(validating: bytes, as: UTF8.self) != nil
        switch encoding {
        case .undecided:
            encoding = valid ? .utf8 : .windows1252
            encodingLine = line
            if !valid { bytes = Windows1252.toUTF8(bytes) }
        case .utf8:
            if !valid {
                return ImportProblem(file: fileName, line: line, kind: .invalidEncoding, message: Strings.Import.invalidUTF8())
            }
        case .windows1252:
            // Valid multi-byte UTF-8 is next to impossible in Norwegian
            // Windows-1252 text: the file mixes encodings, and converting would
            // garble this line ("Ã…snes").
            if valid {
                return ImportProblem(file: fileName, line: line, kind: .invalidEncoding, message: Strings.Import.mixedEncodings(windows1252Line: encodingLine))
            }
            bytes = Windows1252.toUTF8(bytes)
        }
        return nil
    }

    /// Splits a record into fields, removing quotes.
    func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        var inQuotes = false
        var quoted = false
        while index <= bytes.count {
            if index == bytes.count || (!inQuotes && bytes[index] == delimiter) {
                let raw = bytes[start..<index]
                fields.append(quoted ? Self.unquote(raw) : raw)
                start = index + 1
                quoted = false
            } else if bytes[index] == UInt8(ascii: "\"") {
                inQuotes.toggle()
                quoted = true
            }
            index += 1
        }
        return fields
    }

    private static func unquote(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == UInt8(ascii: "\"") {
                if i + 1 < raw.endIndex && raw[i + 1] == UInt8(ascii: "\"") { out.append(b); i += 2; continue }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return out[...]
    }
}

/// Windows-1252 to UTF-8, for files saved by Norwegian Excel as "CSV (semikolondelt)".
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func toUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b - 0x80)] : UInt32(b)
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(out).utf8)
    }
}
