import KFLCore

/// What the first bytes of a file say before it is read as CSV: whether it is
/// text kfl reads at all, and which line end it uses.
enum FileSniffer {
    /// Why a file is not CSV text kfl reads.
    enum Refusal: Equatable {
        case utf16, utf32, excelWorkbook, binary

        var problemKind: ImportProblem.Kind {
            switch self {
            case .utf16, .utf32: return .invalidEncoding
            case .excelWorkbook, .binary: return .notText
            }
        }

        var message: String {
            switch self {
            case .utf16: return Strings.Import.unicodeEncoding("UTF-16")
            case .utf32: return Strings.Import.unicodeEncoding("UTF-32")
            case .excelWorkbook: return Strings.Import.excelWorkbook()
            case .binary: return Strings.Import.binaryFile()
            }
        }
    }

    /// How many bytes from the start decide: the header line of a CSV file.
    static let window = 256

    /// Nil for text that may be CSV (UTF-8, Windows-1252, ASCII).
    static func refusal(_ head: [UInt8]) -> Refusal? {
        // Byte order marks; UTF-32 LE starts like UTF-16 LE, so it goes first.
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .utf32
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .utf16 }
        // A zip archive (.xlsx, .ods) or an old Excel file (.xls, OLE compound document).
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let compoundDocument: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if head.starts(with: zip) || head.starts(with: compoundDocument) { return .excelWorkbook }
        let start = Array(head.prefix(window))
        guard start.contains(0) else { return nil }
        // Without a BOM, ASCII text in UTF-16 has a zero in every other byte,
        // in UTF-32 three zeros in every four.
        let units = start.count / 4 * 4
        if units >= 4 {
            var zeros = [Int](repeating: 0, count: 4)
            for (i, byte) in start.prefix(units).enumerated() where byte == 0 { zeros[i % 4] += 1 }
            let quarter = units / 4
            let mostly = { (count: Int) in count * 10 >= quarter * 9 }
            let rarely = { (count: Int) in count * 10 <= quarter }
            if mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3]) && rarely(zeros[0]) { return .utf32 }
            if mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3]) { return .utf32 }
            if mostly(zeros[1]) && mostly(zeros[3]) && rarely(zeros[0]) && rarely(zeros[2]) { return .utf16 }
            if mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3]) { return .utf16 }
        }
        // A NUL in the header line: not a text file.
        let firstLine = start.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        return firstLine.contains(0) ? .binary : nil
    }

    /// `\r` when the file's first line end is a lone carriage return (old Mac
    /// "CSV (Macintosh)"), else `\n` (`\r\n` lines end in `\n` too).
    static func lineEnd(_ head: [UInt8]) -> UInt8 {
        var inQuotes = false
        for (i, byte) in head.enumerated() {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: "\n") where !inQuotes: return byte
            case UInt8(ascii: "\r") where !inQuotes:
                return i + 1 < head.count && head[i + 1] == UInt8(ascii: "\n") ? UInt8(ascii: "\n") : byte
            default: continue
            }
        }
        return UInt8(ascii: "\n")
    }
}
