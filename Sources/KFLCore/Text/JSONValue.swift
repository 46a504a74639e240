/// A JSON document as plain values, parsed by hand (RFC 8259, strictly: no
/// comments, no trailing commas, no raw control characters, valid UTF-8 only).
///
/// kfl reads the instrument stored in every snapshot when it opens one.
/// `JSONDecoder` spends most of its time there on the Swift runtime's first
/// look-ups of each generic type it decodes (a few milliseconds in every
/// `kfl show`); this parser and the `init(json:)`s built on it take a tenth of that.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number as written (checked against JSON's grammar); read with `int` or `double`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a whole document.
    /// - Throws: `JSONValue.ParseError` with the byte offset of the first problem.
    public static func parse(_ bytes: some Collection<UInt8>) throws(ParseError) -> JSONValue {
        var parser = Parser(bytes: Array(bytes))
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("text after the document") }
        return value
    }

    /// Why a document is not JSON, and where (developer text: callers say in Norwegian what was unreadable).
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public let offset: Int
        public var description: String { "JSON: \(reason) at byte \(offset)" }
    }

    /// The whole number, when this is a number without fraction or exponent that fits in an `Int`.
    public var int: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }

    public var double: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    public var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    public var bool: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    public var array: [JSONValue]? {
        guard case .array(let values) = self else { return nil }
        return values
    }

    public var object: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The deepest nesting accepted: a document made to be deeper would exhaust the stack.
    static let maximumDepth = 256

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func error(_ reason: String) -> ParseError { ParseError(reason: reason, offset: index) }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func expect(_ literal: StaticString, _ value: JSONValue) throws(ParseError) -> JSONValue {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw error("unexpected end") }
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
                throw error("unknown literal")
            }
            index += count
            return value
        }

        mutating func value(depth: Int) throws(ParseError) -> JSONValue {
            guard depth < JSONValue.maximumDepth else { throw error("nested too deep") }
            skipSpace()
            guard index < bytes.count else { throw error("unexpected end") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try expect("true", .bool(true))
            case UInt8(ascii: "f"): return try expect("false", .bool(false))
            case UInt8(ascii: "n"): return try expect("null", .null)
            default: return .number(try number())
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            // Gathered first, so the dictionary is made once at its size (no growing and rehashing);
            // a key given twice keeps its last value.
            var members: [(String, JSONValue)] = []
            func made() -> JSONValue { .object(Dictionary(members) { _, last in last }) }
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return made()
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key") }
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
                index += 1
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard index < bytes.count else { throw error("unexpected end") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return made()
                } else {
                    throw error("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var values: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(values)
            }
            while true {
                values.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw error("unexpected end") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(values)
                } else {
                    throw error("expected ',' or ']'")
                }
            }
        }

        /// A string from its opening quote; the text between quotes must be valid UTF-8.
        mutating func string() throws(ParseError) -> String {
            index += 1
            var start = index
            // Most strings have no escape: made straight from the document's bytes, with one copy.
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
                bytes[index] >= 0x20
            {
                index += 1
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                let decoded = Self.text(bytes[start..<index])
                index += 1
                guard let decoded else { throw error("invalid UTF-8") }
                return decoded
            }
            var text: [UInt8] = []
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { throw error("control character in a string") }
                if byte == UInt8(ascii: "\\") {
                    text += bytes[start..<index]
                    index += 1
                    try escape(into: &text)
                    start = index
                } else {
                    index += 1
                }
            }
            text += bytes[start..<index]
            index += 1
            guard let decoded = Self.text(text[...]) else { throw error("invalid UTF-8") }
            return decoded
        }

        /// The bytes as a String, or nil when they are not valid UTF-8. `String(validating:as:)`
        /// looks up generic metadata on every call (a third of reading a snapshot's instrument);
        /// decoding repairs invalid bytes, so the text is valid exactly when nothing was repaired.
        static func text(_ bytes: ArraySlice<UInt8>) -> String? {
            var decoded = String(decoding: bytes, as: UTF8.self)
            // Compared as buffers: the UTF-8 view's indices cost as much again as decoding.
            let same = decoded.withUTF8 { utf8 in bytes.withUnsafeBufferPointer { utf8.elementsEqual($0) } }
            return same ? decoded : nil
        }

        /// The escape after a backslash, appended as UTF-8.
        mutating func escape(into text: inout [UInt8]) throws(ParseError) {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    else { throw error("lone surrogate") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("lone surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw error("lone surrogate")
                }
                text += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
            default: throw error("unknown escape")
            }
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard index + 4 <= bytes.count else { throw error("unterminated string") }
            var value: UInt32 = 0
            for byte in bytes[index..<index + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("bad \\u escape")
                }
                value = value * 16 + UInt32(digit)
            }
            index += 4
            return value
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
        mutating func number() throws(ParseError) -> String {
            let start = index
            func digits(_ parser: inout Parser) -> Int {
                let from = parser.index
                while parser.index < parser.bytes.count,
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index])
                {
                    parser.index += 1
                }
                return parser.index - from
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { throw error("expected a value") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits(&self) == 0 {
                throw error("expected a value")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw error("digits expected after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard digits(&self) > 0 else { throw error("digits expected in the exponent") }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }
}
