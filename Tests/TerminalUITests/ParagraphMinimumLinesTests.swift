import KFLTestSupport
import Testing

@testable import TerminalUI

/// `Paragraph.minimumLines` lets a footer skip wrapping a text that cannot fit: it must never
/// say more lines than `wrap` makes (a text that fits would be skipped, and the footer change).
@Suite struct ParagraphMinimumLinesTests {
    static let pieces = [
        "a", "Å", "æ", "3,4", " ", " ", "–", "…", "«", "»", "→", "█", "Kjøltoppen", "skole",
        "\u{A0}", "\n", "漢", "e\u{301}", "\u{200B}",
    ]

    static func texts(count: Int) -> [String] {
        var random = SeededGenerator(seed: 29)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("never more than wrap makes, at any width, with either glyphs")
    func neverMoreThanWrap() {
        for text in Self.texts(count: 400) {
            for width in [1, 2, 3, 5, 8, 13, 21, 40, 80] {
                for glyphs in [Glyphs.unicode, .ascii] {
                    let wrapped = Paragraph.wrap(text, width: width, glyphs: glyphs).count
                    let least = Paragraph.minimumLines(text, width: width, glyphs: glyphs)
                    #expect(least <= wrapped, "«\(text)» at \(width), ascii \(glyphs.isASCII)")
                }
            }
        }
    }

    @Test("exact for a plain text without spaces, and a bound that grows with the text")
    func tightWhereItCanBe() {
        #expect(Paragraph.minimumLines("", width: 10) == 1)
        #expect(Paragraph.minimumLines("abcdefghij", width: 10) == 1)
        #expect(Paragraph.minimumLines("abcdefghijk", width: 10) == 2)
        #expect(Paragraph.minimumLines(String(repeating: "æøå ", count: 30), width: 10) == 9)
        #expect(Paragraph.wrap(String(repeating: "æøå ", count: 30), width: 10).count == 15)
        #expect(Paragraph.minimumLines("…", width: 2, glyphs: .ascii) == 2, "spelt «...» as shown")
        #expect(Paragraph.minimumLines("a\nb", width: 1) == 1, "line breaks: one line is all it says")
    }
}
