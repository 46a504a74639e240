import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// `kfl show` over time, for cohorts and for boys against girls, and the
/// school against the rest of its kommune: the same numbers as the TUI's
/// views, in text, Excel-friendly CSV and JSON with stable verdict codes.
@Suite struct ShowViewsTests {
    static let verdictCodes: Set<String> = ["clearlyBetter", "clearlyWorse", "noClearDifference", "notComparable"]

    func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }

    @Test("--tidspunkt alle: every round side by side with the county, and the latest change")
    func everyRound() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--trinn", "6", "--tidspunkt", "alle")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("høsten 2016, 2018 og 2020"))
        #expect(run.out.contains("Endring 2018–2020"))
        #expect(run.out.contains("   fylket"))
        #expect(run.out.contains("syntetiske demodata"))
        expectGolden(run.out, named: "show-rognli-6-all-rounds-text")
    }

    @Test("--endring as CSV: one row per factor, every round's mean, n and sd, the change and the county's")
    func changeCSV() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--endring", "2016-2020", "--format", "csv")
        #expect(run.exitCode == 0, "\(run.err)")
        let lines = run.out.components(separatedBy: "\r\n")
        #expect(
            lines[0].hasPrefix(
                "\u{FEFF}enhet;trinn;gruppe;kjønn;visning;område;faktor;retning;"
                    + "gjennomsnitt 2016;n 2016;sd 2016;fylket 2016"
            ))
        #expect(
            lines[0].contains("endring fra;endring til;endring;intervall fra;intervall til;d;vurdering;fylkets endring")
        )
        let columns = lines[0].split(separator: ";", omittingEmptySubsequences: false).count
        #expect(
            lines.dropFirst().allSatisfy {
                $0.isEmpty || $0.split(separator: ";", omittingEmptySubsequences: false).count == columns
            })
        #expect(lines[1].contains(";utvikling;") && lines[1].contains(";2016;2020;"))
        #expect(run.out.range(of: #"\d\.\d"#, options: .regularExpression) == nil, "decimal comma, never a point")
    }

    @Test("--kull samme-klasse as JSON: the class's trinn each round, the note on anonymity, codes beside labels")
    func sameClassJSON() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--trinn", "7", "--kull", "samme-klasse",
            "--format", "json")
        #expect(run.exitCode == 0, "\(run.err)")
        let object = try json(run)
        #expect(object["format"] as? String == "kfl-utvikling")
        #expect(object["kind"] as? String == "sameClass")
        #expect((object["anonymityNote"] as? String)?.contains("anonym") == true)
        let results = try #require(object["results"] as? [[String: Any]])
        let rounds = try #require(results.first?["rounds"] as? [[String: Any]])
        #expect(rounds.map { $0["trinn"] as? Int } == [3, 5, 7])
        #expect((rounds[0]["absent"] as? String) == "3. trinn svarer på et annet skjema")
        #expect(rounds[0]["unit"] == nil)
        for row in results {
            let change = try #require(row["change"] as? [String: Any])
            #expect(Self.verdictCodes.contains(change["verdict"] as? String ?? ""))
            #expect(change["label"] is String)
        }
    }

    @Test("--kull samme-trinn follows the trinn with new pupils, labelled as such")
    func sameTrinn() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--trinn", "7", "--kull", "samme-trinn")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("Samme trinn, nye elever: 7. trinn ved hvert tidspunkt."))
        #expect(run.out.contains("anonym"))
    }

    @Test("--kjonnsforskjell: boys, girls, the gap with interval and d, the county's gap and the gap each round")
    func genderGap() throws {
        let text = kfl("show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--kjonnsforskjell")
        #expect(text.exitCode == 0, "\(text.err)")
        expectGolden(text.out, named: "show-rognli-gender-gap-text")
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--kjonnsforskjell", "--format", "json")
        let object = try json(run)
        #expect(object["format"] as? String == "kfl-kjonnsforskjell")
        let results = try #require(object["results"] as? [[String: Any]])
        let rounds = try #require(results.first?["rounds"] as? [[String: Any]])
        #expect(rounds.count == 3)
        let gap = try #require(rounds.last?["gap"] as? [String: Any])
        #expect(Self.verdictCodes.contains(gap["verdict"] as? String ?? ""))
        #expect((gap["interval"] as? [Double])?.count == 2)
        #expect(rounds.last?["countyGap"] != nil)
    }

    @Test("suppressed boys or girls: no value, no gap, only the reason")
    func suppressedGap() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Fjellgrenda skole", "--trinn", "2", "--kjonnsforskjell",
            "--format", "json")
        #expect(run.exitCode == 0, "\(run.err)")
        var suppressed = 0
        for row in try #require(try json(run)["results"] as? [[String: Any]]) {
            for point in try #require(row["rounds"] as? [[String: Any]]) {
                let gap = try #require(point["gap"] as? [String: Any])
                if point["boysSuppressed"] != nil || point["girlsSuppressed"] != nil {
                    suppressed += 1
                    #expect(gap["difference"] == nil && gap["interval"] == nil && gap["effectSize"] == nil)
                    #expect(gap["verdict"] as? String == "notComparable")
                    #expect((gap["unavailable"] as? String)?.hasPrefix("skjermet") == true)
                }
                if point["boysSuppressed"] != nil { #expect(point["boys"] == nil) }
                if point["girlsSuppressed"] != nil { #expect(point["girls"] == nil) }
            }
        }
        #expect(suppressed > 0)
    }

    @Test("a suppressed round gives no change, in every format")
    func suppressedChange() throws {
        let path = try DemoFixture.snapshotPath()
        let run = kfl(
            "show", path, "--skole", "Fjellgrenda skole", "--trinn", "2", "--kjonn", "gutter", "--tidspunkt", "alle",
            "--format", "json")
        #expect(run.exitCode == 0, "\(run.err)")
        for row in try #require(try json(run)["results"] as? [[String: Any]]) {
            let rounds = try #require(row["rounds"] as? [[String: Any]])
            let change = try #require(row["change"] as? [String: Any])
            if rounds.suffix(2).contains(where: { $0["suppressed"] != nil }) {
                #expect(change["difference"] == nil && change["unavailable"] != nil)
            }
            for round in rounds where round["suppressed"] != nil { #expect(round["unit"] == nil) }
        }
        let csv = kfl(
            "show", path, "--skole", "Fjellgrenda skole", "--trinn", "2", "--kjonn", "gutter", "--tidspunkt", "alle",
            "--format", "csv")
        #expect(csv.out.contains("skjermet"))
    }

    @Test("a school against the rest of its kommune, in text, CSV and JSON")
    func restOfMunicipality() throws {
        let path = try DemoFixture.snapshotPath()
        let text = kfl("show", path, "--skole", "Rognli skole")
        #expect(text.out.contains("Mot resten av kommunen"))
        #expect(text.out.contains("Åsnes kommune uten Rognli skole"))
        let csv = kfl("show", path, "--skole", "Rognli skole", "--format", "csv")
        #expect(
            csv.out.contains(";resten av kommunen;n resten;forskjell mot resten;d mot resten;vurdering mot resten;"))
        let run = kfl("show", path, "--skole", "Rognli skole", "--format", "json")
        let object = try json(run)
        #expect(object["version"] as? Int == 2)
        let rows = try #require(object["results"] as? [[String: Any]])
        for row in rows {
            #expect(Self.verdictCodes.contains(row["verdictVersusCountyCode"] as? String ?? ""))
            let versus = try #require(row["versusRestOfMunicipality"] as? [String: Any])
            #expect(Self.verdictCodes.contains(versus["verdict"] as? String ?? ""))
            #expect(row["restOfMunicipality"] != nil)
        }
        let kommune = kfl("show", path, "--kommune", "Åsnes", "--format", "json")
        for row in try #require(try json(kommune)["results"] as? [[String: Any]]) {
            #expect(row["versusRestOfMunicipality"] == nil, "a kommune has no rest of itself")
        }
    }

    @Test("factors keep the instrument's order in every view: nothing is ranked")
    func noRanking() throws {
        let path = try DemoFixture.snapshotPath()
        let order = Instrument.builtIn.group(id: "elev510")!.factors.map(\.id)
        for view in [["--tidspunkt", "alle"], ["--kull", "samme-klasse"], ["--kjonnsforskjell"], []] {
            let run = kfl(["show", path, "--skole", "Rognli skole", "--trinn", "7", "--format", "json"] + view)
            let rows = try #require(try json(run)["results"] as? [[String: Any]])
            #expect(rows.map { $0["factorID"] as? String ?? "" } == order, "\(view)")
        }
    }

    @Test("snapshots with two rounds and with one")
    func fewerRounds() throws {
        let two = kfl(
            "show", try RoundsFixture.snapshotPath(rounds: [2018, 2020]), "--skole", "Rognli skole", "--tidspunkt",
            "alle")
        #expect(two.exitCode == 0, "\(two.err)")
        #expect(
            two.out.contains("høsten 2018 og 2020") && two.out.contains("Endring 2018–2020")
                && !two.out.contains("2016"))
        let one = kfl(
            "show", try RoundsFixture.snapshotPath(rounds: [2020]), "--skole", "Rognli skole", "--tidspunkt", "alle")
        #expect(one.exitCode == 0, "\(one.err)")
        #expect(one.out.contains("Bare ett tidspunkt i disse dataene") && !one.out.contains("Endring"))
        let missing = kfl("show", try RoundsFixture.snapshotPath(rounds: [2020]), "--endring", "2016-2020")
        #expect(missing.exitCode == 64)
        #expect(missing.err.contains("snapshotet har ikke tidspunktet 2016; det har 2020"))
    }

    @Test(
        "usage errors say what and where, exit 64",
        arguments: [
            (["--kull", "samme-klasse"], "--kull trenger --trinn"),
            (
                ["--trinn", "5", "--kull", "kohort"],
                "ugyldig verdi «kohort» for «--kull»: bruk samme-trinn eller samme-klasse"
            ),
            (["--endring", "2016"], "ugyldig verdi «2016» for «--endring»: bruk FRA-TIL, for eksempel 2016-2020"),
            (["--endring", "2020-2016"], "FRA må være et tidligere år enn TIL"),
            (["--kjonnsforskjell", "--tidspunkt", "alle"], "kan ikke brukes sammen med --tidspunkt alle"),
            (["--kjonnsforskjell", "--kjonn", "gutter"], "kan ikke brukes sammen med --kjonn"),
            (["--gruppe", "laerer", "--kjonnsforskjell"], "Lærere svarer ikke per kjønn"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = kfl(["show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole"] + arguments)
        #expect(run.exitCode == 64)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test("the help names the new options and fits in 80 columns")
    func help() {
        let run = kfl("show", "--help")
        #expect(run.exitCode == 0)
        for option in [
            "--tidspunkt ÅR|alle", "--endring FRA-TIL", "--kull samme-trinn|samme-klasse", "--kjonnsforskjell",
        ] {
            #expect(run.out.contains(option), "\(option)")
        }
        for line in run.out.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}
