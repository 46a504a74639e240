import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// A leader group writes a whole analysis with the keyboard, starting from
/// the browser; then the workbook file, opened afresh, holds every word.
@Suite(.serialized) struct AnalysisScriptedSessionTests {
    let challenge = "Mye uro på 7. trinn, særlig blant guttene. Æøå, e\u{301} og 漢字 skal også lagres."
    let goal = "Mindre uro innen høsten 2022."
    let otherSources = "Observasjoner av timestarter.\nElevsamtaler."
    let h1 = "Ulike regler for timestart"
    let h2 = "Lite mestring for noen elever"
    let what = "Felles rutine for timestart"
    let who = "Alle lærere på mellomtrinnet"
    let fromWhen = "Uke 34"
    let howOften = "Hver time"
    let implementation = "Teamleder følger opp hver måned."
    let change = "Mindre uro"
    let answers = ["Ja, noe.", "Stort sett.", "Videreføres.", "Nei."]

    /// Moves a picker down to the row with `value` and chooses it.
    func pick(_ value: String, in session: AnalysisTestSession) throws {
        for _ in 0..<80 {
            guard case .picker(let picker)? = session.state?.overlay else { break }
            if let i = picker.list.selected, picker.rows[i].value == value { break }
            session.press(.down)
        }
        session.press(.enter)
    }

    /// Opens the editor, types, leaves it.
    func write(_ text: String, _ session: AnalysisTestSession) {
        session.press(.enter)
        session.type(text)
        session.press(.escape)
    }

    @Test func aWholeAnalysisWrittenThroughKeysIsInTheWorkbook() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        #expect(session.app.mode == .analysis)

        write(challenge, session)
        session.press(.tab)
        write(goal, session)
        session.press(.tab, .character("n"))
        try pick("e510_maal", in: session)
        session.press(.end)
        write(otherSources, session)

        session.press(.tab, .character("n"))
        session.type(h1)
        session.press(.escape)
        session.press(.character("p"), .character("p"), .character("p"), .character("v"))
        session.press(.character("b"), .character("b"), .character("b"), .character("u"), .character("e"))
        try pick("e510_uro", in: session)
        session.press(.escape, .character("n"))
        session.type(h2)
        session.press(.escape, .character("p"), .character("v"), .character("v"), .character("b"))
        session.press(.character("u"), .character("u"), .character("u"))

