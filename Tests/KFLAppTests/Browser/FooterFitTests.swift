import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

@testable import KFLApp

/// The lines under a table explain the selected row; when they are short of
/// room they drop the interval, d, n and the values first (`FooterDetail`),
/// so the verdict is never the part that is cut.
@Suite struct FooterFitTests {
    static let sizes = [(80, 24), (100, 30), (120, 40)]

    /// The footer's rows as one line (wrapping breaks at spaces only).
    func joined(_ rows: [ResultsTable.Row]) -> String {
        rows.map { $0.spans.map(\.text).joined(separator: " ") }.joined(separator: " ")
    }

    /// What the footer must keep of an outcome: its verdict; without one, the values
    /// stay and why there is none may go ("").
    func verdict(_ outcome: TwoSampleOutcome, minimumN: Int, text: (Verdict) -> String) -> String {
        switch outcome {
        case .compared(let c): return text(c.verdict)
        case .unavailable: return ""
        }
    }

    /// The footer the results pane draws now, as one line; each of its rows, as the
    /// terminal spells it (ae for æ in ASCII), must fit the pane.
    func footer(_ browser: BrowserHarness, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let state = browser.state
        let width = ResultsPane.innerWidth(state) - 1
        let table = try #require(ResultsPane.table(state, theme: .make(colors: true), width: width))
        for row in table.bottom {
            let text = row.spans.map(\.text).joined()
            let shown = state.glyphs.isASCII ? ASCIIFallback.text(text) : text
            #expect(DisplayWidth.of(shown) <= width, "\(shown)", sourceLocation: sourceLocation)
        }
        return joined(table.bottom)
    }

    /// What the footer says, as `glyphs` spell it.
    func spelled(_ text: String, _ glyphs: Glyphs) -> String {
        glyphs.isASCII ? ASCIIFallback.text(text) : text
    }

    static let cases: [(Int, Int, Glyphs)] =
        sizes.map { ($0.0, $0.1, Glyphs.unicode) } + [(80, 24, .ascii), (100, 30, .ascii)]

    @Test("development: every factor's footer keeps its change verdict and the county's, at 80, 100 and 120 columns")
    func developmentKeepsVerdicts() throws {
        for (w, h, glyphs) in Self.cases {
            let browser = try BrowserHarness(width: w, height: h, glyphs: glyphs)
            browser.search("Rognli")
            try browser.press(.character("v"), until: { $0.view == .development })
            try browser.press(.tab, until: { $0.focus == .results })
            let series = try #require(browser.state.loaded?.series).flatMap(\.factors)
            let change = try #require(browser.state.changeRounds)
            let minimumN = browser.state.info.minimumN
            for factor in series {
                let text = try footer(browser)
                let unit = verdict(
                    factor.change(from: change.from, to: change.to), minimumN: minimumN,
                    text: Strings.Development.changeVerdict)
                let county = verdict(
                    factor.countyChange(from: change.from, to: change.to), minimumN: minimumN,
                    text: Strings.Development.changeVerdict)
                #expect(text.hasPrefix(spelled(factor.factor.name, glyphs)), "\(w)×\(h): \(text)")
                #expect(text.contains(spelled(unit, glyphs)), "\(w)×\(h) \(factor.factor.name): \(text)")
                #expect(text.hasSuffix(spelled(county + ".", glyphs)), "\(w)×\(h) \(factor.factor.name): \(text)")
                browser.press(.down)
            }
        }
    }

    @Test("gender gap: every factor's footer keeps the gap's verdict and the county's, at 80, 100 and 120 columns")
    func genderGapKeepsVerdicts() throws {
        for (w, h, glyphs) in Self.cases {
            let browser = try BrowserHarness(width: w, height: h, glyphs: glyphs)
            browser.search("Svalåsen")
            try browser.press(.character("v"), until: { $0.view == .genderGap })
            try browser.press(.tab, until: { $0.focus == .results })
            let gaps = try #require(browser.state.loaded?.gaps).flatMap(\.factors)
            let round = browser.state.round
            let minimumN = browser.state.info.minimumN
            for gap in gaps {
                let text = try footer(browser)
                let unit = verdict(gap.gap(round: round), minimumN: minimumN, text: Strings.Development.gapVerdict)
                let county = verdict(
                    gap.countyGap(round: round), minimumN: minimumN, text: Strings.Development.gapVerdict)
                #expect(text.hasPrefix(spelled(gap.factor.name, glyphs)), "\(w)×\(h): \(text)")
                #expect(text.contains(spelled(unit, glyphs)), "\(w)×\(h) \(gap.factor.name): \(text)")
                #expect(text.hasSuffix(spelled(county + ".", glyphs)), "\(w)×\(h) \(gap.factor.name): \(text)")
                browser.press(.down)
            }
        }
    }

