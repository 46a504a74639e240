import TerminalUI
import Testing

/// The county (┃) and kommune (╎) markers never hide each other or the tip
/// of the bar, and the side of the tip they are on says above or below — at
/// the bar widths of an 80- and a 120-column screen.
@Suite struct BarMarkerTests {
    /// A bar of `value` with the county and kommune markers, drawn as text.
    static func line(_ value: Double, county: Double, kommune: Double, width: Int) -> String {
        var screen = Screen(width: width, height: 1)
        Bar(
            value: value, range: 1...5,
            markers: [BarMarker(value: county, glyph: "┃"), BarMarker(value: kommune, glyph: "╎")]
        ).draw(in: &screen, rect: screen.bounds)
        return screen.text
    }

    /// The last column with fill in it: the tip.
    static func tip(_ line: String) -> Int? {
        Array(line).lastIndex { "▏▎▍▌▋▊▉█".contains($0) }
    }

    static let cases: [(String, Double, Double, Double)] = [
        ("markers close together above the tip", 3.40, 3.52, 3.55),
        ("markers close together below the tip", 3.40, 3.30, 3.32),
        ("markers equal", 3.40, 3.60, 3.60),
        ("markers equal to the value", 3.40, 3.40, 3.40),
        ("county above, kommune below, both near the tip", 3.40, 3.43, 3.38),
        ("county below, kommune above", 2.10, 2.05, 2.16),
    ]

    @Test(arguments: [20, 36, 58])
    func bothMarkersAndTheTipAreAlwaysVisibleAndOnTheRightSide(width: Int) {
        for (name, value, county, kommune) in Self.cases {
            let text = Self.line(value, county: county, kommune: kommune, width: width)
            let characters = Array(text)
            let countyColumn = characters.firstIndex(of: "┃")
            let kommuneColumn = characters.firstIndex(of: "╎")
            #expect(characters.filter { $0 == "┃" }.count == 1, "\(name): \(text)")
            #expect(characters.filter { $0 == "╎" }.count == 1, "\(name): \(text)")
            guard let tip = Self.tip(text), let c = countyColumn, let k = kommuneColumn else {
                Issue.record("\(name): tip or marker missing in \(text)")
                continue
            }
            #expect(c != tip && k != tip && c != k, "\(name): \(text)")
            // Above the unit: right of the tip; at or below: left of it.
            #expect((county > value) == (c > tip), "\(name): county on the wrong side in \(text)")
            #expect((kommune > value) == (k > tip), "\(name): kommune on the wrong side in \(text)")
            // Their order on the bar is the order of their values.
            if county != kommune { #expect((county < kommune) == (c < k), "\(name): order in \(text)") }
        }
    }

    @Test func theIssuesMisleadingBarReadsAsAboveTheCountyNow() throws {
        // "████████┃╎░░ 3,4 ▲ klart bedre": a unit above the county showed the
        // county marker after its tip. Now the county is inside the fill.
        let text = Self.line(3.4, county: 3.35, kommune: 3.38, width: 16)
        let tip = try #require(Self.tip(text), "no bar tip in \(text)")
        let county = try #require(Array(text).firstIndex(of: "┃"), "no county marker in \(text)")
        #expect(county < tip, "\(text)")
    }

    /// A factor near the floor of its scale ("Å mobbe andre" 1,2 on 1–5) has a bar
    /// of one or two cells and no cell left of its tip: the county mark once
    /// vanished there, which read as "no county value". Now it takes the tip's
    /// cell (inside the fill), still left of anything above the value.
    @Test(arguments: [8, 16, 20, 36, 58])
    func aShortBarStillShowsTheCounty(width: Int) throws {
        let cases: [(value: Double, county: Double, kommune: Double)] = [
            (1.2, 1.2, 1.2), (1.15, 1.1, 1.12), (1.2, 1.15, 1.6), (1.0, 1.0, 1.0), (1.0, 1.0, 1.3),
        ]
        for (value, county, kommune) in cases {
            let text = Self.line(value, county: county, kommune: kommune, width: width)
            let characters = Array(text)
            let countyColumn = try #require(characters.firstIndex(of: "┃"), "\(value) \(county): \(text)")
            let layout = Bar.layout(value: value, range: 1...5, columns: width, markers: [county, kommune])
            let filledCells = (layout.eighths + 7) / 8
            #expect(layout.columns[0] == countyColumn)
            // At or below the value: in the fill (or the first cell when there is no fill).
            #expect(countyColumn <= max(filledCells - 1, 0), "\(value) \(county): \(text)")
            if kommune > value, let kommuneColumn = characters.firstIndex(of: "╎") {
                #expect(kommuneColumn > countyColumn && kommuneColumn >= filledCells, "\(text)")
            }
            #expect(characters.count == width)
        }
    }

    @Test func whenOnlyOneCellIsLeftTheCountyKeepsIt() {
        // Both marks at the value on a one-cell bar: one cell, and the county is the verdicts' reference.
        let layout = Bar.layout(value: 1.2, range: 1...5, columns: 20, markers: [1.2, 1.2])
        #expect(layout.columns == [0, nil])
    }

    @Test func aBarUsesTheWidthItIsGiven() {
        for width in [16, 40, 58] {
            let text = Self.line(5, county: 3, kommune: 3.1, width: width)
            #expect(text.count == width)
            #expect(Self.tip(text) == width - 1)
        }
    }

    /// A longer bar is always a higher value: markers move, never the tip.
    /// (Moving the tip past crowded markers once drew 4,0 longer than 4,2.)
    @Test(arguments: [15, 21, 26, 58])
    func theFillIsTheValuesLengthWhateverTheMarkers(width: Int) {
        var previousTip = -1
        for step in 0...80 {
            let value = 3.0 + Double(step) * 0.025
            for (county, kommune) in [(4.0, 4.1), (value, value), (value - 0.02, value + 0.02)] {
                let layout = Bar.layout(value: value, range: 1...5, columns: width, markers: [county, kommune])
                #expect(layout.eighths == Bar.filledEighths(value: value, range: 1...5, columns: width))
            }
            let text = Self.line(value, county: 4.0, kommune: 4.1, width: width)
            let tip = Self.tip(text) ?? -1
            #expect(tip >= previousTip, "\(value) drawn shorter than a lower value: \(text)")
            previousTip = tip
        }
    }
}
