import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// A terminal without UTF-8 (LANG=C, or a locale that is not installed)
/// spells æ, ø, å as ae, oe, aa: text is wrapped and fitted on what is drawn,
/// so the longer spelling never pushes a word off the edge.
@Suite struct ASCIIWrapGoldenTests {
    /// The screen as one line: borders and line breaks become spaces, runs of spaces one.
    func flat(_ screen: Screen) -> String {
        screen.text.replacingOccurrences(of: "|", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" })
            .joined(separator: " ")
    }

    @Test("the overview in nynorsk and ASCII loses no word of its intro, and the status line keeps ? hjelp")
    func overviewInNynorsk() throws {
        try Language.$current.withValue(.nynorsk) {
            for (w, h) in [(80, 24), (100, 30)] {
                let browser = try BrowserHarness(width: w, height: h, glyphs: .ascii)
                browser.choose("Svalåsen")
                let screen = browser.screen
                #expect(flat(screen).contains("begge kjoenn: klar skilnad fraa fylket og klar endring sidan 2018"))
                let status = TextLayout.trimmingTrailingSpaces(screen.lines.last ?? "")
                #expect(status.hasSuffix("? hjelp"), "\(status)")
                let ascii = screen.text.allSatisfy { $0.isASCII }
                #expect(ascii)
                expectGolden(screen, named: "nn/overview-ascii-svalasen-\(w)x\(h)")
            }
        }
    }
}
