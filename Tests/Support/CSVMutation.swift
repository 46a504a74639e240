import Foundation

/// One way to damage or reshape a respondent CSV, for the property test of
/// the import: what real files go through (a spreadsheet's quoting, another
/// encoding, a cut-off copy, a stray byte).
public enum CSVMutation: String, CaseIterable, Sendable {
    // Same meaning: the import must give exactly the same snapshot.
    case quoteAll, crlf, carriageReturnOnly, byteOrderMark, windows1252, blankLines
    // Damage: refused with located Norwegian messages, or imported correctly.
    case byteFlip, truncate, insertControl, swapBytes, strayQuote, dropQuote, quoteField, dropDelimiter,
        duplicateLine, utf16, utf32

    /// True when the mutated file means exactly what the original means.
    public var keepsMeaning: Bool {
        switch self {
        case .quoteAll, .crlf, .carriageReturnOnly, .byteOrderMark, .windows1252, .blankLines: return true
        default: return false
        }
    }

    /// True when no respondent can be lost or added, only refused (truncation may cut whole lines).
    public var keepsRowCount: Bool { self != .truncate }

    /// The control bytes inserted: NUL, BS, ESC, DEL, CR, LF, C1 CSI (U+009B) and RIGHT-TO-LEFT OVERRIDE.
    static let controls: [[UInt8]] = [
        [0x00], [0x08], [0x1B], [0x7F], [0x0D], [0x0A], [0xC2, 0x9B], [0xE2, 0x80, 0xAE],
    ]

    /// `text` (a UTF-8 CSV with `\n` line ends) mutated.
    public func apply(to text: String, using rng: inout SeededGenerator) -> [UInt8] {
        let bytes = Array(text.utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch self {
        case .quoteAll:
            let quoted = lines.map { line in
                guard !line.isEmpty else { return line }
                let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                return fields.map { "\"\($0)\"" }.joined(separator: ";")
            }
            return Array(quoted.joined(separator: "\n").utf8)
        case .crlf: return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case .carriageReturnOnly: return Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)
        case .byteOrderMark: return [0xEF, 0xBB, 0xBF] + bytes
        case .windows1252: return Array(text.data(using: .windowsCP1252) ?? Data(bytes))
        case .blankLines:
            var out = lines
            out.insert("", at: Int.random(in: 1...out.count, using: &rng))
            return Array(out.joined(separator: "\n").utf8)
        case .byteFlip:
            var out = bytes
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                out[Int.random(in: 0..<out.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            return out
        case .truncate: return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
        case .insertControl:
            var out = bytes
            let control = Self.controls.randomElement(using: &rng)!
            out.insert(contentsOf: control, at: Int.random(in: 0...out.count, using: &rng))
            return out
        case .swapBytes:
            var out = bytes
            let i = Int.random(in: 0..<out.count, using: &rng), j = Int.random(in: 0..<out.count, using: &rng)
            out.swapAt(i, j)
            return out
        case .strayQuote:
            var out = bytes
            out.insert(UInt8(ascii: "\""), at: Int.random(in: 0...out.count, using: &rng))
            return out
        case .dropQuote:
            var out = CSVMutation.quoteAll.apply(to: text, using: &rng)
            let quotes = out.indices.filter { out[$0] == UInt8(ascii: "\"") }
            if let at = quotes.randomElement(using: &rng) { out.remove(at: at) }
            return out
        case .quoteField:
            var out = lines
            let row = Int.random(in: 0..<max(1, out.count - 1), using: &rng)
            var fields = out[row].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let field = Int.random(in: 0..<fields.count, using: &rng)
            let value = fields[field]
            fields[field] = ["\"\(value)\"", "\"\"", "\"\(value)\"\"\"", "\"\"\(value)"].randomElement(using: &rng)!
            out[row] = fields.joined(separator: ";")
            return Array(out.joined(separator: "\n").utf8)
        case .dropDelimiter:
            var out = bytes
            let delimiters = out.indices.filter { out[$0] == UInt8(ascii: ";") }
            if let at = delimiters.randomElement(using: &rng) { out.remove(at: at) }
            return out
        case .duplicateLine:
            var out = lines
            let row = Int.random(in: 1..<max(2, out.count - 1), using: &rng)
            out.insert(out[row], at: row)
            return Array(out.joined(separator: "\n").utf8)
        case .utf16:
            let bom: [UInt8] = [[], [0xFF, 0xFE], [0xFE, 0xFF]].randomElement(using: &rng)!
            let bigEndian = bom == [0xFE, 0xFF] || (bom.isEmpty && Bool.random(using: &rng))
            let encoding: String.Encoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
            return bom + Array(text.data(using: encoding)!)
        case .utf32:
            let little = Bool.random(using: &rng)
            let mark: [UInt8] = little ? [0xFF, 0xFE, 0x00, 0x00] : [0x00, 0x00, 0xFE, 0xFF]
            let bom: [UInt8] = Bool.random(using: &rng) ? [] : mark
            return bom + Array(text.data(using: little ? .utf32LittleEndian : .utf32BigEndian)!)
        }
    }
}
