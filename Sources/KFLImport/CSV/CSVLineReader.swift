import KFLCore
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// Reads a CSV file as records of byte fields, in chunks, without loading the
/// whole file. Handles a UTF-8 BOM, `\r\n` and old Mac `\r` line ends, quoted
/// fields (with `""` and line breaks inside quotes) and Windows-1252 files
/// (what Norwegian Excel saves), which are converted to UTF-8 on the fly.
/// Refuses in one line what is not CSV text at all: UTF-16 and UTF-32 (with
/// or without a BOM), Excel workbooks and other binary files; and only
/// regular files are opened (a FIFO or `/dev/zero` would never end).
struct CSVLineReader {
    static let maximumLineLength = 64 * 1024
    static let chunkSize = 1 << 20

    enum Encoding { case undecided, utf8, windows1252 }

    enum Record {
        /// A record's bytes (UTF-8, without the line end); split with `split(_:)`.
        /// `mayHoldControls`: a control character may be in it (a cheap,
        /// conservative test: false means certainly none).
        case line(Int, [UInt8], mayHoldControls: Bool)
        case problem(ImportProblem)
    }

    let fileName: String
    private let handle: FileDescriptor
    private var buffer: [UInt8] = []
    private var position = 0
    private var endOfFile = false
    private var lineNumber = 0
    private(set) var encoding: Encoding = .undecided
    var delimiter: UInt8 = UInt8(ascii: ";")
    private var sawBOMCheck = false
    /// The line whose bytes decided the encoding.
    private var encodingLine = 0
    /// `\n`, or `\r` for a file with old Mac line ends (decided by the first line end).
    private var lineEnd = UInt8(ascii: "\n")
    /// Why the whole file cannot be read as CSV (found in its first bytes): reported once, then the end.
    private var fileProblem: ImportProblem?

    init(url: URL, displayName: String) throws(ImportProblem) {
        fileName = displayName
        let status = FileStatus.of(url.path)
        switch status.kind {
        case .regularFile: break
        case .missing: throw Self.unreadable(displayName, Strings.Import.notAFile())
        case .directory: throw Self.unreadable(displayName, Strings.Import.isDirectory())
        case let kind: throw Self.unreadable(displayName, Strings.Files.notRegularInput(OutputRefusal.name(of: kind)))
        }
        do {
            handle = try FileDescriptor(path: url.path, mode: .read)
        } catch {
            throw Self.unreadable(displayName, Strings.Import.unreadable(ErrorText.message(for: error)))
        }
    }

    private static func unreadable(_ file: String, _ message: String) -> ImportProblem {
        ImportProblem(file: file, kind: .unreadableFile, message: message)
    }

