import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// Keys of the views: `v` steps through them, `b` chooses the round a change
/// is measured from, `t` the round it is measured to.
@Suite struct ViewsSessionTests {
    @Test("v steps through the five views and back to levels; V steps back")
    func cycle() throws {
        let browser = try BrowserHarness()
        var seen: [ResultsView] = [browser.state.view]
        for _ in 0..<5 {
            browser.press(.character("v"))
            seen.append(browser.state.view)
        }
        #expect(seen == [.levels, .development, .sameTrinn, .sameClass, .genderGap, .levels])
        browser.press(.character("V"))
        #expect(browser.state.view == .genderGap)
        #expect(browser.screen.lines[2].contains("Gutter og jenter"))
    }

    @Test("b and t choose the two rounds of the change, and the heading follows")
    func chooseRounds() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        browser.press(.character("v"))
        #expect(browser.screen.text.contains("Endring 2018–2020"))
        browser.press(.character("b"))
        #expect(browser.screen.text.contains("Endring 2016–2020"))
        browser.press(.character("b"))
        #expect(browser.screen.text.contains("Endring 2018–2020"), "b wraps to the latest earlier round")
        browser.press(.character("T"))
        #expect(browser.state.round == 2018)
        #expect(browser.screen.text.contains("Endring 2016–2018"))
        browser.press(.character("T"))
        #expect(browser.state.round == 2016)
        #expect(!browser.screen.text.contains("Endring"))
        browser.press(.character("b"))
        #expect(browser.state.message == Strings.Development.noEarlierRound)
    }

    @Test("the selected factor is spelled out below the table, and follows the cursor")
    func footerFollowsSelection() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        browser.press(.character("v"), .tab)
        let names = browser.state.loaded?.byGender.first?.areas.flatMap(\.factors).map(\.factor.name) ?? []
        let footer = browser.screen.lines.suffix(5).joined(separator: "\n")
        #expect(footer.contains(names[0] + ": 2016"))
        browser.press(.down)
        #expect(browser.screen.text.contains(names[1] + ": 2016"))
    }

    @Test("scrolling the development view keeps the selected factor in sight")
    func scrolling() throws {
        let browser = try BrowserHarness()
        browser.search("Rognli")
        // 6. trinn is under Elever 5–10, whose trinn list is its own (issue 11).
        for _ in 0..<8 where browser.state.groupID != "elev510" { browser.press(.character("r")) }
        browser.openSchool()
        browser.press(.down, .down, .character("v"), .tab, .end)
        #expect(browser.state.currentItem?.trinn == 6)
        let last = try #require(browser.state.loaded?.byGender.first?.areas.flatMap(\.factors).last?.factor.name)
        let prefix = String(last.prefix(12))
        #expect(browser.screen.lines.contains { $0.contains(" " + prefix) })
    }

    @Test("the view is remembered with the place")
    func remembered() throws {
        let first = try BrowserHarness()
        first.search("Rognli")
        first.press(.character("v"), .character("v"))
        let location = try #require(first.state.location)
        let second = try BrowserHarness(location: location)
        #expect(second.state.view == .sameTrinn)
    }

    @Test("the help lists the keys of the views, from the keymap")
    func help() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.press(.character("?"))
        let text = browser.screen.text
        #expect(text.contains("visning"))
        #expect(text.contains("endring fra"))
    }

    @Test("no view ranks: factors keep the instrument's order in every view")
    func noRanking() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        let order = browser.state.loaded?.byGender.first?.areas.flatMap(\.factors).map(\.factor.number) ?? []
        #expect(order == order.sorted())
        for _ in 0..<4 {
            browser.press(.character("v"))
            let series = browser.state.loaded?.series?.flatMap(\.factors).map(\.factor.number)
            let gaps = browser.state.loaded?.gaps?.flatMap(\.factors).map(\.factor.number)
            if let numbers = series ?? gaps { #expect(numbers == order) }
        }
    }
}
