import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// Whole screens of the browser on the demo county, at the sizes users have.
@Suite struct BrowserGoldenTests {
    @Test("the county overview at 80×24")
    func countyAt80x24() throws {
        let browser = try BrowserHarness()
        expectGolden(browser.screen, named: "county-80x24")
    }

    @Test("the county overview at 120×40 uses the extra space")
    func countyAt120x40() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        expectGolden(browser.screen, named: "county-120x40")
    }

    @Test("a kommune found by search")
    func municipality() throws {
        let browser = try BrowserHarness()
        browser.search("åsnes")
        #expect(browser.state.currentUnit?.name == "Åsnes")
        expectGolden(browser.screen, named: "kommune-asnes-80x24")
    }

    @Test("a school, with kommune markers beside the county's")
    func school() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        #expect(browser.state.currentUnit?.name == "Rognli skole")
        expectGolden(browser.screen, named: "school-rognli-120x40")
    }

    @Test("a trinn of a school")
    func trinn() throws {
        let browser = try BrowserHarness()
        browser.search("Rognli")
        // The trinn list is the group's own (issue 11): 5. trinn is under Elever 5–10.
        for _ in 0..<8 where browser.state.groupID != "elev510" { browser.press(.character("r")) }
        browser.openSchool()
        browser.press(.down)
        #expect(browser.state.currentItem?.trinn == 5)
        expectGolden(browser.screen, named: "trinn-rognli-5-80x24")
    }

    @Test("factor detail: every trinn, boys and girls, each round")
    func factorDetail() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try BrowserHarness(width: width, height: height)
            browser.search("Rognli")
            browser.press(.tab, .enter)
            guard case .detail = browser.state.overlay else {
                Issue.record("no detail overlay")
                return
            }
            expectGolden(browser.screen, named: "detail-rognli-\(width)x\(height)")
        }
    }

    @Test("help is drawn from the keymap")
    func help() throws {
        let browser = try BrowserHarness()
        browser.press(.character("?"))
        expectGolden(browser.screen, named: "help-80x24")
    }

    @Test("the legend explains markers, signs and colours")
    func legend() throws {
        let browser = try BrowserHarness()
        browser.press(.character("i"))
        expectGolden(browser.screen, named: "legend-80x24")
    }

    @Test("boys and girls side by side")
    func genderSideBySide() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        browser.press(.character("K"), .character("K"), .character("K"))
        #expect(browser.state.genderMode == .sideBySide)
        expectGolden(browser.screen, named: "gender-side-by-side-120x40")
    }

    @Test("a hidden cell's text keeps a space before the development marks, «skjermet» alone when the reason is cut")
    func suppressedBesideDevelopment() throws {
        let browser = try BrowserHarness(width: 100, height: 30)
        browser.search("Ekhjemmet")
        try browser.press(.character("r")) { $0.groupID == "elev510" }
        let text = browser.screen.text
        #expect(text.contains("skjermet"))
        // A letter or an ellipsis straight before a development mark is text run into the marks.
        #expect(text.range(of: #"[A-Za-zæøå…][×▄▁▂▃▅▆▇█]"#, options: .regularExpression) == nil, "\(text)")
        #expect(!text.contains("gruppe×") && !text.contains("…×"))
        expectGolden(browser.screen, named: "suppressed-ekhjemmet-elever-5-10-100x30")
    }

    @Test("suppressed cells read as suppressed, with the reason")
    func suppressed() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Fjellgrenda")
        browser.openSchool()
        browser.press(.down, .down, .character("K"), .character("K"), .character("K"))
        let text = browser.screen.text
        // One stored reason for every hidden cell: telling small groups from the ones that protect them would
        // narrow them. Here no shown cell lies inside these, so the text cannot say more than «either».
        // The line under the table now names all three rounds before the reason, which leaves
        // «… eller for å…» of it on the line (it cut «… en mindre…» and lost 2018 and 2020).
        #expect(text.contains("2016, 2018 og 2020 skjermet: under 7 svar, eller for å"))
        #expect(!text.contains("skjermet for å verne en mindre gruppe"))
        #expect(!text.contains("færre enn 7 svar") && !text.contains("beskytte en liten gruppe"))
        expectGolden(browser.screen, named: "suppressed-fjellgrenda-side-by-side-120x40")
    }

    @Test("without colour, meaning is carried by glyphs, bold and reverse")
    func noColour() throws {
        let browser = try BrowserHarness(colors: false)
        browser.search("Rognli")
        expectGolden(browser.screen, named: "no-colour-80x24")
    }

    @Test("a non-UTF-8 terminal gets ASCII glyphs")
    func ascii() throws {
        let browser = try BrowserHarness(glyphs: .ascii)
        browser.search("Rognli")
        let text = browser.screen.text
        #expect(!text.contains("█") && !text.contains("┌"))
        expectGolden(browser.screen, named: "ascii-80x24")
    }

    @Test("too small: the current and the needed size", arguments: [(40, 10), (59, 24), (1, 1)])
    func tooSmall(size: (Int, Int)) throws {
        let browser = try BrowserHarness(width: size.0, height: size.1)
        expectGolden(browser.screen, named: "too-small-\(size.0)x\(size.1)")
    }
}