    /// Refills the buffer so that at least one whole record (or the file end) is present.
    private mutating func fill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        guard !endOfFile else { return }
        let data = (try? handle.read(upToCount: Self.chunkSize)) ?? []
        if !data.isEmpty {
            buffer.append(contentsOf: data)
        } else {
            endOfFile = true
        }
        if !sawBOMCheck {
            sawBOMCheck = true
            if let kind = FileSniffer.refusal(buffer) {
                fileProblem = ImportProblem(file: fileName, line: 1, kind: kind.problemKind, message: kind.message)
            }
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                buffer.removeFirst(3)
                encoding = .utf8
            }
            lineEnd = FileSniffer.lineEnd(buffer)
        }
    }

    /// The next record, nil at the end of the file.
    mutating func next() -> Record? {
        if !sawBOMCheck { fill() }
        if let problem = fileProblem {
            // One line for a file that is not CSV text, then nothing more from it.
            fileProblem = nil
            endOfFile = true
            buffer = []
            position = 0
            return .problem(problem)
        }
        while true {
            // Find the end of the record from `position`, respecting quotes.
            var index = position
            var inQuotes = false
            var newlinesInside = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") {
                    inQuotes.toggle()
                } else if byte == lineEnd {
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
            if lineEnd == UInt8(ascii: "\n"), end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            var bytes = Array(buffer[position..<end])
            position = min(index + 1, buffer.count)
            if inQuotes {
                return .problem(
                    ImportProblem(
                        file: fileName, line: startLine, kind: .fieldCount, message: Strings.Import.unterminatedQuote())
                )
            }
            switch decode(&bytes, line: startLine) {
            case .failure(let problem): return .problem(problem)
            case .success(let mayHoldControls): return .line(startLine, bytes, mayHoldControls: mayHoldControls)
            }
        }
    }

    /// What `nextRow(into:)` found.
    enum RowRecord {
        /// The row is in the `CSVRow` given. `mayHoldControls` as in `Record.line`.
        case row(Int, mayHoldControls: Bool)
        case problem(ImportProblem)
    }

    /// The next record, split into `row`; nil at the end of the file. Plain
    /// lines (no quotes; ASCII, or UTF-8 in a file known to be UTF-8) are split
    /// straight from the read buffer; every other record goes through `next()`.
    mutating func nextRow(into row: inout CSVRow) -> RowRecord? {
        if !sawBOMCheck { fill() }
        if fileProblem == nil, encoding != .windows1252, let found = plainRow(into: &row) { return found }
        switch next() {
        case nil: return nil
        case .problem(let problem): return .problem(problem)
        case .line(let line, let bytes, let mayHoldControls):
            row.take(split(bytes))
            return .row(line, mayHoldControls: mayHoldControls)
        }
    }

    /// The next line when it is plain, nil when `next()` must read it: a quote
    /// in it, non-ASCII bytes while the encoding is undecided or not valid
    /// UTF-8, an overlong line, a last line without a line end.
    private mutating func plainRow(into row: inout CSVRow) -> RowRecord? {
        while true {
            let available = buffer.count - position
            let scanned = min(available, Self.maximumLineLength + 1)
            let lineEndIndex: Int? = buffer.withUnsafeBufferPointer { all in
                guard scanned > 0, let base = all.baseAddress,
                    let hit = memchr(base + position, Int32(lineEnd), scanned)
                else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            guard let index = lineEndIndex else {
                if endOfFile || available > Self.maximumLineLength { return nil }
                fill()
                continue
            }
            var end = index
            if lineEnd == UInt8(ascii: "\n"), end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let start = position
            let utf8 = encoding == .utf8
            let delimiter = delimiter
            let taken: Bool? = buffer.withUnsafeBufferPointer { all in
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                var high = false
                var mayHoldControls = false
                for byte in line {
                    if byte >= 0x80 {
                        high = true
                    } else if byte == UInt8(ascii: "\"") {
                        return nil
                    } else if byte < 0x20 || byte == 0x7F {
                        mayHoldControls = true
                    }
                }
                if high {
                    guard utf8, Self.isValidUTF8(line) else { return nil }
                    // C1 controls and separators, as in `decode`.
                    mayHoldControls = mayHoldControls || line.contains { $0 == 0xC2 || $0 == 0xE2 }
                }
                row.take(line, delimiter: delimiter)
                return mayHoldControls
            }
            guard let mayHoldControls = taken else { return nil }
            lineNumber += 1
            position = index + 1
            return .row(lineNumber, mayHoldControls: mayHoldControls)
        }
    }

    private mutating func skipOverlongLine() -> Record {
        lineNumber += 1
        let line = lineNumber
        // Discard up to and including the next newline.
        while true {
            if let newline = buffer[position...].firstIndex(of: lineEnd) {
                position = newline + 1
                break
            }
            position = buffer.count
            if endOfFile { break }
            fill()
        }
        return .problem(
            ImportProblem(
                file: fileName, line: line, kind: .lineTooLong,
                message: Strings.Import.lineTooLong(limit: Self.maximumLineLength)))
    }

    /// Validates UTF-8, or converts Windows-1252 to UTF-8. The first non-ASCII
    /// line decides which encoding the file is in.
    /// - Returns: whether the (UTF-8) record may hold a control character, or the problem.
    private mutating func decode(_ bytes: inout [UInt8], line: Int) -> Result<Bool, ImportProblem> {
        var high = false
        var mayHoldControls = false
        for byte in bytes {
            if byte >= 0x80 { high = true } else if byte < 0x20 || byte == 0x7F { mayHoldControls = true }
        }
        guard high else { return .success(mayHoldControls) }
        let valid = Self.isValidUTF8(bytes)
        switch encoding {
        case .undecided:
            encoding = valid ? .utf8 : .windows1252
            encodingLine = line
            if !valid { bytes = Windows1252.toUTF8(bytes) }
        case .utf8:
            if !valid {
                let message = Strings.Import.invalidUTF8()
                return .failure(ImportProblem(file: fileName, line: line, kind: .invalidEncoding, message: message))
            }
        case .windows1252:
            // Valid multi-byte UTF-8 is next to impossible in Norwegian
            // Windows-1252 text: the file mixes encodings, and converting would
            // garble this line ("Ã…snes").
            if valid {
                let message = Strings.Import.mixedEncodings(windows1252Line: encodingLine)
                return .failure(ImportProblem(file: fileName, line: line, kind: .invalidEncoding, message: message))
            }
            bytes = Windows1252.toUTF8(bytes)
        }
        // C1 controls (U+0080–U+009F) start with C2 in UTF-8, the separators
        // and bidirectional controls with E2: only then look closer.
        return .success(mayHoldControls || bytes.contains { $0 == 0xC2 || $0 == 0xE2 })
    }

    /// Strict UTF-8 (no overlong forms, surrogates or bytes past U+10FFFF), like
    /// `String(validating:)` but without making a String of every line.
    static func isValidUTF8<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
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

    /// A field without its quotes: a quote opens or closes a quoted run, and
    /// inside a run `""` is one quote. So `""` is empty and `""""` is `"`.
    private static func unquote(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let quote = UInt8(ascii: "\"")
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var inQuotes = false
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == quote {
                if inQuotes && i + 1 < raw.endIndex && raw[i + 1] == quote {
                    out.append(quote)
                    i += 2
                    continue
                }
                inQuotes.toggle()
            } else {
                out.append(b)
            }
            i += 1
        }
        return out[...]
    }
}

/// Windows-1252 to UTF-8, for files saved by Norwegian Excel as "CSV (semikolondelt)".
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
        0x017E, 0x0178,
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
