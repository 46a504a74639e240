import KFLTestSupport
import TerminalUI
import Testing

@Suite struct StackedBarTests {
    func render(_ bar: StackedBar, width: Int, height: Int = 1) -> Screen {
        var screen = Screen(width: width, height: height)
        bar.draw(in: &screen, rect: screen.bounds)
        return screen
    }

    let bands = StackedBar(parts: [
        .init(count: 2, glyph: "█", style: .bold), .init(count: 3, glyph: "▓"), .init(count: 0, glyph: "▒"),
        .init(count: 5, glyph: "░"),
    ])

    @Test func partsFillTheBarByTheirShareOfTheTotal() {
        #expect(render(bands, width: 10).lines == ["██▓▓▓░░░░░"])
        #expect(render(bands, width: 10)[0, 0]?.style == .bold)
        #expect(render(bands, width: 10)[2, 0]?.style == .plain)
    }

    @Test func boundariesFallAtTheRoundedCumulativeShare() {
        #expect(StackedBar.widths(of: [1, 1, 1], columns: 10) == [3, 4, 3])
        #expect(StackedBar.widths(of: [1, 0, 2], columns: 7) == [2, 0, 5])
        for columns in 0...30 {
            let widths = StackedBar.widths(of: [3, 7, 1, 9], columns: columns)
            #expect(widths.reduce(0, +) == columns)
            #expect(widths.allSatisfy { $0 >= 0 })
        }
    }

    @Test("a side with any count gets a cell and stays within one cell of its share")
    func sidesAreKept() {
        // 2 % unfavourable (two bands) in 23 cells rounds to nothing; the side must show.
        #expect(StackedBar.widths(of: [1, 3, 60, 136], columns: 23, sideBreak: 2) == [0, 1, 7, 15])
        // 7 % in 8 cells: one cell (12,5 %), not a cell per band (25 %).
        #expect(StackedBar.widths(of: [5, 150, 931, 1130], columns: 8, sideBreak: 2) == [0, 1, 3, 4])
        // Nothing on a side: no cell there.
        #expect(StackedBar.widths(of: [0, 0, 5, 5], columns: 8, sideBreak: 2) == [0, 0, 4, 4])
        for columns in 2...40 {
            let counts = [1, 2, 300, 400]
            let widths = StackedBar.widths(of: counts, columns: columns, sideBreak: 2)
            #expect(widths.reduce(0, +) == columns)
            let side = widths[0] + widths[1]
            #expect(side >= 1)
            #expect(abs(Double(side) - 3.0 / 703.0 * Double(columns)) < 1)
        }
    }

    @Test func nothingCountedDrawsNothing() {
        let empty = StackedBar(parts: [.init(count: 0, glyph: "█"), .init(count: 0, glyph: "░")])
        #expect(render(empty, width: 4).lines == ["    "])
        #expect(StackedBar.widths(of: [0, 0], columns: 4) == [0, 0])
    }

    @Test func drawsAtZeroAndOneCell() {
        #expect(render(bands, width: 0, height: 0).lines.joined().isEmpty)
        #expect(render(bands, width: 1).lines == ["▓"])
    }
}
