import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// Step 3 and the report for an ungdomsskole's analysis at «alle trinn»: a linked development
/// and gap compare with the county pooled over 8.–10. trinn (`PooledReference`) and say so, as the
/// browser's tables do.
@Suite(.serialized) struct PooledLinkedDataTests {
    /// An analysis of Askløkka ungdomsskole (8.–10. trinn) at all trinn with a linked development and gap.
    func session() throws -> AnalysisTestSession {
        let session = try AnalysisTestSession(
            width: 80, height: 24, round: 2020, school: "Askløkka ungdomsskole", trinn: 0)
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        let workbook = try session.otherWindow()
        let links = [
            LinkedFactor(id: "l-dev", factorID: "e510_uro", trinn: 0, view: .development, round: 2020, baseRound: 2016),
            LinkedFactor(id: "l-gap", factorID: "e510_uro", trinn: 0, view: .genderGap, round: 2020),
        ]
        for link in links { try workbook.add(link, to: id) }
        session.app.tick()
        return session
    }

    @Test func step3LabelsThePooledCountyRowsInTheLinkedDevelopmentAndGap() throws {
        let session = try session()
        session.press(.character("3"), .home, .down)
        #expect(session.state?.focusedLinkedFactor?.id == "l-dev")
        #expect(session.screen.text.contains("   fylket (8.–10.) "))
        expectGolden(session.screen, named: "Analysis/step3-linked-development-pooled-80x24")
        session.press(.down)
        #expect(session.state?.focusedLinkedFactor?.id == "l-gap")
        #expect(session.screen.text.contains("   fylket (8.–10.) "))
    }

    @Test func theReportSaysTheCountysChangeAndGapAreOverTheSchoolsTrinn() throws {
        let session = try session()
        let id = try #require(session.state?.analysis.id)
        let analysis = try #require(try session.workbook.load(id: id))
        let data = try AnalysisReportData.build(analysis: analysis, source: session.reader, exportedAt: Date())
        let markdown = MarkdownAnalysisReport.render(data)
        // The county's change and gap are the linked table's last column.
        let linked = markdown.split(separator: "\n").filter { $0.hasPrefix("| Uro og forstyrrelser") }
        #expect(linked.filter { $0.hasSuffix(" (8.–10. trinn) |") }.count == 2, "\(linked)")
    }
}
