import KFLCore
import TerminalUI
import Testing

@testable import KFLApp

/// The overview and the theme view share the room between the factor and
/// the group column by what they show, so neither is cut while the other has
/// room; `kfl show --skiller-seg-ut` to a pipe or a file writes every name,
/// group and verdict whole.
@Suite struct InsightColumnsTests {
    static let schools = ["Svalåsen", "Rognli", "Ekhjemmet", "Fossbygda", "Bergtangen"]

    /// Each factor row's name and group as the overview draws them at `width`.
    func cells(_ highlights: Highlights, width: Int, glyphs: Glyphs) -> [(name: String, group: String)] {
        // 7: the demo snapshot's min_n.
        let table = OverviewTable(highlights: highlights, theme: .make(colors: true), glyphs: glyphs, minimumN: 7)
            .table(width: width)
        return table.rows.filter { $0.factorIndex != nil && $0.spans.count > 1 }.map { row in
            let placed = ResultsTable.placed(row, x: 0, width: width, glyphs: glyphs)
            return (
                TextLayout.trimmingTrailingSpaces(placed[0].text), TextLayout.trimmingTrailingSpaces(placed[1].text)
            )
        }
    }

    @Test(
        "at 100 and 120 columns a group is cut only when names fill their column, a name only at the narrowest group"
    )
    func overviewColumns() throws {
        for language in [Language.bokmal, .nynorsk] {
            try Language.$current.withValue(language) {
                var wholeKontaktlaerer = false
                for school in Self.schools {
                    let browser = try BrowserHarness(width: 120, height: 40)
                    browser.choose(school)
                    let highlights = try #require(browser.state.highlights)
                    let shown = highlights.lines.map(\.standing)
                    let (names, groups) = StandingTable.Columns.widest(shown, glyphs: .unicode)
                    // The overlay's table at 100 and 120 columns: the screen less the box and a margin.
                    for width in [96, 116] {
                        let c = StandingTable.Columns.fitting(
                            width: width, showCounty: true, standings: shown, glyphs: .unicode)
                        #expect(c.group >= groups || c.label <= names, "\(school) \(width): \(c)")
                        #expect(c.label >= names || c.group <= StandingTable.Columns.groupFloor, "\(school) \(width)")
                        for (name, group) in cells(highlights, width: width, glyphs: .unicode) {
                            if c.label >= names { #expect(!name.contains("…"), "\(school) \(width): \(name)") }
                            if width == 96 && groups >= 23 && !group.hasSuffix("…") { wholeKontaktlaerer = true }
                        }
                    }
                }
                #expect(wholeKontaktlaerer, "at 100 columns some school shows Kontaktlærers vurdering whole")
            }
        }
    }

    @Test("--skiller-seg-ut to a pipe or a file writes names, groups and verdicts whole")
    func showWritesWholeLines() throws {
        for language in [Language.bokmal, .nynorsk] {
            try Language.$current.withValue(language) {
                for school in Self.schools {
                    let browser = try BrowserHarness(width: 120, height: 40)
                    browser.choose(school)
                    let highlights = try #require(browser.state.highlights)
                    let text = HighlightsReport(info: browser.state.info, highlights: highlights).text()
                    #expect(!text.contains("…"), "\(school): \(text)")
                    for line in highlights.lines {
                        #expect(text.contains(line.standing.group.shortName), "\(school)")
                        if let verdict = line.standing.levelVerdict, verdict != .notComparable {
                            #expect(text.contains(Strings.verdictText(verdict)), "\(school): \(text)")
                        }
                    }
                }
            }
        }
    }
}
