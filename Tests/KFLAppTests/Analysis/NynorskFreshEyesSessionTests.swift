import Foundation
import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

/// What a fresh-eyes rektor found in a nynorsk session, checked in both
/// languages: step 7's text field has its label and an unset round reads
/// well; every picker that does not search moves with j and k; `s` offers the
/// suggestions of every linked factor after the first is taken; a factor
/// linked as a change is shown as that change, with its verdict, in step 4
/// and in the export.
@Suite(.serialized) struct NynorskFreshEyesSessionTests {
    static let languages: [Language] = [.bokmal, .nynorsk]

    @Test("step 7 labels the change sought and names an unset round", arguments: languages)
    func indicatorLabelAndUnsetRound(language: Language) throws {
        try Language.$current.withValue(language) {
            let session = try AnalysisTestSession(width: 120, height: 40)
            session.startAnalysis()
            session.press(.character("7"), .character("n"), .enter)
            session.type("Mindre uro")
            session.press(.escape)
            let indicator = try #require(session.state?.analysis.indicators.first)
            #expect(indicator.byRound != nil)
            for _ in 0..<5 where session.state?.analysis.indicators.first?.byRound != nil {
                session.press(.character("t"))
            }
            #expect(session.state?.analysis.indicators.first?.byRound == nil)
            let lines = session.screen.text.components(separatedBy: "\n")
            let label = try #require(lines.firstIndex { $0.contains(Strings.Analysis.indicatorChange + ":") })
            #expect(lines[label + 1].contains("│ Mindre uro"), "the label stands over the text it names")
            // Whole, under the factor's name where the line has no room for it.
            let notSet = language == .bokmal ? "tidspunkt ikke valgt (t)" : "tidspunkt ikkje valt (t)"
            #expect(Strings.AnalysisTUI.byRoundNotSet == notSet)
            #expect(lines[label - 1].contains(notSet))
            #expect(lines[label - 2].contains("Uro og forstyrr"))
        }
    }

