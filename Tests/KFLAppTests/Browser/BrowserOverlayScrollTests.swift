import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// The help and the factor detail scroll no further than their end, so one
/// Up always moves; PgDn in a list moves by what the pane shows.
@Suite struct BrowserOverlayScrollTests {
    @Test func theHelpStopsAtItsEndAndOneUpMoves() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.character("?"))
        for _ in 0..<100 { browser.press(.down) }
        guard case .help(let end)? = browser.state.overlay else {
            Issue.record("the help closed")
            return
        }
        #expect(end > 0 && end < 100)
        let bottom = browser.screen
        browser.press(.up)
        #expect(browser.state.overlay == .help(scroll: end - 1))
        #expect(browser.screen.text != bottom.text)
    }

    @Test func theFactorDetailStopsAtItsEndAndOneUpMoves() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.tab, .enter)
        for _ in 0..<10 { browser.press(.pageDown) }
        guard case .detail(_, let end)? = browser.state.overlay else {
            Issue.record("no detail")
            return
        }
        #expect(end > 0 && end < 40)
        browser.press(.up)
        guard case .detail(_, let after)? = browser.state.overlay else { return }
        #expect(after == end - 1)
    }

    @Test func pageDownInTheKommuneListMovesByTheRowsItShows() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.pageDown)
        // 24 rows: header, breadcrumb and status leave 21, the box's border 19; a page keeps one row.
        #expect(browser.state.navigation.selected == 18)
    }
}