    @Test("the overview's detail keeps the verdict against the county and the change's, at 80, 100 and 120 columns")
    func overviewKeepsVerdicts() throws {
        for (w, h) in Self.sizes {
            let browser = try BrowserHarness(width: w, height: h)
            browser.choose("Svalåsen")
            let highlights = try #require(browser.state.highlights)
            let builder = OverviewTable(
                highlights: highlights, theme: .make(colors: true), glyphs: .unicode,
                minimumN: browser.state.info.minimumN)
            // The overlay's table is as wide as the screen less its border and margin.
            let width = w - 4
            for line in highlights.lines {
                let text = joined(builder.standingTable.detail(line.standing, width: width, maxLines: 2))
                if let comparison = line.standing.result.versusCounty {
                    let expected = Strings.verdictText(comparison.verdict)
                    #expect(text.contains(expected), "\(w)×\(h): \(text)")
                }
                if case .suppressed(let reason) = line.standing.result.unit {
                    // Why there is no value takes the verdict's place: it is kept too.
                    let expected = Strings.suppressionText(reason, minimumN: browser.state.info.minimumN)
                    #expect(text.contains(expected), "\(w)×\(h): \(text)")
                }
                if let comparison = line.standing.change?.outcome.comparison {
                    #expect(text.contains(Strings.Development.changeVerdict(comparison.verdict)), "\(w)×\(h): \(text)")
                }
            }
        }
    }

    @Test("the fullest detail that fits is chosen, in the stated order, and the least is cut when nothing fits")
    func order() {
        let words: [FooterDetail: String] = [
            .full: "interval d n values county verdict", .noInterval: "d n values county verdict",
            .noEffectSize: "n values county verdict", .noCounts: "values county verdict",
            .noValues: "county verdict", .noCounty: "verdict",
        ]
        func rows(width: Int, maxLines: Int) -> [String] {
            FooterDetail.fitted(width: width, maxLines: maxLines, glyphs: .unicode) {
                [(words[$0]!, .plain)]
            }.map { $0.spans.map(\.text).joined() }
        }
        #expect(rows(width: 40, maxLines: 1) == ["interval d n values county verdict"])
        #expect(rows(width: 30, maxLines: 1) == ["d n values county verdict"])
        #expect(rows(width: 14, maxLines: 1) == ["county verdict"])
        #expect(rows(width: 7, maxLines: 1) == ["verdict"])
        #expect(rows(width: 10, maxLines: 2) == ["county", "verdict"])
        #expect(rows(width: 5, maxLines: 1) == ["verd…"])
        #expect(rows(width: 5, maxLines: 0).isEmpty)
    }

    @Test("skipping a detail too long to fit unwrapped chooses what wrapping every detail chose")
    func shortcutChoosesTheSame() {
        var random = SeededGenerator(seed: 41)
        let words = ["3,42", "(n 17)", "95 %", "d = 0,4", "økte", "Fylket", "skj.", "–", "…", "Kjøltoppen"]
        for _ in 0..<300 {
            // Each detail shorter than the one before, as the footers' are.
            var counts = (0..<FooterDetail.allCases.count).map { _ in Int.random(in: 0...30, using: &random) }
            counts.sort(by: >)
            let texts = counts.map { n in
                (0..<n).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            }
            let paragraphs = Int.random(in: 1...2, using: &random)
            let width = Int.random(in: 1...60, using: &random), maxLines = Int.random(in: 0...5, using: &random)
            for glyphs in [Glyphs.unicode, .ascii] {
                func make(_ detail: FooterDetail) -> [(text: String, style: Style)] {
                    Array(repeating: (texts[detail.rawValue], Style.plain), count: paragraphs)
                }
                let fitted = FooterDetail.fitted(width: width, maxLines: maxLines, glyphs: glyphs, make)
                let expected = Self.wrappingEvery(width: width, maxLines: maxLines, glyphs: glyphs, make)
                #expect(Self.shape(fitted) == Self.shape(expected), "\(texts) at \(width)×\(maxLines)")
            }
        }
    }

    /// Rows as their texts and styles (`Row` is not `Equatable`).
    static func shape(_ rows: [ResultsTable.Row]) -> [[String]] {
        rows.map { row in row.spans.map { "\($0.text)|\($0.width)|\($0.style)" } }
    }

    /// `FooterDetail.fitted` as it was before it skipped details: every detail wrapped in turn.
    static func wrappingEvery(
        width: Int, maxLines: Int, glyphs: Glyphs, _ paragraphs: (FooterDetail) -> [(text: String, style: Style)]
    ) -> [ResultsTable.Row] {
        guard maxLines > 0 else { return [] }
        for detail in FooterDetail.allCases {
            let rows = paragraphs(detail).flatMap {
                ResultsTable.paragraph($0.text, width: width, style: $0.style, glyphs: glyphs)
            }
            if rows.count <= maxLines { return rows }
        }
        let texts = paragraphs(FooterDetail.allCases.last!)
        var rows: [ResultsTable.Row] = []
        for (i, paragraph) in texts.enumerated() {
            let room = max(1, maxLines - rows.count - (texts.count - i - 1))
            rows += ResultsTable.paragraph(
                paragraph.text, width: width, style: paragraph.style, maxLines: room, glyphs: glyphs)
        }
        return Array(rows.prefix(maxLines))
    }
}
