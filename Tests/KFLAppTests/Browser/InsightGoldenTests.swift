import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// The overview ("Hva skiller seg ut") and the theme views as whole screens
/// at the sizes users have, with suppressed cells saying skjermet and why.
@Suite struct InsightGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    func school(_ width: Int, _ height: Int, _ name: String) throws -> BrowserHarness {
        let browser = try BrowserHarness(width: width, height: height)
        browser.search(name)
        return browser
    }

    @Test("the overview of a school: better, worse, changed and suppressed, grouped by verdict")
    func overviewOfASchool() throws {
        for (w, h) in Self.sizes {
            let browser = try school(w, h, "Svalåsen")
            browser.press(.character("o"))
            let text = browser.screen.text
            #expect(text.contains("Hva skiller seg ut – Svalåsen barneskole"))
            #expect(text.contains("Klart bedre enn fylket ("))
            #expect(text.contains("Klart svakere enn fylket ("))
            if h == 40 {
                #expect(text.contains("Skjermet (7)"))
                #expect(text.contains("skjermet: under 7 svar, eller"))
            }
            expectGolden(browser.screen, named: "overview-svalasen-\(w)x\(h)")
        }
    }

    @Test("Enter on an overview line opens the factor's detail with its shares, e its theme; Esc returns")
    func overviewLineOpensTheFactorDetail() throws {
        for (w, h) in Self.sizes {
            let browser = try BrowserHarness(width: w, height: h)
            browser.choose("Rognli")
            let lines = try #require(browser.state.highlights?.lines)
            // The first line from another group than the one in view, whose factor has a share.
            let index = try #require(
                lines.firstIndex {
                    $0.standing.factor.shares != nil && $0.standing.group.id != browser.state.groupID
                        && $0.standing.result.unit?.value != nil
                })
            let line = lines[index]
            try browser.press(.down, until: { $0.overlay == .overview(selected: index) })
            #expect(browser.screen.text.contains("Enter: detaljer  e: linjens tema"), "the hint says both keys")
            #expect(browser.screen.lines[0].contains("alle grupper"), "the overview covers every group")
            #expect(!browser.screen.lines[0].contains(browser.state.group?.name ?? "-"))
            browser.press(.enter)
            #expect(browser.state.overlay == .detail(factorNumber: line.standing.factor.number, scroll: 0))
            #expect(browser.state.groupID == line.standing.group.id, "the line's group, not the one in view")
            #expect(browser.state.detail?.factor == line.standing.factor)
            #expect(browser.state.currentItem?.trinn == 0 && browser.state.genderMode == .all)
            #expect(browser.screen.lines[0].contains(line.standing.group.name), "the detail names the line's group")
            let text = browser.screen.text
            #expect(text.contains(line.standing.factor.name + " – Rognli skole"))
            #expect(text.contains(try #require(line.standing.factor.shareLabel).capitalizedFirst))
            expectGolden(browser.screen, named: "overview-detail-rognli-\(w)x\(h)")
            browser.press(.escape)
            #expect(browser.state.overlay == .overview(selected: index), "Esc returns to the line")
            browser.press(.character("e"))
            guard case .theme = browser.state.overlay else {
                Issue.record("e on the line opens its theme")
                return
            }
            browser.press(.escape)
            #expect(browser.state.overlay == .overview(selected: index))
            browser.press(.escape)
            #expect(browser.state.overlay == nil)
            #expect(browser.screen.text.contains("Resultater – Rognli skole"))
        }
    }

    @Test("at 60 columns the overview's factor names keep enough letters to be told apart")
    func overviewAt60Columns() throws {
        let browser = try BrowserHarness(width: 60, height: 24)
        browser.choose("Rognli")
        let rows = browser.screen.lines.filter { $0.contains("Elever 1–4") || $0.contains("Elever 5–10") }
        #expect(rows.filter { $0.contains("Trivsel på skolen") }.count == 2, "\(rows)")
        #expect(rows.allSatisfy { !$0.contains("Trivsel… ") }, "\(rows)")
        #expect(rows.contains { $0.contains("Relasjon til ") })
        // The sign of the verdict stays beside the county's value.
        #expect(rows.contains { $0.contains("3,5 ▲") }, "\(rows)")
    }

    @Test("? over the overview and a theme shows their own keys, and closing it returns to the view")
    func helpOverInsights() throws {
        let browser = try school(80, 24, "Svalåsen")
        browser.press(.character("o"), .down)
        let overview = browser.state.overlay
        #expect(browser.screen.lines.last?.contains("? hjelp") == true)
        browser.press(.character("?"))
        var text = browser.screen.text
        #expect(text.contains(Strings.Browser.helpTitle))
        #expect(text.contains(Strings.Themes.keyOpenInsight))
        browser.press(.escape)
        #expect(browser.state.overlay == overview, "Esc closes the help, back to the overview where it was")
        browser.press(.character("e"))
        guard case .theme = browser.state.overlay else {
            Issue.record("e on an overview line opens its theme")
            return
        }
        browser.press(.function(1))
        text = browser.screen.text
        #expect(text.contains(Strings.Themes.keyOpenInsight))
        browser.press(.character("x"))
        guard case .theme = browser.state.overlay else {
            Issue.record("any key closes the help, back to the theme")
            return
        }
        browser.press(.escape, .escape)
        #expect(browser.state.overlay == nil)
        browser.press(.character("?"))
        #expect(!browser.screen.text.contains(Strings.Themes.keyOpenInsight), "the main help is the browser's")
    }

    @Test("the overview scrolls to its suppressed lines at 80×24 and names the reason")
    func overviewScrollsToSuppressed() throws {
        let browser = try school(80, 24, "Svalåsen")
        browser.press(.character("o"), .character("G"))
        let text = browser.screen.text
        #expect(text.contains("Skjermet (7)"))
        #expect(text.contains("Læringsorientert skolekultur"))
        #expect(text.contains("skjermet: under 7 svar, eller"))
        expectGolden(browser.screen, named: "overview-svalasen-end-80x24")
    }

    @Test("the overview of the county says who has data, not who is best")
    func overviewOfTheCounty() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.press(.character("o"))
        let text = browser.screen.text
        #expect(text.contains("Hvem har data"))
        #expect(text.contains("22 av 22 kommuner, 118 av 120 skoler"))
        #expect(!text.contains("Klart bedre enn fylket"))
        expectGolden(browser.screen, named: "overview-county-120x40")
    }

    @Test("a theme where one group is suppressed: the others shown, the suppressed says why")
    func themeWithSuppressedGroup() throws {
        for (w, h) in Self.sizes {
            let browser = try school(w, h, "Svalåsen")
            browser.press(.character("e"))
            guard case .themes = browser.state.overlay else {
                Issue.record("e from the navigation opens the theme list")
                return
            }
            while case .themes(let s) = browser.state.overlay, s < 5 { browser.press(.down) }
            browser.press(.enter)
            let text = browser.screen.text
            #expect(text.contains("Samarbeid i personalet – Svalåsen barneskole"))
            #expect(text.contains("Samarbeid i kollegiet"))
            #expect(text.contains("skjermet: under 7 svar, eller"))
            expectGolden(browser.screen, named: "theme-samarbeid-svalasen-\(w)x\(h)")
        }
    }

    @Test("e on a factor shows what the other groups say about it, with that factor selected")
    func themeFromAFactor() throws {
        for (w, h) in Self.sizes {
            let browser = try school(w, h, "Svalåsen")
            browser.press(.tab)
            try browser.press(.character("r"), until: { $0.groupID == "elev510" })
            try browser.press(.down, until: { $0.selectedFactor?.id == "e510_uro" })
            browser.press(.character("e"))
            guard case .theme(let id, let selected) = browser.state.overlay else {
                Issue.record("e on a factor opens its theme")
                return
            }
            #expect(id == "uro_og_atferd")
            #expect(browser.state.themeResults?.standings[selected].factor.id == "e510_uro")
            let text = browser.screen.text
            for name in ["Uro i timene", "Selvkontroll", "Klasseledelse"] { #expect(text.contains(name)) }
            expectGolden(browser.screen, named: "theme-uro-svalasen-\(w)x\(h)")
        }
    }

    @Test("at a school without 1.–4. trinn the theme says so, and e still selects the factor it came from")
    func themeWithAMissingGroup() throws {
        let probe = try BrowserHarness()
        let school = try #require(
            probe.state.tree.units.first { $0.kind == .school && ($0.trinnRange?.lowerBound ?? 0) >= 5 })
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search(school.name)
        browser.press(.tab)
        try browser.press(.character("r"), until: { $0.groupID == "elev510" })
        try browser.press(.down, until: { $0.selectedFactor?.id == "e510_uro" })
        browser.press(.character("e"))
        guard case .theme(_, let selected) = browser.state.overlay, let results = browser.state.themeResults else {
            Issue.record("e on a factor opens its theme")
            return
        }
        #expect(results.missingGroups.map(\.id) == ["elev14"])
        #expect(results.standings[selected].factor.id == "e510_uro")
        #expect(browser.screen.text.contains("Ingen svar her fra Elever 1.–4. trinn."))
    }

    @Test("the theme list, and Esc goes back from a theme to it and then closes")
    func themeListAndBack() throws {
        let browser = try school(80, 24, "Svalåsen")
        browser.press(.character("e"))
        expectGolden(browser.screen, named: "themes-80x24")
        browser.press(.enter)
        guard case .theme(let id, _) = browser.state.overlay else {
            Issue.record("Enter opens the theme")
            return
        }
        #expect(id == "uro_og_atferd")
        browser.press(.escape)
        #expect(browser.state.overlay == .themes(selected: 0))
        browser.press(.escape)
        #expect(browser.state.overlay == nil)
    }

    @Test("e in a factor's detail opens its theme; Esc returns to the detail")
    func themeFromTheDetail() throws {
        let browser = try school(120, 40, "Svalåsen")
        browser.press(.tab, .enter)
        guard case .detail(let number, _) = browser.state.overlay else {
            Issue.record("Enter on a factor opens its detail")
            return
        }
        browser.press(.character("e"))
        guard case .theme(let id, _) = browser.state.overlay else {
            Issue.record("e in the detail opens the factor's theme")
            return
        }
        let factor = browser.state.info.instrument.factors[number]
        #expect(browser.state.info.instrument.themes.first { $0.id == id }?.factors.contains(factor.id) == true)
        browser.press(.escape)
        #expect(browser.state.overlay == .detail(factorNumber: number, scroll: 0))
    }
}
