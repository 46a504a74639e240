import Foundation
import KFLCore
import KFLTestSupport
import Testing

/// `kfl show`: the same results as the TUI, without one.
@Suite struct ShowCommandTests {
    @Test("text: the unit's path, bars with markers, numbers with decimal comma, the demo notice")
    func text() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognli skole", "--gruppe",
            "elev14")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.hasPrefix("Hedmark › Åsnes › Rognli skole"))
        #expect(run.out.contains("syntetiske demodata"))
        #expect(run.out.contains("█") && run.out.contains("┃") && run.out.contains("╎"))
        #expect(run.out.range(of: #"\d,\d"#, options: .regularExpression) != nil)
        #expect(run.out.contains("fylket") && run.out.contains("kommunen"))
        expectGolden(run.out, named: "show-rognli-text")
    }

    @Test("CSV opens in Norwegian Excel: BOM, semicolons, decimal comma")
    func csv() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "0425", "--trinn", "6", "--format", "csv", "--kjonn",
            "gutter")
        #expect(run.exitCode == 0, "\(run.err)")
        let lines = run.out.components(separatedBy: "\r\n")
        #expect(
            lines[0].hasPrefix(
                "\u{FEFF}enhet;trinn;gruppe;tidspunkt;kjønn;område;faktor;retning;gjennomsnitt;n;sd;fylket"))
        #expect(lines[1].hasPrefix("Hedmark › Åsnes;6. trinn;"))
        #expect(lines[1].hasSuffix(";syntetiske demodata"))
        #expect(lines.count > 10)
        // 17 columns, and 5 more for the school against the rest of its kommune (issue 7).
        #expect(
            lines.dropFirst().allSatisfy {
                $0.isEmpty || $0.split(separator: ";", omittingEmptySubsequences: false).count == 22
            })
        #expect(run.out.range(of: #"\d\.\d"#, options: .regularExpression) == nil, "decimal comma, never a point")
    }

    @Test("JSON for other programs, with the demo flag and no values for suppressed cells")
    func json() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Fjellgrenda skole", "--trinn", "2", "--kjonn", "gutter",
            "--format", "json")
        #expect(run.exitCode == 0, "\(run.err)")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["demo"] as? Bool == true)
        let results = object?["results"] as? [[String: Any]] ?? []
        #expect(!results.isEmpty)
        for row in results where row["suppressed"] != nil {
            #expect(row["unit"] == nil)
        }
        #expect(results.contains { $0["suppressed"] != nil }, "Fjellgrenda's boys on 2. trinn are few")
    }

    @Test("an unknown name suggests the nearest match, exit 64")
    func unknownName() throws {
        let run = kfl("show", try DemoFixture.snapshotPath(), "--kommune", "Åsnse")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Mente du «Åsnes»?"))
        let school = kfl("show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognlie skole")
        #expect(school.exitCode == 64)
        #expect(school.err.contains("Mente du «Rognli skole»?"))
    }

    @Test("two schools of one name: exit 64, both named with their kommune; --kommune picks exactly one")
    func ambiguousSchool() throws {
        let snapshot = try DemoFixture.snapshotPath()
        let run = kfl("show", snapshot, "--skole", "Svalåsen barneskole")
        #expect(run.exitCode == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("Svalåsen barneskole (Løten kommune"))
        #expect(run.err.contains("Svalåsen barneskole (Åsnes kommune"))
        #expect(run.err.contains("--kommune"))
        for kommune in ["Løten", "Åsnes"] {
            let one = kfl("show", snapshot, "--kommune", kommune, "--skole", "Svalåsen barneskole")
            #expect(one.exitCode == 0, "\(one.err)")
            #expect(one.out.hasPrefix("Hedmark › \(kommune) › Svalåsen barneskole"))
        }
    }

    @Test("several schools of the kommune given fit the name: the message says so, and asks for more of the name")
    func severalInTheKommuneGiven() throws {
        let snapshot = try DemoFixture.snapshotPath()
        let bokmal = kfl("show", snapshot, "--kommune", "Hamar", "--skole", "skole")
        #expect(bokmal.exitCode == 64)
        #expect(bokmal.err.contains("skoler i Hamar passer til «skole»:"), "\(bokmal.err)")
        #expect(bokmal.err.contains("Skriv mer av skolens navn, eller skolenummeret i parentesen."), "\(bokmal.err)")
        #expect(!bokmal.err.contains("Oppgi --kommune"), "--kommune was given: \(bokmal.err)")
        let nynorsk = kfl("--sprak", "nn", "show", snapshot, "--kommune", "Hamar", "--skole", "skole")
        #expect(nynorsk.exitCode == 64)
        #expect(nynorsk.err.contains("skular i Hamar passar til «skole»:"), "\(nynorsk.err)")
        #expect(nynorsk.err.contains("Skriv meir av namnet på skulen"), "\(nynorsk.err)")
        #expect(!nynorsk.err.contains("Oppgi --kommune"), "\(nynorsk.err)")
    }

    @Test("a name that fits a hundred schools names ten of them and how many more, on one readable line")
    func aHundredMatchesAreNotAllListed() throws {
        let snapshot = try DemoFixture.snapshotPath()
        let result = kfl("show", snapshot, "--skole", "skole")
        #expect(result.exitCode == 64)
        let count = try #require(Int(result.err.split(separator: " ").dropFirst().first ?? ""), "\(result.err)")
        #expect(count > Strings.CLI.candidatesNamed + 1, "\(result.err)")
        #expect(result.err.contains(" og \(count - Strings.CLI.candidatesNamed) til. "), "\(result.err)")
        #expect(result.err.components(separatedBy: "), ").count == Strings.CLI.candidatesNamed, "\(result.err)")
    }

    /// The binary in the C locale (the locale is the process's, so not through `kfl(…)` in this process).
    @Test("in the C locale the whole text is ASCII: title, demo notice, names and verdicts, as the bars are")
    func asciiInTheCLocale() throws {
        let snapshot = TmuxSession.shellQuoted(try DemoFixture.snapshotPath())
        let binary = TmuxSession.shellQuoted(TmuxSession.kflBinary())
        for (language, season) in [("nb", "hoesten"), ("nn", "hausten")] {
            for view in ["", "--skiller-seg-ut", "--tema alle", "--tidspunkt alle"] {
                let run = try ManPageTests.shell(
                    "env -i LANG=C KFL_HOME=/nonexistent \(binary) --sprak \(language) show \(snapshot)"
                        + " --kommune Åsnes --skole 'Rognli skole' \(view)")
                #expect(run.status == 0, "\(run.text)")
                #expect(run.text.allSatisfy { $0.isASCII }, "\(language) \(view): \(run.text.prefix(300))")
                #expect(run.text.hasPrefix("Hedmark > Aasnes > Rognli skole"), "\(language) \(view)")
                #expect(run.text.contains(season), "\(language) \(view)")
            }
        }
    }

    @Test("in the C locale error messages are ASCII too")
    func asciiErrorsInTheCLocale() throws {
        let snapshot = TmuxSession.shellQuoted(try DemoFixture.snapshotPath())
        let binary = TmuxSession.shellQuoted(TmuxSession.kflBinary())
        let run = try ManPageTests.shell(
            "env -i LANG=C KFL_HOME=/nonexistent \(binary) show \(snapshot) --kommune Åsnes --skole Blåbær 2>&1")
        #expect(run.status != 0)
        #expect(run.text.hasPrefix("Feil: "), "\(run.text)")
        #expect(run.text.contains("Blaabaer"), "\(run.text)")
        #expect(run.text.allSatisfy { $0.isASCII }, "\(run.text)")
    }

    @Test("a part of a name that fits several schools lists them, and never picks one")
    func partialNameOfSeveral() throws {
        let run = kfl("show", try DemoFixture.snapshotPath(), "--skole", "Svalåsen")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Løten kommune") && run.err.contains("Åsnes kommune"))
    }

    @Test("kfl --skole with an ambiguous name exits 64 before taking the terminal")
    func browseAmbiguous() throws {
        let run = kfl(try DemoFixture.snapshotPath(), "--skole", "Svalåsen barneskole")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Løten kommune") && run.err.contains("Åsnes kommune"))
    }

    @Test("a trinn the school does not have is refused, not printed as lines of «ingen svar»")
    func trinnOutsideTheSchool() throws {
        let run = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole", "--trinn",
            "9")
        #expect(run.exitCode == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("Svalåsen barneskole har ingen resultater for 9. trinn"), "\(run.err)")
        let inside = kfl(
            "show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Svalåsen barneskole", "--trinn",
            "7")
        #expect(inside.exitCode == 0, "\(inside.err)")
    }

    @Test("lærere exist at school level but not on a trinn")
    func staffAtSchoolLevel() throws {
        let school = kfl("show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--gruppe", "laerer")
        #expect(school.exitCode == 0, "\(school.err)")
        #expect(school.out.contains("Lærere"))
        let trinn = kfl(
            "show", try DemoFixture.snapshotPath(), "--skole", "Rognli skole", "--trinn", "3", "--gruppe", "laerer")
        #expect(trinn.exitCode == 64)
    }
}
