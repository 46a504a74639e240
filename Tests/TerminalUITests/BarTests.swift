import KFLTestSupport
import TerminalUI
import Testing

@Suite struct BarTests {
    func render(_ bar: Bar, width: Int, glyphs: Glyphs = .unicode) -> Screen {
        var screen = Screen(width: width, height: 1)
        bar.draw(in: &screen, rect: screen.bounds, glyphs: glyphs)
        return screen
    }

    @Test(arguments: [
        (0.0, "░░░░"), (0.125, "▏░░░"), (0.25, "▎░░░"), (0.375, "▍░░░"), (0.5, "▌░░░"),
        (0.625, "▋░░░"), (0.75, "▊░░░"), (0.875, "▉░░░"), (1.0, "█░░░"), (1.5, "█▌░░"),
        (3.875, "███▉"), (4.0, "████"), (9.0, "████"), (-2.0, "░░░░"),
    ])
    func valuesFillToTheNearestEighth(value: Double, expected: String) {
        #expect(render(Bar(value: value, range: 0...4), width: 4).lines == [expected])
    }

    @Test func eighthsRoundToNearest() {
        #expect(Bar.filledEighths(value: 3.4, range: 1...5, columns: 20) == 96)
        #expect(Bar.filledEighths(value: .nan, range: 1...5, columns: 20) == 0)
        #expect(Bar.filledEighths(value: 2, range: 5...5, columns: 20) == 0)
    }

    @Test func partialCellKeepsTheBarColourOnTheTrackBackground() {
        let bar = Bar(
            value: 0.5, range: 0...2, style: .fg(.green), trackStyle: Style(foreground: .white, background: .black))
        let screen = render(bar, width: 2)
        #expect(screen[0, 0]?.style == Style(foreground: .green, background: .black))
    }

    @Test func markerOnTheTrackUsesItsOwnStyle() {
        let bar = Bar(
            value: 1, range: 0...4, style: .fg(.blue), markers: [BarMarker(value: 3.2, glyph: "┃", style: .bold)])
        let screen = render(bar, width: 8)
        #expect(screen.lines == ["██░░░░┃░"])
        #expect(screen[6, 0]?.style == .bold)
    }

    @Test func markerInsideTheFillIsDrawnInReverseOverTheBarColour() {
        let bar = Bar(value: 4, range: 0...4, style: .fg(.blue), markers: [BarMarker(value: 1, glyph: "┃")])
        let screen = render(bar, width: 8)
        #expect(screen.lines == ["██┃█████"])
        #expect(screen[2, 0]?.style == Style(foreground: .blue, background: .default, attributes: [.bold, .reverse]))
    }

    @Test func twoMarkersAndTheUpperBound() {
        let markers = [
            BarMarker(value: 5, glyph: "┃"), BarMarker(value: 1, glyph: "╎"), BarMarker(value: 6, glyph: "x"),
        ]
        let screen = render(Bar(value: 3, range: 1...5, markers: markers), width: 10)
        #expect(screen.lines == ["╎████░░░░┃"])
    }

    @Test func asciiBarsRoundToWholeCells() {
        let markers = [BarMarker(value: 2.5, glyph: Glyphs.ascii.countyMarker)]
        #expect(render(Bar(value: 1.4, range: 0...4, markers: markers), width: 8, glyphs: .ascii).lines == ["###..|.."])
        #expect(render(Bar(value: 1.2, range: 0...4), width: 8, glyphs: .ascii).lines == ["##......"])
    }

    @Test func zeroAndOneColumn() {
        #expect(render(Bar(value: 3, range: 1...5), width: 0).lines == [""])
        #expect(render(Bar(value: 3, range: 1...5), width: 1).lines == ["▌"])
        var none = Screen(width: 0, height: 0)
        Bar(value: 3, range: 1...5, markers: [BarMarker(value: 3, glyph: "┃")]).draw(in: &none, rect: none.bounds)
        #expect(none.lines.isEmpty)
    }

    @Test func drawsOnlyInsideItsRect() {
        var screen = Screen(lines: ["abcdefgh", "ijklmnop"])
        Bar(value: 1, range: 0...1).draw(in: &screen, rect: Rect(x: 2, y: 1, width: 3, height: 5))
        expectScreen(screen, ["abcdefgh", "ij███nop"])
    }
}
