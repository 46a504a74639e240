import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// Every key the help lists for moving does so in the help itself: PgDn and Space a
/// page down, PgUp a page up, End and G to the bottom, Home and g to the top. Esc,
/// q and ? close it.
@Suite struct BrowserHelpKeysTests {
    func scroll(_ browser: BrowserHarness) -> Int? {
        if case .help(let scroll)? = browser.state.overlay { return scroll }
        return nil
    }

    @Test func pageKeysAndEndsScrollTheHelp() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.character("?"))
        for _ in 0..<200 { browser.press(.down) }
        let end = try #require(scroll(browser))
        browser.press(.home)
        #expect(scroll(browser) == 0)
        browser.press(.pageDown)
        let page = try #require(scroll(browser))
        #expect(page > 1 && page <= end, "more than a line at once")
        browser.press(.character(" "))
        #expect(scroll(browser) == min(2 * page, end))
        browser.press(.pageUp)
        #expect(scroll(browser) == min(2 * page, end) - page)
        browser.press(.end)
        #expect(scroll(browser) == end)
        browser.press(.character("g"))
        #expect(scroll(browser) == 0)
        browser.press(.character("G"))
        #expect(scroll(browser) == end)
        browser.press(.character(" "), .pageDown)
        #expect(scroll(browser) == end, "no further than the end")
    }

    @Test(arguments: [Key.escape, .character("q"), .character("?")])
    func escQAndQuestionMarkCloseTheHelp(key: Key) throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.character("?"), .pageDown)
        #expect(scroll(browser) != nil)
        browser.press(key)
        #expect(browser.state.overlay == nil)
        #expect(!browser.state.quitRequested)
    }

    @Test func theAnalysisHelpGoesToItsEndsWithEndHomeGAndg() {
        var script = AnalysisScript()
        script.press(.character("4"), .character("?"))
        for _ in 0..<200 { script.press(.down) }
        guard case .help(let end)? = script.state.overlay else {
            Issue.record("the help closed")
            return
        }
        script.press(.home)
        #expect(script.state.overlay == .help(scroll: 0))
        script.press(.end)
        #expect(script.state.overlay == .help(scroll: end))
        script.press(.character("g"))
        #expect(script.state.overlay == .help(scroll: 0))
        script.press(.character("G"))
        #expect(script.state.overlay == .help(scroll: end))
        script.press(.character("q"))
        #expect(script.state.overlay == nil && !script.state.quitRequested)
    }
}
