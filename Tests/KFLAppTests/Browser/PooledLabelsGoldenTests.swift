import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// An ungdomsskole at «alle trinn» is compared with the county pooled over 8.–10. trinn
/// (`PooledReference`): every view that shows the county says so, as the level view does, and a
/// school with every trinn of the group keeps the plain labels.
@Suite struct PooledLabelsGoldenTests {
    static let school = "Askløkka ungdomsskole"

    /// Askløkka (8.–10. trinn) at all trinn, Elever 5.–10. trinn, in `view`.
    func browser(_ width: Int = 80, _ height: Int = 24, view: ResultsView) throws -> BrowserHarness {
        let browser = try BrowserHarness(width: width, height: height)
        browser.search(Self.school)
        try browser.press(.character("r"), until: { $0.groupID == "elev510" })
        try browser.press(.character("v"), until: { $0.view == view })
        #expect(browser.state.currentUnit?.trinnRange == 8...10)
        #expect(browser.state.currentItem?.trinn ?? 0 == 0)
        return browser
    }

    /// The results pane as one line: borders and line breaks become spaces, runs of spaces one.
    func flat(_ screen: Screen) -> String {
        screen.text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(
            separator: " ")
    }

    @Test("development: the county's row and the footer say «fylket (8.–10.)»")
    func development() throws {
        let browser = try browser(view: .development)
        let text = browser.screen.text
        #expect(text.contains("   fylket (8.–10.) "))
        #expect(!text.contains("   fylket  "), "no county row without its trinn")
        #expect(flat(browser.screen).contains("Fylket (8.–10.): "))
        expectGolden(browser.screen, named: "development-askloekka-pooled-80x24")
    }

    @Test("boys and girls: the county's row and the footer say «fylket (8.–10.)»")
    func genderGap() throws {
        let browser = try browser(view: .genderGap)
        let text = browser.screen.text
        #expect(text.contains("   fylket (8.–10.) "))
        expectGolden(browser.screen, named: "gender-gap-askloekka-pooled-80x24")
        // The footer has room for the county's gap at 120×40.
        #expect(flat(try self.browser(120, 40, view: .genderGap).screen).contains("Fylket (8.–10.): "))
    }

    @Test("the legend names the trinn the county's mark is pooled over, not «samme trinn»")
    func legend() throws {
        let browser = try browser(view: .levels)
        browser.press(.character("i"))
        let text = browser.screen.text
        #expect(text.contains("fylkets gjennomsnitt på 8.–10. trinn (samme gruppe, kjønn og tidspunkt)"))
        #expect(!text.contains("samme trinn"))
        expectGolden(browser.screen, named: "legend-askloekka-pooled-80x24")
    }

    @Test("the factor detail's rest of the kommune labels «Alle trinn (8.–10.)», the other rows their own trinn")
    func detailRest() throws {
        let browser = try browser(120, 40, view: .levels)
        browser.press(.tab, .enter)
        for _ in 0..<10 { browser.press(.pageDown) }
        guard case .detail = browser.state.overlay else {
            Issue.record("no detail overlay")
            return
        }
        let text = browser.screen.text
        #expect(text.contains("Alle trinn (8.–10.)"))
        #expect(text.contains("samme tidspunkt, trinn og kjønn"), "the rows by trinn are at their own trinn")
        expectGolden(browser.screen, named: "detail-askloekka-pooled-end-120x40")
    }

    @Test("a school with every trinn of the group keeps the plain «fylket» and the legend's «samme trinn»")
    func wholeRange() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        try browser.press(.character("r"), until: { $0.groupID == "elev510" })
        try browser.press(.character("v"), until: { $0.view == .development })
        #expect(browser.state.currentUnit?.trinnRange == 1...10)
        #expect(browser.screen.text.contains("   fylket  "))
        #expect(!browser.screen.text.contains("fylket ("))
        try browser.press(.character("v"), until: { $0.view == .genderGap })
        #expect(browser.screen.text.contains("   fylket  "))
        #expect(!browser.screen.text.contains("fylket ("))
        try browser.press(.character("v"), until: { $0.view == .levels })
        browser.press(.character("i"))
        #expect(browser.screen.text.contains("fylkets gjennomsnitt (samme trinn, gruppe, kjønn og tidspunkt)"))
    }
}
