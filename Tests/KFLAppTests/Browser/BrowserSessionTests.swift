import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// Scripted key sessions over the demo snapshot, checking what the user ends up seeing.
@Suite struct BrowserSessionTests {
    @Test("arrows and Enter walk kommune → skole → trinn, Esc walks back")
    func walkDownAndBack() throws {
        let browser = try BrowserHarness()
        let municipalities = browser.state.items.dropFirst().map(\.label)
        let asnes = try #require(municipalities.firstIndex(of: "Åsnes"))
        for _ in 0...asnes { browser.press(.down) }
        browser.press(.enter)
        #expect(browser.state.level == .municipality(browser.state.currentItem!.unitID))
        browser.press(.down)
        browser.openSchool()
        browser.press(.down)
        let school = try #require(browser.state.currentUnit)
        let firstTrinn = try #require(school.trinnRange?.lowerBound)
        #expect(browser.state.currentItem?.trinn == firstTrinn)
        let breadcrumb = browser.screen.lines[1]
        #expect(breadcrumb.contains("Hedmark › Åsnes › \(school.name) › \(firstTrinn). trinn"))
        browser.press(.escape, .escape)
        #expect(browser.state.level == .county)
        #expect(browser.state.currentItem?.label == "Åsnes")
        expectGolden(browser.screen, named: "session-walk-back-80x24")
    }

    @Test("kommuner are listed by name the Norwegian way, never by result")
    func norwegianOrder() throws {
        let browser = try BrowserHarness()
        let names = browser.state.items.dropFirst().map(\.label)
        #expect(names == NorwegianCollation.sorted(names, by: { $0 }))
        #expect(names.last == "Åsnes")
        #expect(names.firstIndex(of: "Våler")! < names.firstIndex(of: "Åmot")!)
    }

    @Test("search is case- and æøå-aware")
    func searchFolding() throws {
        let browser = try BrowserHarness()
        let tree = browser.state.tree
        let names = { (query: String) in
            BrowserUpdate.matches(for: query, in: tree).compactMap { tree.unit(id: $0)?.name }
        }
        #expect(names("ÅSNES").contains("Åsnes"))
        #expect(names("asnes") == names("aasnes"), "without æøå on the keyboard, a and aa find å")
        #expect(names("asnes").contains("Åsnes"))
        #expect(!names("åsnes").contains("Asnes"))
        #expect(names("stor-elv") == ["Stor-Elvdal"])
        browser.search("engerdal")
        #expect(browser.state.currentUnit?.name == "Engerdal")
        browser.press(.character("n"))
        #expect(browser.state.currentUnit != nil)
    }

    @Test("switching group, round and gender changes what the header says")
    func switches() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        let firstGroup = browser.state.groupID
        browser.press(.character("r"))
        #expect(browser.state.groupID != firstGroup)
        browser.press(.character("t"))
        #expect(browser.state.round == 2016)
        browser.press(.character("K"))
        #expect(browser.screen.lines[0].contains("gutter"))
        expectGolden(browser.screen, named: "session-switches-120x40")
    }

    @Test("lærere and skoleledere are offered at school level, not on a trinn")
    func groupsPerLevel() throws {
        let browser = try BrowserHarness()
        browser.search("Rognli")
        let schoolGroups = browser.state.loaded?.groups.map(\.id) ?? []
        #expect(schoolGroups.contains("laerer"))
        // The trinn list is the group's own (issue 11): Elever 5–10 lists 5.–7. trinn here.
        for _ in 0..<8 where browser.state.groupID != "elev510" { browser.press(.character("r")) }
        browser.openSchool()
        browser.press(.down, .down, .down, .down, .down, .down)
        let trinnGroups = browser.state.loaded?.groups.map(\.id) ?? []
        #expect(!trinnGroups.contains("laerer") && !trinnGroups.contains("skoleleder"))
        #expect(trinnGroups.contains("elev510"))
    }

    @Test("resizing to any size, down to 1×1, never breaks and comes back whole")
    func resizeAnywhere() throws {
        let browser = try BrowserHarness()
        browser.search("Rognli")
        let before = browser.screen
        for (w, h) in [(1, 1), (0, 0), (2, 30), (200, 3), (59, 15), (61, 17), (300, 100)] {
            browser.press(.resize(width: w, height: h))
            let screen = browser.screen
            #expect(screen.width == w && screen.height == h)
            browser.press(.down, .tab, .enter, .escape, .character("?"), .escape)
        }
        browser.press(.resize(width: 80, height: 24), .up)
        #expect(browser.screen.width == 80)
        _ = before
    }

    @Test("a remembered location opens where the user was")
    func location() throws {
        let first = try BrowserHarness()
        first.search("Rognli")
        first.openSchool()
        first.press(.down, .down, .down, .character("t"), .character("K"))
        let location = try #require(first.state.location)
        let second = try BrowserHarness(location: location)
        #expect(second.state.currentUnit?.name == "Rognli skole")
        #expect(second.state.currentItem?.trinn == 3)
        #expect(second.state.round == first.state.round)
        #expect(second.state.genderMode == .boys)
    }

    @Test("q and Ctrl-C quit from the browser and from overlays")
    func quit() throws {
        for keys in [
            [Key.character("q")], [Key.controlC], [Key.character("?"), .controlC], [Key.character("i"), .controlC],
        ] {
            let browser = try BrowserHarness()
            for key in keys { browser.press(key) }
            #expect(browser.state.quitRequested)
        }
    }
}
