import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// "Hva skiller seg ut" is the first screen after choosing a school (issue 9,
/// item 4): opening it in the tree or the search, never moving over it; a
/// kommune, the county and a trinn open as before, and Esc always leads on.
@Suite struct OverviewFirstTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The county list, down to Løten, Enter, down to Svalåsen barneskole: no overview on the way.
    func atSvalasenInItsKommune(_ width: Int, _ height: Int) throws -> BrowserHarness {
        let browser = try BrowserHarness(width: width, height: height)
        try browser.press(.down, until: { $0.currentItem?.label == "Løten" })
        browser.press(.enter)
        #expect(browser.state.level != .county && browser.state.overlay == nil, "a kommune opens its schools")
        for _ in 0..<60 where browser.state.currentItem?.label != "Svalåsen barneskole" {
            browser.press(.down)
            #expect(browser.state.overlay == nil, "moving over schools opens nothing")
        }
        #expect(browser.state.currentItem?.label == "Svalåsen barneskole")
        return browser
    }

    @Test("Enter on a school in the tree opens its overview, at 80×24 and 120×40")
    func choosingASchoolInTheTree() throws {
        for (w, h) in Self.sizes {
            let browser = try atSvalasenInItsKommune(w, h)
            let school = try #require(browser.state.currentItem?.unitID)
            #expect(browser.screen.lines.last?.contains("Enter oversikt") == true, "the status line says it")
            browser.press(.enter)
            #expect(browser.state.overlay == .overview(selected: 0))
            #expect(browser.state.level == .school(school))
            #expect(browser.state.highlights?.unit.id == school)
            #expect(browser.state.highlights?.round == 2020)
            let text = browser.screen.text
            #expect(text.contains("Hva skiller seg ut – Svalåsen barneskole"))
            #expect(text.contains("Klart svakere enn fylket ("))
            #expect(text.contains("Esc: tilbake"), "it says what Esc does, in the status line's word")
            expectGolden(browser.screen, named: "overview-chosen-svalasen-\(w)x\(h)")
        }
    }

    @Test("Esc, Backspace, ← and h from the chosen school's overview land on the school's results")
    func leavingTheOverview() throws {
        for key in [Key.escape, .backspace, .left, .character("h")] {
            let browser = try atSvalasenInItsKommune(80, 24)
            let school = try #require(browser.state.currentItem?.unitID)
            browser.press(.enter, key)
            #expect(browser.state.overlay == nil)
            #expect(browser.state.level == .school(school), "on the school's trinn list")
            #expect(browser.state.currentItem?.unitID == school && browser.state.currentItem?.trinn == 0)
            #expect(browser.state.loaded?.key.unitID == school)
            #expect(browser.screen.text.contains("Resultater – Svalåsen barneskole"))
            // Down to a trinn is browsing the school, as before.
            browser.press(.down)
            #expect(browser.state.overlay == nil && (browser.state.currentItem?.trinn ?? 0) > 0)
            #expect(
                browser.screen.text.contains(
                    "Resultater – Svalåsen barneskole, \(browser.state.currentItem?.trinn ?? 0). trinn"))
            // Back up to the kommune: the cursor on the school, nothing popping up.
            browser.press(.escape)
            #expect(browser.state.overlay == nil && browser.state.currentItem?.unitID == school)
            #expect(browser.state.level != .school(school))
            browser.press(.character("o"))
            #expect(browser.state.overlay == .overview(selected: 0), "o still opens it anywhere")
        }
    }

    /// The README says `o` shows the overview anywhere; in a theme, the theme list and a
    /// factor's detail it did nothing (or only closed the detail).
    @Test("o opens the overview from a theme, the theme list and a factor's detail")
    func oFromEverywhere() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.choose("Svalåsen")
        browser.press(.escape)
        browser.press(.tab, .enter)
        guard case .detail? = browser.state.overlay else {
            Issue.record("no factor detail: \(String(describing: browser.state.overlay))")
            return
        }
        browser.press(.character("o"))
        #expect(browser.state.overlay == .overview(selected: 0), "from a factor's detail")
        browser.press(.character("e"))
        guard case .theme? = browser.state.overlay else {
            Issue.record("no theme: \(String(describing: browser.state.overlay))")
            return
        }
        browser.press(.character("o"))
        #expect(browser.state.overlay == .overview(selected: 0), "from a theme")
        browser.press(.escape, .character("e"), .character("e"))
        guard case .themes? = browser.state.overlay else {
            Issue.record("no theme list: \(String(describing: browser.state.overlay))")
            return
        }
        browser.press(.character("o"))
        #expect(browser.state.overlay == .overview(selected: 0), "from the theme list")
        browser.press(.character("o"))
        #expect(browser.state.overlay == .overview(selected: 0), "o in the overview keeps it")
    }

    @Test("choosing a school in the search opens its overview; choosing a kommune does not")
    func choosingInTheSearch() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.choose("Svalåsen")
        #expect(browser.state.overlay == .overview(selected: 0))
        #expect(browser.state.highlights?.unit.name == "Svalåsen barneskole")
        browser.press(.escape)
        #expect(browser.state.overlay == nil)
        #expect(browser.state.currentUnit?.name == "Svalåsen barneskole")
        #expect(browser.screen.text.contains("Resultater – Svalåsen barneskole"))
        browser.choose("Løten")
        #expect(browser.state.overlay == nil, "a kommune opens as before")
        #expect(browser.state.currentUnit?.name == "Løten")
    }

    @Test("n and N step through the search's schools without opening the overview")
    func searchHitsDoNotOpenIt() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.search("skole")
        #expect(browser.state.search.matches.count > 2)
        let first = browser.state.currentUnit?.id
        browser.press(.character("n"))
        #expect(browser.state.overlay == nil && browser.state.currentUnit?.id != first)
        browser.press(.character("N"))
        #expect(browser.state.overlay == nil && browser.state.currentUnit?.id == first)
    }

    @Test("the county and a kommune show their results, never the overview, until o")
    func countyAndKommune() throws {
        let browser = try BrowserHarness(width: 80, height: 24)
        browser.press(.tab)
        #expect(browser.state.overlay == nil && browser.state.focus == .results, "the county's results")
        browser.press(.tab, .down)
        #expect(browser.screen.lines.last?.contains("Enter åpne") == true, "on a kommune Enter opens it")
        browser.press(.enter)
        #expect(browser.state.overlay == nil && browser.state.currentUnit?.kind == .municipality)
        #expect(browser.screen.text.contains("Resultater – \(browser.state.currentUnit?.name ?? "?")"))
        browser.press(.character("o"))
        #expect(browser.state.overlay == .overview(selected: 0))
    }

    @Test("a remembered school opens as it was left; a school named at start (kfl --skole) opens its overview")
    func startUp() throws {
        let probe = try BrowserHarness()
        let school = try #require(probe.state.tree.units.first { $0.name == "Svalåsen barneskole" })
        let location = BrowserLocation(unitKind: .school, unitCode: school.code, round: 2018)
        let remembered = try BrowserHarness(width: 80, height: 24, location: location)
        #expect(remembered.state.overlay == nil)
        #expect(remembered.state.currentUnit?.id == school.id && remembered.state.round == 2018)
        let chosen = BrowserRuntime(
            source: try DemoFixture.reader(), snapshotName: "demo.sqlite", width: 80, height: 24,
            location: location, chosen: true)
        #expect(chosen.state.overlay == .overview(selected: 0))
        #expect(chosen.state.highlights?.unit.id == school.id && chosen.state.highlights?.round == 2018)
        chosen.handle(.escape)
        #expect(chosen.state.overlay == nil && chosen.state.currentUnit?.id == school.id)
        let loten = try #require(probe.state.tree.units.first { $0.name == "Løten" })
        let kommune = BrowserRuntime(
            source: try DemoFixture.reader(), snapshotName: "demo.sqlite", width: 80, height: 24,
            location: BrowserLocation(unitKind: .municipality, unitCode: loten.code), chosen: true)
        #expect(kommune.state.overlay == nil, "kfl --kommune opens the kommune's results")
        #expect(kommune.state.currentUnit?.id == loten.id)
    }
}
