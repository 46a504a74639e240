import Foundation
import KFLCore
import Testing

/// The hand-written JSON parser kfl reads its instrument with: the same values
/// as Foundation's parser for every data file kfl ships, and a refusal (with
/// the byte offset) for everything RFC 8259 does not allow.
@Suite struct JSONValueTests {
    /// Foundation's parse of the same text, in the same shape, to compare with.
    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let b): return (other as? Bool) == b
        case .number: return value.double == (other as? NSNumber)?.doubleValue
        case .string(let s): return (other as? String) == s
        case .array(let values):
            guard let others = other as? [Any], others.count == values.count else { return false }
            return zip(values, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = other as? [String: Any], others.count == members.count else { return false }
            return members.allSatisfy { key, value in others[key].map { same(value, $0) } ?? false }
        }
    }

    @Test("every JSON file kfl ships parses to what Foundation's parser reads")
    func shippedFilesMatchFoundation() throws {
        let names = DataFiles.names.filter { $0.hasSuffix(".json") }
        #expect(names.contains("instrument.json") && names.contains("instrument-nn.json"))
        for name in names {
            let text = try #require(DataFiles.text(named: name))
            let reference = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(Self.same(try JSONValue.parse(text.utf8), reference), "\(name)")
        }
    }

    @Test("escapes, surrogate pairs, numbers and nesting read as written")
    func valuesReadAsWritten() throws {
        let text = #" { "a": [1, -2.5, 3e2, 0, true, false, null], "s": "æ\n\t\"\\\/\u00e6\ud83d\ude00", "o": {} } "#
        let value = try JSONValue.parse(text.utf8)
        let members = try #require(value.object)
        let numbers = try #require(members["a"]?.array)
        #expect(numbers.prefix(4).map(\.double) == [1, -2.5, 300, 0])
        #expect(numbers[0].int == 1 && numbers[1].int == nil && numbers[2].int == nil)
        #expect(numbers[4] == .bool(true) && numbers[5] == .bool(false) && numbers[6] == .null)
        #expect(members["s"]?.string == "æ\n\t\"\\/æ😀")
        #expect(members["o"] == .object([:]))
    }

    @Test(
        "what JSON does not allow is refused with where it is",
        arguments: [
            "", "{", "[1,]", "{\"a\":1,}", "{a:1}", "01", "1.", "-", "1e", "+1", "tru", "nul", "[1 2]", "\"abc",
            "\"a\u{01}b\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u12\"", "{} {}", "[1] x", "{\"a\" 1}",
            "NaN", "'a'",
        ])
    func refusals(_ text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text.utf8) }
    }

    @Test("bytes that are not UTF-8 inside a string are refused, not repaired")
    func invalidUTF8() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(bytes) }
        // A lone continuation byte, an overlong «/», a surrogate, a cut sequence (with and without an
        // escape before it), and bytes that repairing would turn into exactly as many bytes.
        for inner: [UInt8] in [
            [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x5C, 0x6E, 0xE2, 0x82], [0xEF, 0xBF],
            [0x61, 0xF0, 0x9F, 0x98],
        ] {
            #expect(throws: JSONValue.ParseError.self, "\(inner)") { try JSONValue.parse([0x22] + inner + [0x22]) }
        }
        // Valid UTF-8, U+FFFD itself included, is kept byte for byte.
        let kept = "æøå \u{FFFD} 😀 \u{301}e"
        #expect(try JSONValue.parse(Array("\"\(kept)\"".utf8)) == .string(kept))
        #expect(try JSONValue.parse(Array("\"a\\n\(kept)\"".utf8)) == .string("a\n" + kept))
    }

    @Test("a key given twice keeps its last value")
    func duplicateKeys() throws {
        let value = try JSONValue.parse(#"{"a": 1, "b": [], "a": "to"}"#.utf8)
        #expect(value == .object(["a": .string("to"), "b": .array([])]))
    }

    @Test("a document nested deeper than the limit is refused instead of exhausting the stack")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(deep.utf8) }
        #expect(error?.description.contains("deep") == true)
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: Never.self) { try JSONValue.parse(fine.utf8) }
    }
}
