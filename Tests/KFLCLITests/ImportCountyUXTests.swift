import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// `kfl import --geografi` for a county of one's own: the mistakes a first import meets
/// (a fylke typo, a kommune with no answers, Excel's empty rows, a column left out, `-o`
/// naming a CSV) are said in Norwegian, where they are, and nothing is half-written.
@Suite struct ImportCountyUXTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    static let geography = ImportGeographyTests.innlandet

    func importing(_ csvs: [String], geography: String, output: String = "resultater.sqlite") throws -> CLIRun {
        let geo = try dir.file("geografi.csv", text: geography)
        return kfl(["import"] + csvs + ["--geografi", geo, "-o", dir.path(output)])
    }

    /// Checks a refused import: the exit code, the message, and no snapshot.
    func expectRefused(
        _ run: CLIRun, exitCode: Int32 = 65, message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.exitCode == exitCode, "stderr: \(run.err)", sourceLocation: sourceLocation)
        #expect(run.err.contains(message), "stderr: \(run.err)", sourceLocation: sourceLocation)
        #expect(run.err.contains("Ingen fil er skrevet til"), "stderr: \(run.err)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: dir.path("resultater.sqlite")), sourceLocation: sourceLocation)
    }

    @Test("one mistyped fylke among many is refused with the name it should be, not taken as a second fylke")
    func fylkeTypo() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401", "3403"]))
        let geography = Self.geography + "3405;Lillehammer;Lillehammerregionen;Innlandt\n"
        let run = try importing([csv], geography: geography)
        expectRefused(run, message: "geografi.csv:5:4: fylket «Innlandt» står bare her; mente du «Innlandet»?")
    }

    @Test("a region one letter off a region named on several lines is refused too")
    func regionTypo() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401", "3403"]))
        let geography = Self.geography + "3417;Grue;Glåmdaln;Innlandet\n"
        let run = try importing([csv], geography: geography)
        expectRefused(run, message: "geografi.csv:5:3: regionen «Glåmdaln» står bare her; mente du «Glåmdalen»?")
    }

    @Test("fylker that are merely alike, each on several lines, are two fylker")
    func alikeCounties() throws {
        let geography = """
            kommunenummer;kommune;region;fylke
            3901;Horten;;Vestfold
            3903;Holmestrand;;Vestfold
            3101;Halden;;Østfold
            3103;Moss;;Østfold

            """
        let csv = try dir.file(
            "svar.csv", text: ImportGeographyTests.answers(kommuner: ["3901", "3903", "3101", "3103"]))
        let run = try importing([csv], geography: geography)
        #expect(run.exitCode == 0, "stderr: \(run.err)")
    }

    @Test("a kommune in the geography with no answers is named at import, and kfl show says so")
    func municipalityWithoutAnswers() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401", "3403"]))
        let run = try importing([csv], geography: Self.geography)
        #expect(run.exitCode == 0, "stderr: \(run.err)")
        #expect(run.err.contains("merk: 1 kommune i geografifila \(dir.path("geografi.csv")) har ingen svar: Sør-Odal"))
        let show = kfl("show", dir.path("resultater.sqlite"), "--kommune", "Sør-Odal")
        #expect(show.exitCode == 64)
        #expect(show.err.contains("Sør-Odal har ingen svar i dette snapshotet"), "stderr: \(show.err)")
        #expect(!show.err.contains("med dette utvalget"))
    }

    @Test("more problems than are listed: the count says «minst»")
    func atLeast() throws {
        let rows = (1...40).map { CSVFixture.row(id: "r\($0)", e510: "9") }
        let csv = try dir.file("svar.csv", text: CSVFixture.text(rows))
        let run = try importing([csv], geography: Self.geography)
        expectRefused(run, message: "importen stoppet på grunn av minst 25 feil")
    }

    @Test("a kommune missing from the geography is reported once, with its rows and files")
    func unknownMunicipalityOnce() throws {
        let first = try dir.file("a.csv", text: ImportGeographyTests.answers(kommuner: ["3401", "4213"]))
        let rows = (1...30).map { CSVFixture.row(kommune: "4213", school: "T", id: "t\($0)") }
        let second = try dir.file("b.csv", text: CSVFixture.text(rows))
        let run = try importing([first, second], geography: Self.geography)
        expectRefused(run, message: "ukjent kommunenummer «4213»")
        let lines = run.err.split(separator: "\n").filter { $0.contains("ukjent kommunenummer") }
        #expect(lines.count == 1, "stderr: \(run.err)")
        #expect(lines.first?.hasPrefix("\(first):10:2: ") == true, "stderr: \(run.err)")
        #expect(lines.first?.contains("ukjent kommunenummer «4213» (på 38 rader i 2 filer): ") == true, "\(run.err)")
        #expect(run.err.contains("importen stoppet på grunn av 1 feil"), "stderr: \(run.err)")
    }

    @Test("the same file given twice is said to be given twice, not as a duplicate of every respondent")
    func sameFileTwice() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401"]))
        let run = try importing([csv, csv], geography: Self.geography)
        expectRefused(run, message: "\(csv): fila er gitt to ganger; ta den med bare én gang")
        #expect(!run.err.contains("finnes allerede"), "stderr: \(run.err)")
    }

    @Test("a control character in the geography names its column, not the value")
    func controlCharacterColumn() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401"]))
        let geography = Self.geography + "3405;Esc\u{1B}[2Jkommune;Lillehammerregionen;Innlandet\n"
        let run = try importing([csv], geography: geography)
        expectRefused(run, message: "geografi.csv:5:2: kolonnen «kommune» har styretegnet \\x1B")
    }

    @Test("Excel's rows of only separators at the end are skipped like blank lines, in answers and geography")
    func separatorRows() throws {
        let answers = ImportGeographyTests.answers(kommuner: ["3401", "3403", "3415"]) + ";;;;;;;;;;\r\n ; ;;;;;;;;;\n"
        let csv = try dir.file("svar.csv", text: answers)
        let run = try importing([csv], geography: Self.geography + ";;;\r\n;;;\r\n")
        #expect(run.exitCode == 0, "stderr: \(run.err)")
    }

    @Test("a factor without a column in a file is named with the file; the import goes on")
    func missingFactorColumn() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401", "3403", "3415"]))
        let run = try importing([csv], geography: Self.geography)
        #expect(run.exitCode == 0, "stderr: \(run.err)")
        let group = Instrument.builtIn.groups.first { $0.id == "elev510" }!
        let missing = group.factors.map(\.id).filter { $0 != "e510_trivsel" }
        #expect(!missing.isEmpty)
        let line = run.err.split(separator: "\n").first { $0.hasPrefix("merk: \(csv) har ingen kolonne for") }
        #expect(line != nil, "stderr: \(run.err)")
        #expect(line?.contains(missing[0]) == true, "stderr: \(run.err)")
        #expect(line?.contains("e510_trivsel") == false)
    }

    @Test("-o naming a file that is not a kfl snapshot is refused and the file kept; a snapshot is replaced")
    func outputNotASnapshot() throws {
        let csv = try dir.file("svar.csv", text: ImportGeographyTests.answers(kommuner: ["3401"]))
        let other = try dir.file("annet.csv", text: "kolonne\nverdi\n")
        let run = try importing([csv], geography: Self.geography, output: "annet.csv")
        #expect(run.exitCode == 73, "stderr: \(run.err)")
        #expect(run.err.contains("\(other) finnes og er ikke et kfl-snapshot"), "stderr: \(run.err)")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "kolonne\nverdi\n")
        #expect(try importing([csv], geography: Self.geography).exitCode == 0)
        let again = try importing([csv], geography: Self.geography)
        #expect(again.exitCode == 0, "stderr: \(again.err)")
        _ = try dir.file("tom.sqlite", text: "")
        #expect(try importing([csv], geography: Self.geography, output: "tom.sqlite").exitCode == 0)
    }

    @Test("extract -o and demo -o refuse a workbook or a CSV as import does, and leave no -wal or -shm beside it")
    func extractAndDemoRefuseWhatIsNotASnapshot() throws {
        let workbook = dir.path("arbeidsbok.sqlite")
        _ = try Workbook(path: workbook)
        let sidecars = { ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: workbook + $0) } }
        let before = (try Data(contentsOf: URL(fileURLWithPath: workbook)), sidecars())
        let extract = kfl("extract", try DemoFixture.snapshotPath(), "--kommune", "Hamar", "-o", workbook)
        #expect(extract.exitCode == 73, "stderr: \(extract.err)")
        #expect(extract.err.contains("\(workbook) finnes og er ikke et kfl-snapshot"), "stderr: \(extract.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: workbook)) == before.0, "the workbook is untouched")
        #expect(sidecars() == before.1, "reading the header opens no database")
        let csv = try dir.file("svar.csv", text: "a;b\n1;2\n")
        let demo = kfl("demo", "-o", csv)
        #expect(demo.exitCode == 73, "stderr: \(demo.err)")
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "a;b\n1;2\n")
    }
}

