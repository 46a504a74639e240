import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// `kfl analyse import` checks every field of a bundle, like the CSV import:
/// a Norwegian message with the JSON path of each problem, exit 65, and the
/// workbook untouched — never "SQLite error 19 … SQL: INSERT …".
@Suite struct BundleValidationTests {
    let fixture: AnalyseFixture
    let bundle: [String: Any]

    init() throws {
        fixture = try AnalyseFixture()
        let file = fixture.directory.appendingPathComponent("uro.json").path
        let export = kfl(
            "analyse", "export", "3f2a", "--format", "json", "-o", file,
            "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath)
        try #require(export.exitCode == 0, "\(export.err)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
        bundle = try #require(object as? [String: Any])
    }

    /// The bundle with `change` applied to its analysis.
    func edited(_ change: (inout [String: Any]) -> Void) throws -> String {
        var analysis = try #require(bundle["analysis"] as? [String: Any])
        change(&analysis)
        var copy = bundle
        copy["analysis"] = analysis
        let file = fixture.directory.appendingPathComponent("endret.json").path
        try JSONSerialization.data(withJSONObject: copy).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The bundle with fields of items in one of the analysis's lists set: (item, key, value).
    func edited(_ list: String, _ changes: [(Int, String, Any)]) throws -> String {
        try edited { analysis in
            var items = Self.items(analysis, list)
            for (index, key, value) in changes { items[index][key] = value }
            analysis[list] = items
        }
    }

    /// Imports into a new workbook: refused with every message, and no workbook is made.
    @discardableResult
    func expectRefused(
        _ file: String, _ messages: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIRun {
        let workbook = fixture.directory.appendingPathComponent("kollega.sqlite").path
        let run = kfl("analyse", "import", file, "--workbook", workbook)
        #expect(run.exitCode == 65, "\(run.err)", sourceLocation: sourceLocation)
        for message in messages {
            #expect(run.err.contains("Feil: \(file): \(message)"), "\(run.err)", sourceLocation: sourceLocation)
        }
        let last = "Ingenting er importert; arbeidsboka er ikke endret."
        #expect(run.err.hasSuffix(last), sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: workbook), "no workbook made", sourceLocation: sourceLocation)
        expectNorwegianOnly(run, redacting: [fixture.directory.path], sourceLocation: sourceLocation)
        return run
    }

    static func items(_ analysis: [String: Any], _ key: String) -> [[String: Any]] {
        analysis[key] as? [[String: Any]] ?? []
    }

    @Test("a bundle with an empty id is refused")
    func emptyID() throws {
        try expectRefused(try edited { $0["id"] = "" }, ["analysis.id: id-en er tom"])
    }

    @Test("duplicate ids are refused with where each stands")
    func duplicateIDs() throws {
        let file = try edited("hypotheses", [(1, "id", "h1")])
        try expectRefused(
            file,
            [
                "analysis.hypotheses[1].id: id-en «h1» står to ganger (først i analysis.hypotheses[0].id)"
            ])
    }

    @Test("trinn outside 0–10, or not in the group, is refused at its path")
    func trinnRange() throws {
        let file = try edited("linkedFactors", [(0, "trinn", 12), (1, "trinn", 3)])
        try expectRefused(
            file,
            [
                "analysis.linkedFactors[0].trinn: trinn 12 er utenfor 0–10 (0 er alle trinn)",
                "analysis.linkedFactors[1].trinn: gruppen «Elever 5.–10. trinn» har ikke 3. trinn",
            ])
    }

    @Test("an unknown factor is refused with a suggestion; so are unknown evidence and groups")
    func unknownFactors() throws {
        let file = try edited { analysis in
            var linked = Self.items(analysis, "linkedFactors")
            linked[0]["factorID"] = "e510_urro"
            analysis["linkedFactors"] = linked
            var hypotheses = Self.items(analysis, "hypotheses")
            hypotheses[0]["evidence"] = ["e510_uro", "fravær"]
            analysis["hypotheses"] = hypotheses
            var context = analysis["context"] as? [String: Any] ?? [:]
            context["groupID"] = "elev511"
            analysis["context"] = context
        }
        try expectRefused(
            file,
            [
                "analysis.linkedFactors[0].factorID: ukjent faktor «e510_urro». Mente du «e510_uro»?",
                "analysis.hypotheses[0].evidence[1]: ukjent faktor «fravær»",
                "analysis.context.groupID: ukjent respondentgruppe «elev511». Mente du «elev510»?",
            ])
    }

    @Test(
        "a value of the wrong type is named with its path and the type wanted",
        arguments: [
            ("trinn", "\"sju\"", "analysis.linkedFactors[0].trinn: må være et helt tall"),
            ("gender", "5", "analysis.linkedFactors[0].gender: ugyldig verdi; må være 0, 1 eller 2"),
            ("factorID", "null", "analysis.linkedFactors[0].factorID: verdien mangler (null)"),
        ])
    func wrongType(key: String, json: String, message: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let file = try edited("linkedFactors", [(0, key, value)])
        try expectRefused(file, [message])
    }

    @Test("a tiltak aimed at a hypothesis that is not there is refused (a foreign key error before)")
    func unknownHypothesis() throws {
        let file = try edited("actions", [(0, "hypothesisIDs", ["h1", "h9", "h1"])])
        try expectRefused(
            file,
            [
                "analysis.actions[0].hypothesisIDs[1]: tiltaket viser til hypotesen «h9», som ikke finnes i analysen",
                "analysis.actions[0].hypothesisIDs[2]: hypotesen «h1» står to ganger",
            ])
    }

    @Test(
        "a round, status or kind kfl does not know is refused",
        arguments: [
            (
                "context", "round", "2017",
                "analysis.context.round: ukjent tidspunkt 2017: må være 2016, 2018 eller 2020"
            ),
            ("", "status", "\"kladd\"", "analysis.status: ugyldig verdi; må være active eller finished"),
            (
                "unit", "kind", "\"barnehage\"",
                "analysis.unit.kind: ugyldig verdi; må være fylke, region, kommune eller skole"
            ),
        ])
    func unknownValues(object: String, key: String, json: String, message: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let file = try edited { analysis in
            if object.isEmpty {
                analysis[key] = value
            } else {
                var inner = analysis[object] as? [String: Any] ?? [:]
                inner[key] = value
                analysis[object] = inner
            }
        }
        try expectRefused(file, [message])
    }

    @Test("an indicator's target outside the scale is refused")
    func targetOutsideScale() throws {
        let file = try edited("indicators", [(0, "target", 9)])
        try expectRefused(file, ["analysis.indicators[0].target: målet 9,0 er utenfor faktorens skala 1–5"])
    }

    @Test("an indicator aimed at a round beyond the data imports: the rounds kfl offers in step 7")
    func targetRoundBeyondTheData() throws {
        // kfl offers the later rounds of the data, then the next two (2022 and 2024 after 2020); 2022
        // was refused as «ukjent tidspunkt», so any package with such an indicator could not be shared.
        for round in [2022, 2024] {
            let file = try edited("indicators", [(0, "byRound", round)])
            let workbook = fixture.directory.appendingPathComponent("kollega-\(round).sqlite").path
            let run = kfl("analyse", "import", file, "--workbook", workbook)
            #expect(run.exitCode == 0, "\(round): \(run.err)")
            let book = try Workbook(path: workbook)
            let imported = try #require(try book.all().first.flatMap { try book.load(id: $0.id) })
            #expect(imported.indicators.first?.byRound == round)
        }
        let file = try edited("indicators", [(0, "byRound", 2021)])
        try expectRefused(
            file, ["analysis.indicators[0].byRound: ukjent tidspunkt 2021: må være 2016, 2018, 2020, 2022 eller 2024"])
    }

    @Test("control characters in a title or a text are refused, shown escaped")
    func controlCharacters() throws {
        let file = try edited { analysis in
            analysis["title"] = "Uro\u{1B}[2J"
            analysis["goal"] = "Arbeidsro\n\ti alle timer\u{7}"
        }
        let run = try expectRefused(
            file,
            [
                "analysis.title: teksten har styretegnet \\x1B", "analysis.goal: teksten har styretegnet \\x07",
            ])
        #expect(!run.err.contains("\u{1B}"))
    }

    @Test("a missing field names itself and where")
    func missingField() throws {
        let file = try edited { analysis in
            var unit = analysis["unit"] as? [String: Any] ?? [:]
            unit["code"] = nil
            analysis["unit"] = unit
        }
        try expectRefused(file, ["analysis.unit: mangler «code»"])
    }

    @Test("a workbook that exists is left exactly as it was")
    func existingWorkbookUntouched() throws {
        let file = try edited { $0["id"] = "" }
        let before = try Workbook(path: fixture.workbookPath).all()
        let run = kfl("analyse", "import", file, "--workbook", fixture.workbookPath)
        #expect(run.exitCode == 65)
        #expect(try Workbook(path: fixture.workbookPath).all() == before)
    }
}
