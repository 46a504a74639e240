import Testing

@testable import TerminalUI

/// The fast path for common scalars answers what the Unicode-property rules answer.
@Suite struct DisplayWidthTests {
    @Test("every scalar the fast path takes is one column by the general rules")
    func fastPathAgreesWithTheRules() {
        let ranges: [Range<UInt32>] = [0..<0x400, 0x2000..<0x2700]
        var taken = 0
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.isPlainNarrow(value) else { continue }
            taken += 1
            let byRules = DisplayWidth.isZeroWidth(scalar) ? 0 : (DisplayWidth.isWide(scalar) ? 2 : 1)
            #expect(byRules == 1, "U+\(String(value, radix: 16, uppercase: true))")
            #expect(DisplayWidth.of(Character(scalar)) == 1)
        }
        #expect(taken == 95 + 0x260 + 0x18 + 1 + 0x2F + 0x170 + 0xFD)
    }

    @Test("outside the fast path: controls, marks, wide and emoji keep their widths")
    func otherWidths() {
        #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of("Åsnes ▇▍│") == 9)
    }
}
