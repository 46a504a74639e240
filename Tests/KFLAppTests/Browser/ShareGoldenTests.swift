import Foundation
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

@testable import KFLApp
@testable import KFLCore

/// Shares (andeler) in the browser: the factor detail's stacked bars for the unit, its
/// kommune and the county — shown, split only, hidden and why — and the results
/// screen's share column, on real snapshots.
@Suite("shares in the browser")
struct ShareGoldenTests {
    /// Rognli skole's factor detail open on Uro i timene (Elever 1.–4. trinn, lower is
    /// better), whose share the demo shows for the school, Åsnes and the county. (Its
    /// Trivsel på skolen share is hidden by the group rule: `detail-rognli-*`.)
    static func rognliDetail(
        width: Int, height: Int, colors: Bool = true, glyphs: Glyphs = .unicode, snapshot: String? = nil
    ) throws -> BrowserHarness {
        let browser = try BrowserHarness(
            width: width, height: height, colors: colors, glyphs: glyphs, snapshot: snapshot)
        browser.search("Rognli")
        browser.press(.tab, .down, .enter)
        guard case .detail = browser.state.overlay else { throw Failure("no detail overlay") }
        return browser
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// A copy of the demo snapshot where the school's and its kommune's shares (all trinn,
    /// all, the latest round, Uro i timene) are hidden — stored as the import stores them
    /// (`shares_hidden` 1, no bands: which rule hid a share is not stored).
    static func hiddenSharesSnapshot(in directory: URL) throws -> String {
        let browser = try rognliDetail(width: 80, height: 24)
        let state = browser.state
        let school = try #require(state.currentUnit)
        let municipality = try #require(state.tree.municipality(of: school))
        let factor = try #require(state.selectedFactor)
        let path = directory.appendingPathComponent("skjult.sqlite").path
        try FileManager.default.copyItem(atPath: try DemoFixture.snapshotPath(), toPath: path)
        let database = try SQLiteDatabase.open(path: path, mode: .readWrite)
        for (unit, code) in [(school.id, 1), (municipality.id, 1)] {
            try database.execute(
                "UPDATE cells SET band1 = NULL, band2 = NULL, band3 = NULL, band4 = NULL, shares_hidden = ? "
                    + "WHERE unit_id = ? AND round = ? AND trinn = 0 AND gender = 0 AND factor = ?",
                [code, unit, state.round, factor.number])
        }
        return path
    }

    @Test("the detail shows the school's, the kommune's and the county's share as stacked bars")
    func shownShares() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try Self.rognliDetail(width: width, height: height)
            let result = try #require(browser.state.detail?.byRound.first { $0.round == browser.state.round }?.result)
            for share in [result.unitShare, result.municipalityShare, result.countyShare] {
                guard case .shown(let count, let n, let bands?) = share else {
                    Issue.record("not shown with its bands: \(share)")
                    continue
                }
                #expect(browser.screen.text.contains(Strings.Shares.value(count: count, n: n)))
                #expect(bands.reduce(0, +) == n)
            }
            let label = try #require(result.factor.shareLabel)
            #expect(browser.screen.text.contains(label.capitalizedFirst + " (høsten 2020, alle trinn, alle)"))
            expectGolden(browser.screen, named: "detail-shares-rognli-\(width)x\(height)")
        }
        let ascii = try Self.rognliDetail(width: 80, height: 24, colors: false, glyphs: .ascii)
        #expect(ascii.screen.text.contains("Ugunstig side: #"))
        expectGolden(ascii.screen, named: "detail-shares-ascii-80x24")
    }

    @Test("a hidden share says «skjermet» and why, for the school and for its kommune")
    func hiddenShares() throws {
        let directory = try DemoFixture.temporaryDirectory("kfl-test-shares")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.hiddenSharesSnapshot(in: directory)
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try Self.rognliDetail(width: width, height: height, snapshot: path)
            let school = try #require(browser.state.currentUnit)
            let result = try #require(browser.state.detail?.byRound.first { $0.round == browser.state.round }?.result)
            #expect(result.unitShare == .hidden(.wholeGroup))
            #expect(result.municipalityShare == .hidden(.wholeGroup))
            let text = browser.screen.text
            // «skjermet» on the school's and the kommune's rows, the reason once under them (which
            // rule hid it is not stored, so there is one reason).
            for name in [browser.state.currentUnit?.name, browser.state.tree.municipality(of: school)?.name] {
                let row = text.split(separator: "\n").first { $0.contains("│ \(name ?? "?") ") }
                #expect(row?.contains(Strings.Shares.hiddenShort) == true, "\(name ?? "?")")
            }
            #expect(text.components(separatedBy: "Skjermet: andelen ville,").count == 2)
            expectGolden(browser.screen, named: "detail-shares-hidden-\(width)x\(height)")
        }
    }

    /// A copy of the demo snapshot where the school's share (all trinn, all, the latest
    /// round, Uro i timene) shows only its split, stored as the import stores a cell whose
    /// bands the group rule holds back: the unfavourable count, no bands.
    static func splitShareSnapshot(in directory: URL) throws -> (path: String, unfavourable: Int, n: Int) {
        let browser = try rognliDetail(width: 80, height: 24)
        let state = browser.state
        let school = try #require(state.currentUnit)
        let detail = try #require(state.detail)
        let value = try #require(detail.byRound.first { $0.round == state.round }?.result.unit?.value)
        guard case .shown(let bands)? = value.shares, let definition = detail.factor.shares else {
            throw Failure("Rognli's share is not shown in the demo")
        }
        let unfavourable = definition.unfavourable(bands, direction: detail.factor.direction)
        let path = directory.appendingPathComponent("delt.sqlite").path
        try FileManager.default.copyItem(atPath: try DemoFixture.snapshotPath(), toPath: path)
        let database = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try database.execute(
            "UPDATE cells SET band1 = NULL, band2 = NULL, band3 = NULL, band4 = NULL, unfavourable = ? "
                + "WHERE unit_id = ? AND round = ? AND trinn = 0 AND gender = 0 AND factor = ?",
            [unfavourable, school.id, state.round, detail.factor.number])
        return (path, unfavourable, value.n)
    }

    @Test("a share that may show only its split is a two-part bar")
    func splitShare() throws {
        let directory = try DemoFixture.temporaryDirectory("kfl-test-shares")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, unfavourable, n) = try Self.splitShareSnapshot(in: directory)
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try Self.rognliDetail(width: width, height: height, snapshot: path)
            let result = try #require(browser.state.detail?.byRound.first { $0.round == browser.state.round }?.result)
            #expect(result.unitShare == .shown(count: unfavourable, n: n, bands: nil))
            #expect(browser.screen.text.contains(Strings.Shares.splitOnly))
            #expect(browser.screen.text.contains(Strings.Shares.value(count: unfavourable, n: n)))
            expectGolden(browser.screen, named: "detail-shares-split-\(width)x\(height)")
        }
    }

    @Test("p shows the share column on the results screen")
    func shareColumn() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try BrowserHarness(width: width, height: height)
            browser.search("Rognli")
            browser.press(.tab, .character("p"))
            #expect(browser.state.showsShares)
            expectGolden(browser.screen, named: "results-shares-rognli-\(width)x\(height)")
        }
    }

    @Test("p at 100 and 120 columns keeps the development column and the two lines under the rows")
    func shareColumnKeepsTheDevelopment() throws {
        for width in [100, 120] {
            let browser = try BrowserHarness(width: width, height: 30)
            browser.search("Rognli")
            browser.press(.tab)
            let without = browser.screen.text
            #expect(without.contains(Strings.Development.developmentColumn), "\(width): development without p")
            browser.press(.character("p"))
            #expect(ResultsPane.showsShareColumn(browser.state) && ResultsPane.showsDevelopmentColumn(browser.state))
            let text = browser.screen.text
            #expect(text.contains(Strings.Development.developmentColumn), "\(width): development beside the share")
            let lines = browser.screen.lines
            // The selected factor spelled out over the rounds, right above the bottom border.
            let factor = try #require(browser.state.selectedFactor)
            #expect(lines[lines.count - 4].contains(factor.name + ":"), "\(lines[lines.count - 4])")
            if width == 100 { expectGolden(browser.screen, named: "results-shares-rognli-100x30") }
        }
    }

    @Test("the legend explains the share column and ×, when they show")
    func legendExplainsShareAndSuppressedMark() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let browser = try BrowserHarness(width: width, height: height)
            browser.search("Rognli")
            browser.press(.tab, .character("i"))
            #expect(!browser.screen.text.contains("andelen på den ugunstige siden"), "no share column, no line")
            browser.press(.escape, .character("p"), .character("i"))
            let text = browser.screen.text
            #expect(text.contains("andel  andelen på den ugunstige siden"))
            #expect(text.contains("mot fylkets andel. Enter på en faktor viser båndene."))
            if width == 120 { #expect(text.contains("× er et skjermet tidspunkt, tomt betyr ingen svar")) }
            #expect(text.contains("Ingen lister rangerer skoler eller kommuner."), "the last line still shows")
            expectGolden(browser.screen, named: "legend-shares-\(width)x\(height)")
        }
    }

    @Test("the share column never runs past the results pane; too narrow, it gives way", arguments: [60, 64, 70, 80])
    func shareColumnFitsNarrowWindows(width: Int) throws {
        let browser = try BrowserHarness(width: width, height: 16)
        browser.search("Rognli")
        browser.press(.tab, .character("p"))
        #expect(browser.state.showsShares)
        let rows = browser.screen.text.split(separator: "\n", omittingEmptySubsequences: false)
        // The results pane's right border is the last column of the rows between its top and bottom.
        for row in rows[3..<14] {
            #expect(row.last == "│", "\(width) columns: \(row)")
        }
        let columns = FactorRowView.Columns.fitting(width: 80 - 27, labelPreferred: 32, shares: true)
        #expect(columns.share > 0 && columns.bar >= FactorRowView.Columns.narrowestShareBar)
    }

    @Test("session: the detail shows the share, p toggles the column, the help and status line name p")
    func session() throws {
        let browser = try BrowserHarness(width: 120, height: 40)
        browser.search("Rognli")
        browser.press(.tab)
        #expect(browser.screen.text.contains("p andeler"))
        browser.press(.down, .enter)
        let detail = browser.screen.text
        let result = try #require(browser.state.detail?.byRound.first { $0.round == browser.state.round }?.result)
        guard case .shown(let count, let n, _) = result.unitShare else {
            Issue.record("Rognli's share is not shown")
            return
        }
        #expect(detail.contains(Strings.Shares.value(count: count, n: n)))
        browser.press(.escape)
        #expect(!browser.screen.text.contains(" andel "))
        browser.press(.character("p"))
        let withColumn = browser.screen.text
        #expect(withColumn.contains(Strings.Shares.percent(count, of: n)))
        #expect(withColumn.contains("andel"))
        browser.press(.character("p"))
        #expect(!browser.state.showsShares)
        #expect(!browser.screen.text.contains(Strings.Shares.columnHeading + " "))
        browser.press(.character("?"))
        #expect(browser.screen.text.contains(Strings.Shares.keyColumn))
    }
}
