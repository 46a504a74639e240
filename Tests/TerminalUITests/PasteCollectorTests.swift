import TerminalUI
import Testing

/// What a bracketed paste becomes: text only, never keys.
@Suite struct PasteCollectorTests {
    static func collect(_ codes: [UInt32], bytes: Bool = false) -> String {
        var collector = PasteCollector(decodesUTF8Bytes: bytes)
        for code in codes { collector.add(code) }
        return collector.text
    }

    static func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func lineBreaksOfEveryKindBecomeOneNewline() {
        #expect(Self.collect(Self.codes("Linje en\r\nLinje to\nx j\rslutt")) == "Linje en\nLinje to\nx j\nslutt")
        #expect(Self.collect(Self.codes("a\r\r\nb")) == "a\n\nb")
    }

    @Test func controlCodesNeverPassAndATabIsASpace() {
        #expect(Self.collect([0x1B, 0x61, 0x03, 0x7F, 0x09, 0x62, 0x00]) == "a b")
    }

    @Test func norwegianLettersWhetherDecodedOrAsBytes() {
        #expect(Self.collect(Self.codes("Æsj, å ø")) == "Æsj, å ø")
        let bytes = Array("Æsj, å ø".utf8).map(UInt32.init)
        #expect(Self.collect(bytes, bytes: true) == "Æsj, å ø")
        // A broken sequence is dropped, the letter after it kept.
        #expect(Self.collect([0xC3, 0x61, 0xC3, 0xA5], bytes: true) == "aå")
    }

    @Test func aPasteWithoutAnEndStopsAtTheLimit() {
        var collector = PasteCollector()
        for _ in 0..<(PasteCollector.limit + 10) { collector.add(0x61) }
        #expect(collector.isFull)
        #expect(collector.text.count == PasteCollector.limit)
    }
}