    @Test("j and k move in the suggestions, g and G go to the ends; Enter takes the row j moved to")
    func jAndKMoveInTheSuggestions() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.character("4"), .character("s"))
        guard case .picker(let opened)? = session.state?.overlay else {
            Issue.record("s opens the suggestions")
            return
        }
        let values = opened.visibleRows.compactMap(\.value)
        #expect(values.count > 2)
        #expect(opened.selectedRow?.value == values[0])
        session.press(.character("j"), .character("j"))
        guard case .picker(let moved)? = session.state?.overlay else { return }
        #expect(moved.selectedRow?.value == values[2])
        session.press(.character("k"))
        guard case .picker(let back)? = session.state?.overlay else { return }
        #expect(back.selectedRow?.value == values[1])
        session.press(.character("G"))
        guard case .picker(let last)? = session.state?.overlay else { return }
        #expect(last.selectedRow?.value == values.last)
        session.press(.character("g"), .character("j"), .enter)
        let taken = try #require(session.state?.analysis.hypotheses.first)
        let second = try #require(opened.visibleRows.first { $0.value == values[1] })
        #expect(second.text.hasSuffix(taken.text), "Enter after g j takes the second suggestion, not the first")
    }

    @Test("j and k type into the factor search: there they are letters of a name")
    func jAndKSearchInTheFactorList() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        session.press(.character("3"), .character("n"), .character("j"))
        guard case .picker(let picker)? = session.state?.overlay else {
            Issue.record("n opens the factor list")
            return
        }
        #expect(picker.filter == "j")
    }

    @Test("after a suggestion is taken, s still offers those of every linked factor", arguments: languages)
    func suggestionsOfEveryLinkedFactorStay(language: Language) throws {
        try Language.$current.withValue(language) {
            let session = try AnalysisTestSession()
            session.startAnalysis()
            // Link «Relasjon til lærerne» too.
            session.press(.character("3"), .character("n"))
            session.type("lærerne")
            if language == .nynorsk {
                for _ in 0..<7 { session.press(.backspace) }
                session.type("lærarane")
            }
            session.press(.enter)
            let linked = session.state?.analysis.linkedFactors.map(\.factorID) ?? []
            #expect(linked == ["e510_uro", "e510_relasjon_laerer"])
            session.press(.character("4"), .character("s"))
            let before = try headings(session)
            #expect(before.count == 2)
            session.press(.enter)
            #expect(session.state?.analysis.hypotheses.count == 1)
            // The cursor is now on the new hypothesis, whose data is one factor.
            session.press(.character("s"))
            #expect(try headings(session) == before)
            guard case .picker(let picker)? = session.state?.overlay else { return }
            #expect(picker.rows.filter { $0.text.hasSuffix(Strings.AnalysisTUI.alreadyTaken) }.count == 1)
        }
    }

    @Test("a suggestion taken before goes to its hypothesis and says so, not a second copy", arguments: languages)
    func aTakenSuggestionIsNotTakenTwice(language: Language) throws {
        try Language.$current.withValue(language) {
            let session = try AnalysisTestSession()
            session.startAnalysis()
            session.press(.character("4"), .character("s"), .enter)
            session.press(.character("n"))
            session.type("Eigen hypotese")
            session.press(.escape)
            let hypotheses = try #require(session.state?.analysis.hypotheses)
            #expect(hypotheses.count == 2)
            #expect(session.state?.focus == .hypothesis(id: hypotheses[1].id))
            session.press(.character("s"), .enter)
            #expect(session.state?.analysis.hypotheses.count == 2)
            #expect(session.state?.focus == .hypothesis(id: hypotheses[0].id))
            let said =
                language == .bokmal ? "Forslaget er allerede tatt med som H1." : "Forslaget er alt teke med som H1."
            #expect(session.state?.notice?.text == said)
            #expect(session.screen.text.contains(said))
        }
    }

    func headings(_ session: AnalysisTestSession) throws -> [String] {
        guard case .picker(let picker)? = session.state?.overlay else {
            Issue.record("s opens the suggestions")
            return []
        }
        return picker.rows.filter { $0.value == nil }.map(\.text)
    }

    @Test("a factor linked as a change is shown as that change in step 4 and in the export", arguments: languages)
    func evidenceLinkedAsAChange(language: Language) throws {
        try Language.$current.withValue(language) {
            let session = try AnalysisTestSession(width: 120, height: 40)
            session.startAnalysis()
            session.press(.character("3"), .home, .character("v"))
            let link = try #require(session.state?.analysis.linkedFactors.first)
            #expect(link.view == .development)
            let data = try #require(session.state?.linkedData[link.id])
            guard case .compared(let change) = data.outcome else {
                Issue.record("the demo school's change 2016–2018 is compared")
                return
            }
            session.press(.character("4"), .character("n"))
            session.type("Ulike regler for timestart")
            session.press(.escape, .character("e"), .enter, .escape)
            #expect(session.state?.analysis.hypotheses.first?.evidence == ["e510_uro"])
            let expected = Strings.Analysis.linkedEvidence(data, minimumN: 7)
            let name = try #require(session.state?.info.instrument.factor(id: "e510_uro")?.name)
            #expect(expected.hasPrefix(name + " (" + Strings.Analysis.linkedViewName(.development) + " 2016–2018): "))
            #expect(expected.contains(NorwegianFormat.signedDecimal(change.difference, digits: 2)))
            #expect(expected.hasSuffix(Strings.Development.changeVerdict(change.verdict)))
            // The data line, wrapped in the fields' column (left of the guide's box).
            let lines = session.screen.text.components(separatedBy: "\n")
            let first = try #require(lines.firstIndex { $0.contains(Strings.AnalysisTUI.dataLabel + ": ") })
            let shown = lines[first...(first + 1)].map { line in
                line.components(separatedBy: "│").first?.trimmingCharacters(in: .whitespaces) ?? ""
            }.joined(separator: " ")
            #expect(shown == Strings.AnalysisTUI.dataLabel + ": " + expected)
            #expect(!shown.contains(Strings.Browser.county), "the change, not the level against the county")

            session.press(.character("E"), .character("m"))
            let folder = session.directory.appendingPathComponent("home/Dokumenter").path
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
            let markdown = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(markdown.contains("- \(Strings.Analysis.evidenceLabel): \(expected)"))
        }
    }
}
