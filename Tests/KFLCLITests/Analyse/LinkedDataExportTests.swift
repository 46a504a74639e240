import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// Step 3 in the exports: a linked change, cohort and gap carried into the
/// Markdown, HTML and JSON with the browser's numbers (two-sample rule), no
/// suppressed value anywhere, and bundles from before still imported.
@Suite struct LinkedDataExportTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    /// Flisa skole's 7. trinn (2016 and 2018): three girls, so boys and girls are both hidden.
    func data() throws -> AnalysisReportData {
        var analysis = Analysis(
            id: "a", title: "Uro over tid",
            unit: UnitReference(kind: .school, code: "0425-01", name: "Flisa skole"),
            context: AnalysisContext(round: 2016, groupID: "elev510", trinn: 7),
            createdAt: AnalyseFixture.created)
        analysis.linkedFactors = [
            LinkedFactor(id: "l1", factorID: "e510_uro", trinn: 7),
            LinkedFactor(id: "l2", factorID: "e510_uro", trinn: 7, view: .development, round: 2018),
            LinkedFactor(id: "l3", factorID: "e510_uro", trinn: 7, view: .genderGap, round: 2016),
            LinkedFactor(id: "l4", factorID: "e510_trivsel", trinn: 7, view: .sameClass, round: 2018),
            // A cohort at all trinn cannot be made in kfl; one from elsewhere says why it shows nothing.
            LinkedFactor(id: "l5", factorID: "l_klasseledelse", view: .sameTrinn),
        ]
        return try AnalysisReportData.build(
            analysis: analysis, source: try SnapshotReader(path: fixture.snapshotPath),
            exportedAt: AnalyseFixture.exportedAt)
    }

    @Test func theMarkdownReportListsLevelsAndLinkedChangesInTheirOwnTables() throws {
        let markdown = MarkdownAnalysisReport.render(try data())
        expectGolden(try fixture.normalised(markdown), file: "Analyse/linked.md")
        // The results and linked tables' rows (the share table has one for the level too).
        let rows = markdown.split(separator: "\n").filter {
            $0.hasPrefix("| Uro og forstyrrelser") && !$0.contains("| andel som selv lager mye uro |")
        }
        #expect(rows.count == 3)
        #expect(rows[1].contains("| Utvikling 2016–2018 |"))
        #expect(
            rows[1].contains("Endring 2016–2018: -1,09, 95\u{00A0}%-intervall [-1,37; -0,82], d -2,81: klart bedre"))
        #expect(rows[2].contains("Forskjell: skjermet: under 7 svar, eller for å verne en mindre gruppe"))
    }

    @Test func theChangeIsTheOneTheBrowserComputes() throws {
        let data = try data()
        let reader = try SnapshotReader(path: fixture.snapshotPath)
        let unit = try #require(data.unit)
        let selection = ResultsSelection(unitID: unit.id, round: 2018, trinn: 7, groupID: "elev510", gender: .all)
        let browser = try #require(
            try reader.series(selection, kind: .sameTrinn)?.flatMap(\.factors).first { $0.factor.id == "e510_uro" })
        let linked = try #require(data.linkedFactors[1].data)
        #expect(linked.outcome == browser.change(from: 2016, to: 2018))
        #expect(linked.countyOutcome == browser.countyChange(from: 2016, to: 2018))
    }

    @Test func theHTMLReportHasTheLinkedTable() throws {
        let html = HTMLAnalysisReport.render(try data())
        #expect(html.contains("<table class=\"linked\">"))
        #expect(html.contains("<tr class=\"better\"><td>Uro og forstyrrelser i timene<br><small>lavere er bedre"))
        #expect(html.contains("Et kull følger ett trinn, og dette gjelder alle trinn"))
    }

    @Test func theBundleCarriesTheValuesEachRoundAndNoSuppressedValue() throws {
        let object = try JSONSerialization.jsonObject(with: AnalysisBundle(try data()).jsonData()) as! [String: Any]
        #expect(object["version"] as? Int == 3)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["view"] as? String } == [nil, "development", "genderGap", "sameClass", "sameTrinn"])

        let change = results[1]
        #expect(change["baseRound"] as? Int == 2016 && change["round"] as? Int == 2018)
        #expect((change["series"] as? [[String: Any]])?.count == 2)
        #expect((change["change"] as? [String: Any])?["verdictCode"] as? String == "clearlyBetter")
        #expect((change["countyChange"] as? [String: Any])?["verdictCode"] != nil)

        let gap = results[2]
        #expect(gap["gap"] == nil)
        #expect(gap["unavailable"] as? String == "skjermet: under 7 svar, eller for å verne en mindre gruppe")
        let first = try #require((gap["gaps"] as? [[String: Any]])?.first)
        for key in ["boys", "girls"] {
            let cell = try #require(first[key] as? [String: Any])
            #expect(Set(cell.keys) == ["suppressed"], "\(key): only the reason, never a value")
        }
        #expect(results[4]["unavailable"] as? String == Strings.Analysis.linkedNotApplicable(.cohortNeedsTrinn))
    }

    @Test func aBundleWithLinkedChangesImportsWithThem() throws {
        let data = try data()
        let decoded = try AnalysisBundle.decode(try AnalysisBundle(data).jsonData())
        #expect(decoded.analysis.linkedFactors == data.analysis.linkedFactors)
        let workbook = try Workbook(path: fixture.directory.appendingPathComponent("kollega.sqlite").path)
        guard case .imported(let stored) = try workbook.importAnalysis(decoded.analysis) else {
            Issue.record("not imported")
            return
        }
        #expect(stored.content.linkedFactors == data.analysis.linkedFactors)
    }

    /// `bundle-version-1.json` is `analysis.json` as kfl wrote it before linked
    /// changes: kept as it was, never rewritten.
    @Test func aVersion1BundleFromBeforeLinkedChangesStillImports() throws {
        let old = Golden.directory(for: #filePath).appendingPathComponent("Analyse/bundle-version-1.json")
        let bundle = try AnalysisBundle.decode(try Data(contentsOf: old))
        #expect(bundle.version == 1)
        #expect(bundle.analysis.linkedFactors.allSatisfy { $0.view == .level && $0.round == nil })
        let colleague = fixture.directory.appendingPathComponent("gammel.sqlite").path
        let result = kfl("analyse", "import", old.path, "--workbook", colleague)
        #expect(result.exitCode == 0, "\(result.err)")
        let imported = try #require(try Workbook(path: colleague).load(id: bundle.analysis.id))
        #expect(imported.hasSameContent(as: bundle.analysis))
        #expect(imported.linkedFactors.map(\.factorID) == ["e510_uro", "e510_uro", "l_klasseledelse"])
    }
}
