import KFLCore
import TerminalUI
import Testing

@testable import KFLApp

/// "Uro og forstyrrelser i timene" is too long for the name column at 80 and
/// 100 columns: every view cuts the name and keeps the ↓ that says lower is
/// better (`ResultsTable.factorName`), as the level view always did.
@Suite struct LowerIsBetterMarkTests {
    /// The label column of every factor row the results pane draws, as drawn, with its factor.
    func labels(_ browser: BrowserHarness, factors: [Factor]) throws -> [(Factor, String)] {
        let state = browser.state
        let width = ResultsPane.innerWidth(state) - 1
        let table = try #require(ResultsPane.table(state, theme: .make(colors: true), width: width))
        return table.rows.filter(\.isLabel).compactMap { row in
            guard let index = row.factorIndex, factors.indices.contains(index) else { return nil }
            let label = ResultsTable.placed(row, x: 0, width: width, glyphs: state.glyphs).first?.text ?? ""
            return (factors[index], label)
        }
    }

    func expectMarks(_ labels: [(Factor, String)], _ what: String) {
        #expect(labels.contains { $0.1.contains("…") }, "\(what): some name is cut, or the test proves nothing")
        for (factor, label) in labels {
            let marked = TextLayout.trimmingTrailingSpaces(label).hasSuffix(" ↓")
            #expect(marked == (factor.direction == .lowerIsBetter), "\(what): \(label)")
        }
    }

    @Test("development and gender gap keep ↓ on cut names at 80 and 100 columns")
    func developmentAndGap() throws {
        for (w, h) in [(80, 24), (100, 30)] {
            let browser = try BrowserHarness(width: w, height: h)
            browser.search("Svalåsen")
            try browser.press(.character("v"), until: { $0.view == .development })
            let series = try #require(browser.state.loaded?.series).flatMap(\.factors).map(\.factor)
            expectMarks(try labels(browser, factors: series), "development \(w)×\(h)")
            try browser.press(.character("v"), until: { $0.view == .genderGap })
            let gaps = try #require(browser.state.loaded?.gaps).flatMap(\.factors).map(\.factor)
            expectMarks(try labels(browser, factors: gaps), "gender gap \(w)×\(h)")
        }
    }

    @Test("the cohort views keep ↓ on cut names at 80 columns")
    func cohorts() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.search("Rognli")
        try browser.press(.character("r"), until: { $0.groupID == "elev510" })
        browser.openSchool()
        try browser.press(.down, until: { $0.currentItem?.trinn == 7 })
        for view in [ResultsView.sameTrinn, .sameClass] {
            try browser.press(.character("v"), until: { $0.view == view })
            let series = try #require(browser.state.loaded?.series).flatMap(\.factors).map(\.factor)
            expectMarks(try labels(browser, factors: series), "\(view) 80×24")
        }
    }
}
