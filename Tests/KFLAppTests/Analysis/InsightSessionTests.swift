import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// From the overview ("Hva skiller seg ut") and a theme to a pedagogisk
/// analyse with the chosen factor linked, through keys and a real workbook.
@Suite struct InsightSessionTests {
    /// Choosing the school (Enter on it in its kommune's list) opens the overview first.
    @Test func fromTheOverviewToAnAnalysisWithTheChosenFactorLinked() throws {
        let session = try AnalysisTestSession(
            width: 80, height: 24, round: 2020, school: "Svalåsen barneskole", trinn: 0)
        #expect(session.app.browser.state.currentItem?.label == "Svalåsen barneskole")
        #expect(session.app.browser.state.overlay == nil, "where the user left off opens as it was")
        session.press(.enter)
        let browser = session.app.browser.state
        #expect(browser.overlay == .overview(selected: 0))
        let lines = try #require(browser.highlights?.lines)
        let target = try #require(lines.firstIndex { $0.kind == .clearlyWorse })
        for _ in 0..<target { session.press(.down) }
        let chosen = lines[target].standing.factor
        #expect(session.screen.text.contains(Strings.Themes.overviewTitle))
        session.startAnalysisHere()  // "a", and Enter on the title it offers (issue 11)
        let analysis = try #require(session.state?.analysis)
        #expect(analysis.linkedFactors.map(\.factorID) == [chosen.id])
        #expect(analysis.linkedFactors.first?.view == .level)
        #expect(analysis.context.round == 2020)
        #expect(analysis.title == chosen.name)
        session.press(.character("3"))
        #expect(session.screen.text.contains(chosen.name))
        let stored = try #require(try session.workbook.load(id: analysis.id))
        #expect(stored.linkedFactors.map(\.factorID) == [chosen.id])
    }

    /// Every key the overview's help lists works there: `A` lists the school's analyses as it
    /// does from the results, and Esc returns to the overview.
    @Test func aInTheOverviewListsTheAnalysesAsTheHelpSays() throws {
        let session = try AnalysisTestSession(
            width: 80, height: 24, round: 2020, school: "Svalåsen barneskole", trinn: 0)
        session.press(.character("o"), .character("?"))
        #expect(session.screen.text.contains("analyser for denne enheten"), "\(session.screen.text)")
        session.press(.escape, .character("A"))
        #expect(session.app.mode == .list)
        #expect(session.app.list?.unit.name == "Svalåsen barneskole")
        session.press(.escape)
        #expect(session.app.mode == .browser)
        #expect(session.app.browser.state.overlay == .overview(selected: 0))
    }

    @Test func aChangedLineLinksTheChangeSinceTheRoundBefore() throws {
        let session = try AnalysisTestSession(
            width: 120, height: 40, round: 2020, school: "Svalåsen barneskole", trinn: 0)
        session.press(.character("o"))
        let lines = try #require(session.app.browser.state.highlights?.lines)
        let target = try #require(lines.firstIndex { $0.kind == .changedForBetter || $0.kind == .changedForWorse })
        for _ in 0..<target { session.press(.down) }
        session.startAnalysisHere()  // "a", and Enter on the title it offers (issue 11)
        let linked = try #require(session.state?.analysis.linkedFactors.first)
        #expect(linked.factorID == lines[target].standing.factor.id)
        #expect(linked.view == .development && linked.round == 2020 && linked.baseRound == 2018)
    }

    @Test func aThemeStartsAnAnalysisNamedAfterItWithEveryGroupsFactorLinked() throws {
        let session = try AnalysisTestSession(
            width: 120, height: 40, round: 2020, school: "Svalåsen barneskole", trinn: 0)
        session.press(.character("e"), .enter)
        let results = try #require(session.app.browser.state.themeResults)
        session.startAnalysisHere()  // "a", and Enter on the title it offers (issue 11)
        let analysis = try #require(session.state?.analysis)
        #expect(analysis.title == results.theme.name)
        #expect(analysis.linkedFactors.map(\.factorID) == results.standings.map(\.factor.id))
        #expect(Set(analysis.linkedFactors.map(\.trinn)) == [0])
    }
}
