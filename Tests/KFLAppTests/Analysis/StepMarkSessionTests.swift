import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// The step bar marks what the group has filled in. An analysis started with
/// `a` has the factor in view linked in step 3 as its starting point: step 3
/// is still empty (○) until the group links or changes a result itself, or
/// writes about other sources.
@Suite(.serialized) struct StepMarkSessionTests {
    func stepBar(_ session: AnalysisTestSession) -> String { session.screen.text.split(separator: "\n")[1].description }

    @Test func aNewAnalysisHasNoStepFilledInUntilTheGroupChangesTheStartingLink() throws {
        let session = try AnalysisTestSession(width: 120, height: 40)
        session.startAnalysis()
        session.press(.character("3"))
        #expect(session.state?.analysis.linkedFactors.map(\.isStartingPoint) == [true])
        #expect(stepBar(session).contains("[3 Informasjon ○]"))
        #expect(!stepBar(session).contains("●"), "nothing is filled in yet: \(stepBar(session))")

        // The group moves the link to another trinn: now it is their choice.
        session.press(.character("T"), .up, .enter)
        let linked = try #require(session.state?.analysis.linkedFactors.first)
        #expect(linked.trinn != 7 && !linked.isStartingPoint)
        #expect(stepBar(session).contains("[3 Informasjon ●]"))
        let id = try #require(session.state?.analysis.id)
        let stored = try #require(try Workbook(path: session.workbookPath).load(id: id))
        #expect(stored.linkedFactors.map(\.isStartingPoint) == [false])
    }

    /// «Støttet» with nothing to stand on: step 4 gets its «!» and says what to look at; one
    /// linked factor ties it.
    @Test func aHypothesisJudgedSupportedWithoutDataMarksStep4() throws {
        let session = try AnalysisTestSession(width: 120, height: 40)
        session.startAnalysis()
        session.press(.character("4"), .character("n"))
        session.type("Elevene er slitne etter friminuttet")
        session.press(.escape, .character("v"))
        #expect(session.state?.analysis.hypotheses.first?.assessment == .supported)
        #expect(stepBar(session).contains("[4 Analyse ●!]"), "\(stepBar(session))")
        #expect(session.screen.text.contains("Løse tråder"))
        #expect(session.screen.text.contains("er vurdert som støttet av"))
        session.press(.character("e"))
        guard case .picker? = session.state?.overlay else {
            Issue.record("no evidence picker")
            return
        }
        session.press(.enter)
        #expect(session.state?.analysis.hypotheses.first?.evidence.isEmpty == false)
        #expect(stepBar(session).contains("[4 Analyse ●]"), "\(stepBar(session))")
        #expect(!session.screen.text.contains("Løse tråder"))
    }
}