/// `tidligere_kommunenummer` in the geography: answers from before a kommune merger count for
/// the kommune as it is now, so the years on each side of the 2020 reform are one series.
@Suite struct ImportFormerNumberTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    static let geography = """
        kommunenummer;kommune;region;fylke;tidligere_kommunenummer
        3401;Kongsvinger;Glåmdalen;Innlandet;0402
        3403;Hamar;Hamarregionen;Innlandet;0403
        3415;Sør-Odal;Glåmdalen;Innlandet;0419 0418

        """

    /// Eight pupils at school K1 in `kommune` in `round`.
    static func rows(round: String, kommune: String) -> [String] {
        (1...8).map { i in
            CSVFixture.row(
                round: round, kommune: kommune, school: "K1", name: "Kongsvinger skole",
                gender: i % 2 == 0 ? "jente" : "gutt", id: "\(round)-\(i)", e510: String(1 + i % 5))
        }
    }

    @Test("rows with a kommune's former number (also as 402) count for the kommune now, one school over the years")
    func acrossTheReform() throws {
        let old = try dir.file("2016.csv", text: CSVFixture.text(Self.rows(round: "2016", kommune: "402")))
        let new = try dir.file("2020.csv", text: CSVFixture.text(Self.rows(round: "2020", kommune: "3401")))
        let geo = try dir.file("geografi.csv", text: Self.geography)
        let out = dir.path("resultater.sqlite")
        let run = kfl("import", old, new, "--geografi", geo, "-o", out)
        #expect(run.exitCode == 0, "stderr: \(run.err)")
        let reader = try SnapshotReader(path: out)
        #expect(reader.info.rounds == [2016, 2020])
        let schools = reader.info.tree.units.filter { $0.kind == .school }
        #expect(schools.map(\.code) == ["K1"])
        #expect(schools.first.flatMap { reader.info.tree.municipality(of: $0) }?.name == "Kongsvinger")
    }

    @Test("one former number under two kommuner (a split) is refused, naming both")
    func split() throws {
        let csv = try dir.file("2016.csv", text: CSVFixture.text(Self.rows(round: "2016", kommune: "0402")))
        let geography = Self.geography.replacingOccurrences(
            of: "Hamarregionen;Innlandet;0403", with: "Hamarregionen;Innlandet;0403 0402")
        let geo = try dir.file("geografi.csv", text: geography)
        let run = kfl("import", csv, "--geografi", geo, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65, "stderr: \(run.err)")
        #expect(
            run.err.contains(
                "geografi.csv:3:5: tidligere kommunenummer 0402 står både under «Kongsvinger» (linje 2) "
                    + "og «Hamar» her"),
            "stderr: \(run.err)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("resultater.sqlite")))
    }

    @Test("a former number that is another kommune's number now is refused")
    func formerNumberInUse() throws {
        let csv = try dir.file("2020.csv", text: CSVFixture.text(Self.rows(round: "2020", kommune: "3401")))
        let geography = Self.geography.replacingOccurrences(of: "Innlandet;0403", with: "Innlandet;3401")
        let geo = try dir.file("geografi.csv", text: geography)
        let run = kfl("import", csv, "--geografi", geo, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65, "stderr: \(run.err)")
        #expect(
            run.err.contains("geografi.csv:3:5: tidligere kommunenummer 3401 er nummeret til «Kongsvinger» på linje 2"),
            "stderr: \(run.err)")
    }
}
