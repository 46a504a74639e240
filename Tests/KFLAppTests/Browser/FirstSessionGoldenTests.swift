import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// The screens of a rektor's first session that once misled: two schools of
/// one name, a list longer than its pane, the trinn of each group, and a
/// terminal without UTF-8 — each at 80×24 and 120×40.
@Suite struct FirstSessionGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test func twoSchoolsOfOneNameAreShownWithTheirKommune() throws {
        for (width, height) in Self.sizes {
            let browser = try BrowserHarness(width: width, height: height)
            browser.press(.character("/"))
            browser.type("Svalåsen")
            let text = browser.screen.text
            #expect(text.contains("Løten") && text.contains("Åsnes"))
            expectGolden(browser.screen, named: "search-svalasen-\(width)x\(height)")
            // ↓ moves to the second hit; Enter opens that one, not the first.
            browser.press(.down, .enter)
            let opened = try #require(browser.state.currentUnit)
            let kommune = browser.state.tree.municipality(of: opened)?.name
            #expect(opened.name == "Svalåsen barneskole" && kommune == "Åsnes")
            #expect(browser.state.highlights?.unit.id == opened.id, "choosing a school shows its overview")
        }
    }

    /// `r` until the group whose name starts with `prefix` is shown.
    static func showGroup(_ prefix: String, _ browser: BrowserHarness) {
        for _ in 0..<8 where browser.state.group?.name.hasPrefix(prefix) != true { browser.press(.character("r")) }
        #expect(browser.state.group?.name.hasPrefix(prefix) == true)
    }

    @Test func aListLongerThanItsPaneSaysThereIsMoreBelow() throws {
        for (width, height) in Self.sizes {
            let browser = try BrowserHarness(width: width, height: height)
            browser.search("Rognli")
            Self.showGroup("Elever 5", browser)
            browser.press(.tab)
            expectGolden(browser.screen, named: "results-more-below-\(width)x\(height)")
        }
    }

    @Test func eachGroupListsOnlyItsOwnTrinn() throws {
        for (width, height) in Self.sizes {
            let browser = try BrowserHarness(width: width, height: height)
            browser.search("Rognli")
            browser.openSchool()
            for (prefix, range, name) in [("Elever 5", 5...10, "5-10"), ("Elever 1", 1...4, "1-4")] {
                Self.showGroup(prefix, browser)
                let trinn = browser.state.items.compactMap(\.trinn).filter { $0 > 0 }
                #expect(!trinn.isEmpty && trinn.allSatisfy { range.contains($0) }, "\(prefix): \(trinn)")
                expectGolden(browser.screen, named: "trinn-elever-\(name)-\(width)x\(height)")
            }
        }
    }

    @Test func aTerminalWithoutUTF8ShowsAeOeAaAndNoStrayLetters() throws {
        for (width, height) in Self.sizes {
            let browser = try BrowserHarness(width: width, height: height, glyphs: .ascii)
            browser.search("Svalåsen")
            let text = browser.screen.text
            #expect(text.contains("Svalaasen") && text.contains("Loeten"))
            #expect(!text.contains("å") && !text.contains("ø") && !text.contains("↓"))
            expectGolden(browser.screen, named: "ascii-svalasen-\(width)x\(height)")
        }
    }
}