        session.press(.tab, .character("n"))
        session.type(what)
        session.press(.tab)
        session.type(who)
        session.press(.escape)
        session.press(.down)
        write(fromWhen, session)
        session.press(.down)
        write(howOften, session)
        session.press(.character("h"))
        try pick(try #require(session.state?.analysis.hypotheses.first?.id), in: session)
        session.press(.escape)

        session.press(.tab)
        write(implementation, session)
        session.press(.tab, .character("n"))
        try pick("e510_uro", in: session)
        session.type(change)
        session.press(.escape, .character("t"))
        for answer in answers {
            session.press(.down)
            write(answer, session)
        }
        #expect(session.state?.message == nil)
        session.press(.character("q"))
        #expect(session.app.quitRequested)

        let reopened = try Workbook(path: session.workbookPath)
        let summaries = try reopened.all()
        #expect(summaries.count == 1)
        let analysis = try #require(try reopened.load(id: summaries[0].id))
        #expect(analysis.title == "Uro og forstyrrelser i timene, 7. trinn")
        #expect(analysis.unit.code == session.unit.code)
        #expect(analysis.context == AnalysisContext(round: 2018, groupID: "elev510", trinn: 7, gender: .all))
        #expect(analysis.challenge == challenge)
        #expect(analysis.goal == goal)
        #expect(analysis.otherSources == otherSources)
        #expect(analysis.linkedFactors.map(\.factorID) == ["e510_uro", "e510_maal"])
        #expect(analysis.linkedFactors.allSatisfy { $0.trinn == 7 && $0.gender == .all })
        #expect(analysis.hypotheses.count == 2)
        let first = analysis.hypotheses[0], second = analysis.hypotheses[1]
        #expect(first.text == h1 && first.perspective == .teaching && first.assessment == .supported)
        #expect(
            first.importance == .high && first.influence == .yes && first.evidence == ["e510_uro"]
                && first.isPrioritised)
        #expect(second.text == h2 && second.perspective == .pupil && second.assessment == .notSupported)
        #expect(second.importance == .low && second.influence == .no && second.evidence.isEmpty)
        #expect(analysis.actions.count == 1)
        let action = analysis.actions[0]
        #expect(action.what == what && action.who == who && action.fromWhen == fromWhen && action.howOften == howOften)
        #expect(action.hypothesisIDs == [first.id])
        #expect(analysis.warnings().isEmpty)
        #expect(analysis.implementation == implementation)
        #expect(analysis.indicators.count == 1)
        let indicator = analysis.indicators[0]
        #expect(
            indicator.factorID == "e510_uro" && indicator.trinn == 7 && indicator.changeSought == change
                && indicator.byRound == 2022)
        #expect(AnalysisTextField.evaluationQuestions.map { analysis[$0] } == answers)
        #expect(analysis.stepsWithContent == Set(AnalysisStepKind.allCases))
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    @Test func aSecondAInTheBrowserOffersTheListWithNewFirst() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.escape, .escape)
        #expect(session.app.mode == .browser)
        session.press(.character("a"))
        #expect(session.app.mode == .list)
        #expect(session.app.list?.summaries.count == 1 && session.app.list?.list.selected == 0)
        session.press(.enter)
        #expect(session.app.mode == .analysis)
        #expect(try session.workbook.all().count == 2)
    }

    @Test func renameAndFinishFromTheList() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.escape, .character("r"), .control("u"))
        session.type("Timestart på 7. trinn")
        session.press(.enter, .character("f"))
        let summary = try #require(try session.workbook.all().first)
        #expect(summary.title == "Timestart på 7. trinn" && summary.status == .finished)
    }

    @Test func fromTheBrowserToAnIndicatorFor6TrinnBoysWithATarget() throws {
        let session = try AnalysisTestSession(round: 2016, school: "Sætervangen barneskole", trinn: 0)
        session.selectFactor("e510_trivsel")
        session.startAnalysisHere()
        #expect(session.state?.analysis.context.trinn == 0)
        session.press(.character("7"), .character("n"))
        try pick("e510_trivsel", in: session)
        session.type("Mer trivsel blant guttene")
        session.press(.escape, .character("T"))
        try pick("6", in: session)
        session.press(.character("K"))
        try pick("1", in: session)
        session.press(.character("m"))
        session.type("9")
        session.press(.enter)
        #expect(session.screen.text.contains("9 er utenfor skalaen 1–5."), "the field says what is wrong and stays")
        session.press(.control("u"))
        session.type("4,4")
        session.press(.enter)
        #expect(session.state?.overlay == nil)
        session.press(.character("t"))
        let text = session.screen.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(text.contains("Trivsel på skolen (6. trinn, gutter) · innen høsten 2020"))
        #expect(text.contains("klar endring i ønsket retning"))
        #expect(text.contains("Målverdi: 4,40 – målverdien er nådd"))
        session.press(.character("q"))

        let reopened = try Workbook(path: session.workbookPath)
        let id = try #require(try reopened.all().first?.id)
        let analysis = try #require(try reopened.load(id: id))
        let indicator = try #require(analysis.indicators.first)
        #expect(indicator.factorID == "e510_trivsel" && indicator.trinn == 6 && indicator.gender == .boys)
        #expect(indicator.target == 4.4 && indicator.changeSought == "Mer trivsel blant guttene")
        #expect(indicator.byRound == 2020)

        let data = try AnalysisReportData.build(analysis: analysis, source: session.reader, exportedAt: Date())
        let markdown = MarkdownAnalysisReport.render(data)
        // The indicator's row (step 3's share table has a row for the factor too).
        let row = try #require(
            markdown.split(separator: "\n").first {
                $0.hasPrefix("| Trivsel på skolen |") && $0.contains("Mer trivsel")
            })
        #expect(row.contains("| Elever 5–10, 6. trinn, gutter | Mer trivsel blant guttene |"))
        #expect(row.contains("| 4,40 – målverdien er nådd |"))
        #expect(row.contains("| 2016: 4,12 (n = 21) | 2020: 4,47 (n = 24) |"))
        #expect(row.contains("95\u{00A0}%-intervall ["))
        #expect(row.contains(": klar endring i ønsket retning |"))
    }

    @Test func aFromTheDevelopmentViewLinksTheChangeAndTheExportCarriesIt() throws {
        let session = try AnalysisTestSession(
            width: 120, height: 40, round: 2020, school: "Engdalen barneskole", trinn: 6, view: .development)
        session.press(.character("b"))
        #expect(session.app.browser.state.changeRounds! == (2016, 2020))
        session.startAnalysis()
        let linked = try #require(session.state?.analysis.linkedFactors.first)
        #expect(linked.view == .development && linked.round == 2020 && linked.baseRound == 2016)
        session.press(.character("3"))
        let text = session.screen.text
        #expect(text.contains("utvikling 2016–2020 (6. trinn)"))
        #expect(text.contains("Endring 2016–2020"))
        let id = try #require(session.state?.analysis.id)
        session.press(.escape)
        #expect(session.app.mode == .list)
        #expect(session.screen.text.contains("n: ny analyse fra 6. trinn, utvikling 2016–2020"))

        let analysis = try #require(try session.workbook.load(id: id))
        let data = try AnalysisReportData.build(analysis: analysis, source: session.reader, exportedAt: Date())
        let change = try #require(data.linkedFactors.first?.data)
        #expect(change.outcome.comparison != nil)
        let markdown = MarkdownAnalysisReport.render(data)
        #expect(markdown.contains("**Endring, kull og forskjell mellom gutter og jenter**"))
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Uro og forstyrrelser") })
        #expect(row.contains("| Utvikling 2016–2020 |"))
        #expect(row.contains("Endring 2016–2020: "))
        #expect(row.contains(Strings.Development.changeVerdict(change.outcome.verdict)))
    }
}
