import KFLTestSupport
import Testing

@testable import TerminalUI

/// Plain text (every scalar a one-column grapheme of its own) is written, cut and wrapped
/// by scalars, without breaking it into graphemes. A zero-width space (a grapheme of its
/// own that takes no column) sends the same text down the grapheme path: both must agree.
@Suite struct PlainTextPathTests {
    static let plainPieces = [
        "a", "Å", "æ", "ø", "é", "3,4", " ", "–", "…", "«", "»", "›", "→", "≥", "█", "░", "┃", "▲",
    ]
    static let zeroWidthSpace = "\u{200B}"

    /// Texts of plain pieces, a few with line breaks.
    static func texts(count: Int, lineBreaks: Bool = false) -> [String] {
        var random = SeededGenerator(seed: 13)
        let pieces = plainPieces + (lineBreaks ? ["\n"] : [])
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("the pieces are plain, and the zero-width space is not")
    func piecesArePlain() {
        #expect(Self.plainPieces.allSatisfy { DisplayWidth.isPlain($0) })
        #expect(!DisplayWidth.isPlain(Self.zeroWidthSpace))
    }

    @Test("put writes plain text as the grapheme path does, clipped anywhere")
    func putAgreesWithTheGraphemePath() {
        var random = SeededGenerator(seed: 7)
        for text in Self.texts(count: 300) {
            let x = Int.random(in: -5...12, using: &random)
            let clip = Rect(
                x: Int.random(in: 0...6, using: &random), y: 0, width: Int.random(in: 0...20, using: &random),
                height: 1)
            var plain = Screen(width: 24, height: 1)
            var graphemes = Screen(width: 24, height: 1)
            plain.put("漢字漢字漢字漢字漢字漢字", x: 0, y: 0)
            graphemes.put("漢字漢字漢字漢字漢字漢字", x: 0, y: 0)
            let advanced = plain.put(text, x: x, y: 0, style: .bold, clip: clip)
            let expected = graphemes.put(text + Self.zeroWidthSpace, x: x, y: 0, style: .bold, clip: clip)
            #expect(advanced == expected, "\(text) at \(x) in \(clip)")
            #expect(plain == graphemes, "\(text) at \(x) in \(clip)")
        }
    }

    @Test("prefix and suffix cut plain text as the grapheme path does")
    func prefixAndSuffixAgree() {
        for text in Self.texts(count: 200) {
            for width in [0, 1, 5, 17, 60] {
                let prefix = TextLayout.prefix(text + Self.zeroWidthSpace, width: width)
                let suffix = TextLayout.suffix(Self.zeroWidthSpace + text, width: width)
                #expect(TextLayout.prefix(text, width: width) == prefix.replacingOccurrences(Self.zeroWidthSpace))
                #expect(TextLayout.suffix(text, width: width) == suffix.replacingOccurrences(Self.zeroWidthSpace))
            }
        }
    }

    @Test("plain text wraps as the grapheme path wraps it")
    func wrapAgrees() {
        for text in Self.texts(count: 200, lineBreaks: true) {
            for width in [1, 3, 10, 25] {
                // In front, glued to the first word (after a space it would be a word of its own).
                let expected = Paragraph.wrap(Self.zeroWidthSpace + text, width: width).map {
                    $0.replacingOccurrences(Self.zeroWidthSpace)
                }
                #expect(Paragraph.wrap(text, width: width) == expected, "\(text) in \(width)")
            }
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined()
    }
}
