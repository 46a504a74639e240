import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// The views over time and the gender gap, as whole screens at the sizes
/// users have: development, both kinds of cohort, boys against girls.
@Suite struct ViewsGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The results pane's text as one line: borders and line breaks become spaces, runs of spaces one.
    func flat(_ screen: Screen) -> String {
        screen.text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(
            separator: " ")
    }

    /// Opens a unit (and a trinn) and steps `v` to `view`.
    func browser(
        _ width: Int, _ height: Int, school: String, trinn: Int = 0, view: ResultsView,
        snapshot: String? = nil
    ) throws -> BrowserHarness {
        let browser = try BrowserHarness(width: width, height: height, snapshot: snapshot)
        browser.search(school)
        if trinn > 0 {
            // Each group lists only its own trinn: 5.–10. trinn are under Elever 5–10.
            if trinn >= 5 { try browser.press(.character("r"), until: { $0.groupID == "elev510" }) }
            browser.openSchool()
            try browser.press(.down, until: { $0.currentItem?.trinn == trinn })
        }
        try browser.press(.character("v"), until: { $0.view == view })
        return browser
    }

    @Test("development: each round for the school and the county, and the change with interval and verdict")
    func development() throws {
        for (w, h) in Self.sizes {
            let browser = try browser(w, h, school: "Rognli", trinn: 6, view: .development)
            let text = browser.screen.text
            #expect(text.contains("Endring 2018–2020") || text.contains("18–20"))
            #expect(text.contains("fylket"))
            expectGolden(browser.screen, named: "development-rognli-6-\(w)x\(h)")
        }
    }

    @Test("development with suppressed cells says skjermet and why, and computes nothing from them")
    func developmentSuppressed() throws {
        let browser = try browser(120, 40, school: "Fjellgrenda", trinn: 2, view: .development)
        browser.press(.character("K"))
        #expect(browser.state.genderMode == .boys)
        let text = browser.screen.text
        #expect(text.contains("skj."))
        #expect(text.contains("skjermet"))
        expectGolden(browser.screen, named: "development-fjellgrenda-2-120x40")
    }

    @Test("same trinn, new pupils: labelled, with the note that the survey is anonymous")
    func sameTrinn() throws {
        for (w, h) in Self.sizes {
            let browser = try browser(w, h, school: "Rognli", trinn: 7, view: .sameTrinn)
            let text = browser.screen.text.replacingOccurrences(of: "│", with: " ")
            #expect(text.contains("Samme trinn, nye elever"))
            #expect(text.contains("anonym"))
            expectGolden(browser.screen, named: "cohort-same-trinn-rognli-7-\(w)x\(h)")
        }
    }

    @Test("same class: the class two trinn lower each round back, where the school has those trinn")
    func sameClass() throws {
        for (w, h) in Self.sizes {
            let browser = try browser(w, h, school: "Svalåsen", trinn: 7, view: .sameClass)
            if w == 120 { #expect(flat(browser.screen).contains("3. trinn 2016 (annet skjema)")) }
            expectGolden(browser.screen, named: "cohort-same-class-svalasen-7-\(w)x\(h)")
        }
    }

    @Test("same class at a school that lacks the earlier trinn says so")
    func sameClassLackingTrinn() throws {
        let browser = try browser(120, 40, school: "Bergtangen", trinn: 10, view: .sameClass)
        let text = browser.screen.text
        #expect(text.contains("6. trinn 2016 (ikke her)"))
        #expect(text.contains("enheten har ikke 6. trinn"))
        expectGolden(browser.screen, named: "cohort-same-class-bergtangen-10-120x40")
    }

    /// A user set the start to 2016 for Moseberget's 10. trinn and every row said
    /// «enheten har ikke 6. trinn»: `b` now skips the rounds the class was not there.
    @Test("b follows a class only from rounds it was at the school")
    func classRoundsOnly() throws {
        let ten = try browser(120, 40, school: "Bergtangen", trinn: 10, view: .sameClass)
        #expect(ten.state.changeRounds?.from == 2018)
        ten.press(.character("b"))
        #expect(ten.state.changeRounds?.from == 2018, "2016 would be 6. trinn, not at Bergtangen")
        let eight = try browser(120, 40, school: "Bergtangen", trinn: 8, view: .sameClass)
        #expect(eight.state.changeRounds == nil)
        eight.press(.character("b"))
        #expect(eight.state.message == Strings.Development.classNotAtEarlierRound)
        eight.press(.character("v"), .character("V"), .character("V"))
        #expect(eight.state.view == .sameTrinn)
        #expect(eight.state.changeRounds?.from == 2018, "the same trinn, new pupils: every round")
    }

    @Test("cohorts need a trinn: at the whole school the view says how to choose one")
    func cohortNeedsTrinn() throws {
        let browser = try browser(80, 24, school: "Rognli", view: .sameClass)
        // Enter in the results pane opens a factor: the way to a trinn is the list on the left.
        #expect(browser.screen.text.contains("Kull vises for ett trinn om gangen. Åpne skolen i lista"))
        browser.openSchool()
        #expect(browser.state.currentItem?.trinn == 0)
        #expect(browser.screen.text.contains("Kull vises for ett trinn om gangen: velg et trinn i"))
    }

    @Test("boys against girls: the gap, d and verdict, the county's gap and the gap each round")
    func genderGap() throws {
        for (w, h) in Self.sizes {
            let browser = try browser(w, h, school: "Svalåsen", view: .genderGap)
            let text = browser.screen.text
            #expect(text.contains("gutter − jenter"))
            expectGolden(browser.screen, named: "gender-gap-svalasen-\(w)x\(h)")
        }
    }

    @Test("the gender gap with suppressed boys or girls computes no gap and says why")
    func genderGapSuppressed() throws {
        let browser = try browser(120, 40, school: "Fjellgrenda", trinn: 2, view: .genderGap)
        #expect(browser.screen.text.contains("skjermet"))
        expectGolden(browser.screen, named: "gender-gap-fjellgrenda-2-120x40")
    }

    @Test("teachers answer for the school, not by gender: the gap view says so")
    func genderGapTeachers() throws {
        let browser = try browser(80, 24, school: "Rognli", view: .genderGap)
        try browser.press(.character("r"), until: { $0.groupID == "laerer" })
        #expect(browser.screen.text.contains("svarer ikke per kjønn"))
    }

    @Test("a snapshot with two rounds: one change to show")
    func twoRounds() throws {
        let path = try RoundsFixture.snapshotPath(rounds: [2018, 2020])
        for (w, h) in Self.sizes {
            let browser = try browser(w, h, school: "Rognli", view: .development, snapshot: path)
            #expect(browser.state.info.rounds == [2018, 2020])
            expectGolden(browser.screen, named: "development-two-rounds-\(w)x\(h)")
        }
    }

    @Test("a snapshot with one round: no change yet, said plainly; the gap still works")
    func oneRound() throws {
        let path = try RoundsFixture.snapshotPath(rounds: [2020])
        let development = try browser(80, 24, school: "Rognli", view: .development, snapshot: path)
        #expect(development.screen.text.contains("Bare ett tidspunkt"))
        expectGolden(development.screen, named: "development-one-round-80x24")
        let gap = try browser(80, 24, school: "Rognli", view: .genderGap, snapshot: path)
        expectGolden(gap.screen, named: "gender-gap-one-round-80x24")
    }

    @Test("the results screen at 120 columns shows each factor's development; not at 80")
    func developmentColumn() throws {
        let wide = try BrowserHarness(width: 120, height: 40)
        wide.search("Rognli")
        #expect(wide.screen.lines[2].contains("utvikling"))
        let narrow = try BrowserHarness()
        narrow.search("Rognli")
        #expect(!narrow.screen.text.contains("utvikling"))
        let path = try RoundsFixture.snapshotPath(rounds: [2020])
        let oneRound = try BrowserHarness(width: 120, height: 40, snapshot: path)
        #expect(!oneRound.screen.text.contains("utvikling"), "one round has no development")
    }

    @Test("ASCII glyphs in the development view")
    func ascii() throws {
        let browser = try BrowserHarness(glyphs: .ascii)
        browser.search("Rognli")
        browser.press(.character("v"))
        let text = browser.screen.text
        #expect(!text.contains("▲") && !text.contains("·") && !text.contains("│") && !text.contains("░"))
        expectGolden(browser.screen, named: "development-ascii-80x24")
    }

    @Test("the legend of the views explains signs, intervals and d")
    func legend() throws {
        let browser = try BrowserHarness()
        browser.press(.character("v"), .character("i"))
        #expect(browser.screen.text.contains("to-utvalgsregelen"))
        expectGolden(browser.screen, named: "legend-views-80x24")
    }
}
