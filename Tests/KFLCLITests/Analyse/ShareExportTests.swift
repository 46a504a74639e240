import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// Each linked factor's unfavourable share in the analysis exports: the unit's with n
/// (or «skjermet» and why), the kommune's, the county's and the verdict, the same
/// numbers `FactorResult` gives the TUI and `kfl show --andeler`.
@Suite struct ShareExportTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    @Test func markdownAndHTMLShowEachLinkedFactorsShare() throws {
        let data = try fixture.reportData()
        let markdown = MarkdownAnalysisReport.render(data)
        let html = HTMLAnalysisReport.render(data)
        let levels = data.levelLines.filter { $0.factor.shares != nil }
        try #require(!levels.isEmpty)
        #expect(markdown.contains("**\(Strings.Shares.reportHeading)**"))
        #expect(html.contains("<table class=\"shares\">"))
        for line in levels {
            let result = try #require(line.result)
            let unit = try #require(Strings.Shares.text(result.unitShare, why: true))
            let county = try #require(Strings.Shares.text(result.countyShare, why: true))
            let label = try #require(line.factor.shareLabel)
            let selection = data.selectionText(
                group: line.groupName, trinn: line.linked.trinn, gender: line.linked.gender)
            let row = try #require(
                markdown.split(separator: "\n").first { $0.hasPrefix("| \(line.factor.name) | \(selection) |") })
            #expect(row.contains("| \(label) |") && row.contains("| \(unit) |") && row.contains("| \(county) |"))
            if let comparison = result.shareVersusCounty {
                #expect(row.contains(Strings.verdictText(comparison.verdict)))
            }
            #expect(html.contains("<td class=\"num\">\(unit)</td>"))
        }
    }

    @Test func theBundleCarriesTheShareOrWhyItIsHidden() throws {
        let data = try fixture.reportData()
        let json = try JSONSerialization.jsonObject(with: AnalysisBundle(data).jsonData()) as! [String: Any]
        #expect(json["version"] as? Int == 3)
        let results = json["results"] as! [[String: Any]]
        var seen = 0
        for (line, published) in zip(data.linkedFactors, results) where line.linked.view == .level {
            guard let result = line.result, line.factor.shares != nil else { continue }
            let share = try #require(published["share"] as? [String: Any])
            #expect(share["label"] as? String == line.factor.shareLabel)
            let unit = try #require(share["unit"] as? [String: Any])
            switch result.unitShare {
            case .shown(let count, let n, _):
                #expect(unit["count"] as? Int == count && unit["n"] as? Int == n)
                seen += 1
            case .hidden(let why):
                #expect(Set(unit.keys) == ["hidden"])
                #expect(unit["hidden"] as? String == Strings.Shares.hiddenText(why))
                #expect(share["versusCounty"] == nil)
            case .none: Issue.record("a linked level with answers has no share")
            }
            if let comparison = result.shareVersusCounty {
                let versus = try #require(share["versusCounty"] as? [String: Any])
                #expect(versus["verdictCode"] as? String == comparison.verdict.code)
            }
        }
        #expect(seen > 0)
    }
}
