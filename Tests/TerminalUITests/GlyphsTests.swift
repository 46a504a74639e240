import KFLTestSupport
import TerminalUI
import Testing

@Suite struct GlyphsTests {
    @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
    func everyGlyphIsOneColumn(glyphs: Glyphs) {
        let singles =
            [
                glyphs.barTrack, glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight,
                glyphs.bottomLeft, glyphs.bottomRight, glyphs.teeLeft, glyphs.teeRight, glyphs.countyMarker,
                glyphs.kommuneMarker, glyphs.arrowUp, glyphs.arrowDown, glyphs.arrowLeft, glyphs.arrowRight,
                glyphs.pointer, glyphs.separator,
            ] + glyphs.barEighths.compactMap { $0 }
        #expect(singles.allSatisfy { DisplayWidth.of($0) == 1 })
        #expect(glyphs.barEighths.count == 9 && glyphs.barEighths[0] == nil && glyphs.barEighths[8] != nil)
    }

    @Test func asciiSetIsSevenBit() {
        let g = Glyphs.ascii
        let all =
            [g.barTrack, g.horizontal, g.vertical, g.topLeft, g.countyMarker, g.kommuneMarker, g.ellipsis, g.pointer]
            + g.barEighths.compactMap { $0 }
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
        #expect(g.isASCII && !Glyphs.unicode.isASCII)
        #expect(g.countyMarker != g.kommuneMarker)
    }

    @Test func asciiScreenGolden() {
        var screen = Screen(width: 30, height: 6)
        let inner = Box(title: "Trivsel").draw(in: &screen, rect: screen.bounds, glyphs: .ascii)
        var state = ListState(selected: 0)
        state.keepSelectionVisible(height: 2, count: 3)
        ListView(["Skolen", "Kommunen"]).draw(
            in: &screen, rect: inner.splitVertically(at: 2).top, state: state, glyphs: .ascii)
        let markers = [
            BarMarker(value: 3.9, glyph: Glyphs.ascii.countyMarker),
            BarMarker(value: 3.1, glyph: Glyphs.ascii.kommuneMarker),
        ]
        Bar(value: 3.6, range: 1...5, markers: markers).draw(in: &screen, rect: inner.row(3), glyphs: .ascii)
        expectGolden(screen, named: "ascii-box-list-bar")
    }
}
