import KFLTestSupport
import Testing

@testable import KFLImport

/// The reader's own UTF-8 check (no String per line) accepts and refuses
/// exactly what `String(validating:)` does.
@Suite struct UTF8ValidationTests {
    @Test("edge cases: overlong forms, surrogates, beyond U+10FFFF, cut-off sequences")
    func edgeCases() {
        let cases: [[UInt8]] = [
            [], Array("Åsnes ungdomsskole".utf8), Array("e\u{301}".utf8), [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xC3], [0xE2, 0x82],
            [0x80], [0xFF], [0xC5, 0x41], [0xEF, 0xBB, 0xBF, 0x41], [0xC2, 0x85],
        ]
        for bytes in cases {
            #expect(CSVLineReader.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test("random byte strings, mostly Norwegian text with damage: the same verdict")
    func randomBytes() {
        var generator = SeededGenerator(seed: 13)
        let text = Array("Kultur for læring på Åsnes, Våler og Grue – «trivsel» €".utf8)
        var valid = 0
        for _ in 0..<20_000 {
            var bytes = Array(text.prefix(Int(generator.next() % UInt64(text.count + 1))))
            for _ in 0..<Int(generator.next() % 3) where !bytes.isEmpty {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if expected { valid += 1 }
            #expect(CSVLineReader.isValidUTF8(bytes) == expected, "\(bytes)")
        }
        // Both verdicts were exercised.
        #expect(valid > 1_000 && valid < 19_000)
    }
}
