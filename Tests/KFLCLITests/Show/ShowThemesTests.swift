import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// `kfl show --tema` and `--skiller-seg-ut`: one theme seen by every group,
/// and what stands out, with the TUI's numbers in text, CSV and JSON.
@Suite struct ShowThemesTests {
    func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }

    @Test("--tema as text: each group's factor against its own county value, suppressed ones say why")
    func themeText() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole", "--tema",
            "samarbeid")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("Samarbeid i personalet"))
        #expect(run.out.contains("syntetiske demodata"))
        #expect(run.out.contains("skjermet: under 7 svar, eller for å verne en mindre gruppe"))
        expectGolden(run.out, named: "show-theme-samarbeid-svalasen-text")
    }

    @Test("--tema alle as CSV: one row per theme and factor with the county and both verdicts")
    func everyThemeCSV() throws {
        let run = kfl("show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--tema", "alle", "--format", "csv")
        #expect(run.exitCode == 0, "\(run.err)")
        let lines = run.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "\u{FEFF}" + (Strings.Themes.csvColumns + ["data"]).joined(separator: ";"))
        let themes = Instrument.builtIn.themes
        #expect(lines.count - 1 == themes.reduce(0) { $0 + $1.factors.count })
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(";syntetiske demodata") })
    }

    @Test("--tema as JSON carries verdict codes beside the words, and the numbers of the core")
    func themeJSON() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole", "--tema",
            "uro_og_atferd",
            "--format", "json")
        #expect(run.exitCode == 0, "\(run.err)")
        let document = try json(run)
        #expect(document["format"] as? String == "kfl-tema")
        #expect(document["demo"] as? Bool == true)
        let theme = try #require((document["themes"] as? [[String: Any]])?.first)
        let factors = try #require(theme["factors"] as? [[String: Any]])
        let reader = try DemoFixture.reader()
        // Two schools share the name (Løten and Åsnes): the one in Åsnes.
        let school = try #require(
            reader.info.tree.units.first {
                $0.name == "Svalåsen barneskole" && reader.info.tree.parent(of: $0)?.name == "Åsnes"
            })
        let results = try #require(
            try reader.themeResults(
                reader.info.instrument.themes.first { $0.id == "uro_og_atferd" }!, unitID: school.id, round: 2020))
        #expect(factors.map { $0["factorID"] as? String } == results.standings.map(\.factor.id))
        for (row, standing) in zip(factors, results.standings) {
            #expect(row["versusCounty"] as? String == standing.levelVerdict?.code)
            let change = row["change"] as? [String: Any]
            #expect(change?["verdict"] as? String == standing.change?.outcome.verdict.code)
        }
    }

    @Test("--skiller-seg-ut: lines grouped by verdict, in instrument order within each")
    func highlights() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole",
            "--skiller-seg-ut", "--format",
            "json")
        #expect(run.exitCode == 0, "\(run.err)")
        let lines = try #require(try json(run)["lines"] as? [[String: Any]])
        let kinds = lines.compactMap { $0["kind"] as? String }
        let order = Highlights.Kind.allCases.map(\.rawValue)
        #expect(kinds.map { order.firstIndex(of: $0)! } == kinds.map { order.firstIndex(of: $0)! }.sorted())
        let numbers = Dictionary(uniqueKeysWithValues: Instrument.builtIn.factors.map { ($0.id, $0.number) })
        for kind in order {
            let ids = lines.filter { $0["kind"] as? String == kind }.compactMap {
                ($0["factor"] as? [String: Any])?["factorID"] as? String
            }
            #expect(ids.map { numbers[$0]! } == ids.map { numbers[$0]! }.sorted(), "\(kind)")
        }
        let text = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole",
            "--skiller-seg-ut")
        expectGolden(text.out, named: "show-highlights-svalasen-text")
    }

    @Test("--tema as plain text writes factor and group names whole: a pipe or a file has no width")
    func themeWholeNames() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Kongsvinger", "--skole", "Moseberget", "--tema",
            "alle")
        #expect(run.exitCode == 0, "\(run.err)")
        // «Kontaktlærers vurdering …» was cut at 120 columns to «Kontaktlærers vurder…».
        #expect(run.out.contains("Kontaktlærers vurdering"), "\(run.out)")
        #expect(!run.out.contains("…"), "\(run.out)")
        let narrow = kfl(
            [
                "show", try DemoFixture.snapshotPath(), "--kommune", "Kongsvinger", "--skole", "Moseberget", "--tema",
                "alle",
            ], terminalWidth: 80)
        #expect(narrow.exitCode == 0, "\(narrow.err)")
        // The demo notice is one line, as in every report.
        let lines = narrow.out.components(separatedBy: "\n").filter { $0 != Strings.demoNotice }
        let widest = lines.map { $0.count }.max() ?? 0
        #expect(widest <= 79, "a terminal of 80 columns keeps its width: \(widest)")
    }

    @Test("--skiller-seg-ut as plain text writes factor names whole: a pipe or a file has no width")
    func highlightsWholeNames() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Ekhjemmet skole",
            "--skiller-seg-ut")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("Læringskultur og relasjoner mellom elevene"), "\(run.out)")
        let factorLines = run.out.components(separatedBy: "\n").filter { $0.hasPrefix("  ") }
        #expect(!factorLines.contains { $0.contains("…") }, "\(run.out)")
        expectGolden(run.out, named: "show-highlights-ekhjemmet-text")
    }

    @Test(
        "--tema and --skiller-seg-ut stand alone, and an unknown theme names the themes",
        arguments: [
            (["--tema", "uro", "--trinn", "5"], "kan ikke kombineres med --trinn"),
            (["--skiller-seg-ut", "--kjonnsforskjell"], "kan ikke kombineres med --kjonnsforskjell"),
            (["--tema", "alle", "--skiller-seg-ut"], "kan ikke kombineres med --skiller-seg-ut"),
            (["--tema", "tilpasset_oplaering"], "Ukjent tema «tilpasset_oplaering». Mente du «tilpasset_opplaering»?"),
        ])
    func misuse(arguments: [String], message: String) throws {
        let run = kfl(["show", try DemoFixture.snapshotPath()] + arguments)
        #expect(run.exitCode == 64)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.out.isEmpty)
    }
}
