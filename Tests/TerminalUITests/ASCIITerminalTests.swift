import TerminalUI
import Testing

/// A terminal in the C locale: typed æ/ø/å arrive as UTF-8 bytes and are
/// put together again; what is shown is spelled in ASCII as Norwegians do
/// without the letters, and no mark turns into a letter.
@Suite struct ASCIITerminalTests {
    @Test(arguments: ["æ", "ø", "å", "Æ", "Ø", "Å", "é", "–", "漢", "🙂"])
    func typedBytesBecomeTheCharacterAgain(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(UTF8Input.length(lead: bytes[0]) == bytes.count)
        #expect(UTF8Input.character(bytes) == Character(text))
    }

    @Test func aBrokenOrCutSequenceIsNoCharacterAndSwallowsNothingAfterIt() {
        let aa = Array("å".utf8)
        #expect(UTF8Input.character([aa[0]]) == nil)
        #expect(UTF8Input.length(lead: aa[1]) == 0, "a continuation byte starts nothing")
        #expect(UTF8Input.length(lead: UInt8(ascii: "q")) == 1, "the key after it is read on its own")
        #expect(UTF8Input.character([0xC0, 0x80]) == nil, "an overlong form is refused")
    }

    @Test func norwegianLettersFallBackToTheirTwoLetterSpellings() {
        #expect(ASCIIFallback.text("Svalåsen, Løten, Ærlighet, Åsnes") == "Svalaasen, Loeten, Aerlighet, Aasnes")
        #expect(ASCIIFallback.text("Café") == "Cafe")
    }

    @Test func marksBecomePunctuationNeverALetter() {
        for mark: Character in ["↓", "↑", "┃", "╎", "▲", "▼", "●", "…", "«", "»"] {
            let spelled = ASCIIFallback.text(for: mark)
            #expect(spelled.allSatisfy(\.isASCII) && !spelled.contains(where: \.isLetter), "\(mark) → \(spelled)")
        }
        #expect(ASCIIFallback.text("Uro ↓") == "Uro (-)")
    }

    @Test func wrappingMeasuresTheTextAsAnASCIITerminalSpellsIt() {
        // "frå" is three columns but "fraa" four: wrapped on the first, the line overflowed and was cut.
        let text = "klar skilnad frå fylket og kommunen på båe steg"
        let lines = Paragraph.wrap(text, width: 24, glyphs: .ascii)
        #expect(lines == ["klar skilnad fraa fylket", "og kommunen paa baae", "steg"])
        #expect(lines.allSatisfy { $0.allSatisfy(\.isASCII) && DisplayWidth.of($0) <= 24 })
        #expect(Paragraph.wrap(text, width: 24) == ["klar skilnad frå fylket", "og kommunen på båe steg"])
    }

    @Test func statusHintsAreSpelledAsShownSoTheBarMeasuresWhatItDraws() {
        let keymap = Keymap<Int>([.init(keys: [.character("/")], action: 1, help: "Søk", section: "", hint: "søk")])
        let hints = keymap.statusHints(ascii: true)
        #expect(hints.map(\.label) == ["soek"])
        #expect(keymap.statusHints().map(\.label) == ["søk"])
    }
}
