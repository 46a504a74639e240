import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

@Suite struct AnalysisReportTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    @Test func markdownReportMatchesTheGolden() throws {
        expectGolden(
            try fixture.normalised(MarkdownAnalysisReport.render(fixture.reportData())), file: "Analyse/analysis.md")
    }

    @Test func htmlReportMatchesTheGolden() throws {
        expectGolden(
            try fixture.normalised(HTMLAnalysisReport.render(fixture.reportData())), file: "Analyse/analysis.html")
    }

    @Test func htmlReportInNynorskMatchesTheGolden() throws {
        try Language.$current.withValue(.nynorsk) {
            expectGolden(
                try fixture.normalised(HTMLAnalysisReport.render(fixture.reportData())),
                file: "Analyse/analysis-nn.html")
        }
    }

    @Test func jsonBundleMatchesTheGolden() throws {
        let json = String(decoding: try AnalysisBundle(fixture.reportData()).jsonData(), as: UTF8.self) + "\n"
        expectGolden(try fixture.normalised(json), file: "Analyse/analysis.json")
    }

    @Test func everyExportSaysTheDataAreSynthetic() throws {
        let data = try fixture.reportData()
        #expect(MarkdownAnalysisReport.render(data).contains("Syntetiske demodata"))
        #expect(HTMLAnalysisReport.render(data).contains("class=\"demo\""))
        #expect(try String(decoding: AnalysisBundle(data).jsonData(), as: UTF8.self).contains("Syntetiske demodata"))
    }

    /// «Syntetiske demodata. Dette er syntetiske demodata. …» said it twice.
    @Test func everyExportSaysItOnceInEitherLanguage() throws {
        for language in Language.allCases {
            try Language.$current.withValue(language) {
                let data = try fixture.reportData()
                let json = String(decoding: try AnalysisBundle(data).jsonData(), as: UTF8.self)
                for text in [MarkdownAnalysisReport.render(data), HTMLAnalysisReport.render(data), json] {
                    #expect(
                        text.components(separatedBy: "yntetiske demodata").count == 2,
                        "\(language): \(text.prefix(400))")
                }
            }
        }
    }

    @Test func realDataCarryNoDemoNotice() throws {
        let real = try AnalyseFixture(demo: false)
        let data = try real.reportData()
        #expect(!MarkdownAnalysisReport.render(data).contains("Syntetiske demodata"))
        #expect(!HTMLAnalysisReport.render(data).contains("class=\"demo\""))
        #expect(AnalysisBundle(data).notice == nil)
    }

    @Test func theHTMLPageIsSelfContainedAndEscapesTheUsersText() throws {
        let html = HTMLAnalysisReport.render(try fixture.reportData())
        #expect(html.contains("<title>Uro på 7. trinn &lt;og&gt; «arbeidsro» &amp; trivsel</title>"))
        #expect(!html.contains("<og>"))
        for external in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("<svg") && html.contains("@media print"))
    }

    @Test func theSuppressedCellsOfTheSnapshotCarryNoValueInTheBundle() throws {
        let reader = try SnapshotReader(path: fixture.snapshotPath)
        let data = try fixture.reportData()
        let json = try JSONSerialization.jsonObject(with: AnalysisBundle(data).jsonData()) as! [String: Any]
        let results = json["results"] as! [[String: Any]]
        var suppressedSeen = 0
        for (line, published) in zip(data.linkedFactors, results) {
            let unit = try #require(fixture.reportData().unit)
            let stored = try reader.results(
                unitID: unit.id, round: 2016, trinn: line.linked.trinn, gender: line.linked.gender,
                factorNumbers: [line.factor.number])[line.factor.number]
            let cell = try #require(published["unit"] as? [String: Any])
            if case .suppressed = stored {
                suppressedSeen += 1
                #expect(Set(cell.keys) == ["suppressed"], "\(line.linked.id): \(cell)")
                #expect(published["versusCounty"] == nil)
            } else {
                #expect(cell["n"] != nil && cell["mean"] != nil)
            }
        }
        #expect(suppressedSeen == 1)
    }

    @Test func anIndicatorShowsItsChangeBetweenRoundsByTheOneRule() throws {
        let line = try #require(try fixture.reportData().indicators.first)
        let progress = try #require(line.progress)
        #expect(progress.startRound == 2016 && progress.latestRound == 2018)
        #expect(progress.change?.verdict == .clearlyBetter)
    }
}
