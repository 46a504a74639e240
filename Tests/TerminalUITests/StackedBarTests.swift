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

    @Test("a part with any count gets a cell when the bar has room, from the widest part")
    func everyCountedPartIsSeen() {
        // 5 % unfavourable (1 + 3 of 77) in 8 cells rounds to nothing; it must show.
        #expect(StackedBar.widths(of: [1, 3, 21, 52], columns: 8) == [1, 1, 3, 3])
        #expect(StackedBar.widths(of: [0, 1, 99], columns: 10) == [0, 1, 9])
        // No room for every counted part: plain rounding.
        #expect(StackedBar.widths(of: [1, 1, 98], columns: 2) == [0, 0, 2])
        for columns in 3...30 {
            let widths = StackedBar.widths(of: [1, 0, 200, 1], columns: columns)
            #expect(widths.reduce(0, +) == columns)
            #expect(widths[0] >= 1 && widths[1] == 0 && widths[3] >= 1)
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
