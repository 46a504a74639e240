import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// Step 7 in the exports: an indicator for one trinn and gender with a target,
/// judged by the two-sample rule in the four honest answers.
@Suite struct IndicatorExportTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    func data(_ indicators: [Indicator]) throws -> AnalysisReportData {
        var analysis = Analysis(
            id: "a", title: "Uro blant guttene",
            unit: UnitReference(kind: .school, code: "0425-01", name: "Flisa skole"),
            context: AnalysisContext(round: 2016, groupID: "elev510", trinn: 7, gender: .boys),
            createdAt: AnalyseFixture.created)
        analysis.indicators = indicators
        return try AnalysisReportData.build(
            analysis: analysis, source: try SnapshotReader(path: fixture.snapshotPath),
            exportedAt: AnalyseFixture.exportedAt)
    }

    @Test("6. trinn boys with a target at a demo school: the outcome in words and codes, the target's status")
    func boysWithTarget() throws {
        let reader = try DemoFixture.reader()
        let school = try #require(reader.info.tree.units.first { $0.name == "Sætervangen barneskole" })
        var analysis = Analysis(
            id: "a", title: "Trivsel blant guttene", unit: UnitReference(school),
            context: AnalysisContext(round: 2016, groupID: "elev510", trinn: 6, gender: .boys),
            createdAt: AnalyseFixture.created)
        analysis.indicators = [
            Indicator(
                id: "i1", factorID: "e510_trivsel", trinn: 6, gender: .boys, changeSought: "Mer trivsel", target: 4.4,
                byRound: 2020)
        ]
        let data = try AnalysisReportData.build(
            analysis: analysis, source: reader, exportedAt: AnalyseFixture.exportedAt)
        let progress = try #require(data.indicators.first?.progress)
        #expect(progress.startRound == 2016 && progress.latestRound == 2020)
        let start = try #require(progress.start?.value)
        let latest = try #require(progress.latest?.value)
        let change = try #require(progress.change)
        #expect(change == TwoSampleComparison.compare(latest, with: start, direction: .higherIsBetter))
        #expect(progress.outcome == .clearChangeWanted, "4,12 (n 21) to 4,47 (n 24)")
        #expect(progress.targetStatus == .reached && latest.mean >= 4.4)
        let markdown = MarkdownAnalysisReport.render(data)
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Trivsel på skolen") })
        #expect(row.contains("Elever 5–10, 6. trinn, gutter"))
        #expect(row.contains("4,40 – målverdien er nådd"))
        #expect(row.contains("Endring 2016–2020: "))
        #expect(row.contains("95\u{00A0}%-intervall ["))
        #expect(row.contains(": klar endring i ønsket retning |"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: AnalysisBundle(data).jsonData()) as? [String: Any])
        let published = try #require((json["indicators"] as? [[String: Any]])?.first)
        #expect(published["outcomeCode"] as? String == "clearChangeWanted")
        #expect(published["targetStatusCode"] as? String == "reached")
        #expect((published["change"] as? [String: Any])?["verdictCode"] as? String == change.verdict.code)
    }

    @Test("boys hidden to protect three girls: cannot tell yet, and no change is computed")
    func suppressedBoys() throws {
        let indicator = Indicator(id: "i2", factorID: "e510_uro", trinn: 7, gender: .boys, target: 2.0)
        let data = try data([indicator])
        let progress = try #require(data.indicators.first?.progress)
        #expect(progress.start == .suppressed(.hidden))
        #expect(progress.outcome == .cannotTellYet)
        #expect(progress.change == nil)
        #expect(progress.targetStatus == .notYetMeasured)
        let markdown = MarkdownAnalysisReport.render(data)
        #expect(markdown.contains("Kan ikke avgjøres ennå. Endringen kan ikke beregnes"))
        #expect(markdown.contains("2,00 – ikke målt ennå"))
    }

    @Test("girls, too few to show: cannot tell yet, and no change is computed")
    func suppressedGirls() throws {
        let indicator = Indicator(id: "i2", factorID: "e510_uro", trinn: 7, gender: .girls, target: 2.0)
        let data = try data([indicator])
        let progress = try #require(data.indicators.first?.progress)
        #expect(progress.outcome == .cannotTellYet)
        #expect(progress.change == nil)
        #expect(progress.targetStatus == .notYetMeasured)
        let markdown = MarkdownAnalysisReport.render(data)
        #expect(markdown.contains("Kan ikke avgjøres ennå. Endringen kan ikke beregnes"))
        #expect(markdown.contains("2,00 – ikke målt ennå"))
    }
}
