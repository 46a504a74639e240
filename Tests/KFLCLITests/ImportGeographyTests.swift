import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// `kfl import --geografi FIL`: any county, or several, from a CSV of kommuner.
@Suite struct ImportGeographyTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    static let innlandet = """
        kommunenummer;kommune;region;fylke
        3401;Kongsvinger;Glåmdalen;Innlandet
        3403;Hamar;Hamarregionen;Innlandet
        3415;Sør-Odal;Glåmdalen;Innlandet

        """

    /// Eight pupils at one school in each kommune, with their own school ids.
    static func answers(kommuner: [String]) -> String {
        CSVFixture.text(
            kommuner.flatMap { kommune in
                (1...8).map { i in
                    CSVFixture.row(
                        kommune: kommune, school: "S\(kommune)", name: "Skole \(kommune)",
                        gender: i % 2 == 0 ? "jente" : "gutt", id: "r\(kommune)-\(i)", e510: String(1 + i % 5))
                }
            })
    }

    /// Imports the answers with the geography and opens the snapshot.
    func importing(
        geography: String, answers: String, extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (CLIRun, SnapshotReader) {
        let geo = try dir.file("geografi.csv", text: geography)
        let csv = try dir.file("svar.csv", text: answers)
        let out = dir.path("resultater.sqlite")
        let run = kfl(["import", csv, "--geografi", geo, "-o", out] + extra)
        #expect(run.exitCode == 0, "stderr: \(run.err)", sourceLocation: sourceLocation)
        return (run, try SnapshotReader(path: out))
    }

    func units(_ reader: SnapshotReader, _ kind: UnitKind) -> [String] {
        reader.info.tree.units.filter { $0.kind == kind }.map { "\($0.code) \($0.name)" }
    }

    @Test("one county from a file: the fylke on top, its regions, its kommuner, results in kfl show")
    func oneCounty() throws {
        let (_, reader) = try importing(geography: Self.innlandet, answers: Self.answers(kommuner: ["3401", "3403"]))
        #expect(units(reader, .county) == ["34 Innlandet"])
        #expect(units(reader, .region) == ["glamdalen Glåmdalen", "hamarregionen Hamarregionen"])
        #expect(units(reader, .municipality) == ["3401 Kongsvinger", "3415 Sør-Odal", "3403 Hamar"])
        let show = kfl(
            "show", dir.path("resultater.sqlite"), "--kommune", "Hamar", "--skole", "Skole 3403",
            "--format", "csv")
        #expect(show.exitCode == 0, "stderr: \(show.err)")
        #expect(show.out.contains("Innlandet") || show.out.contains("fylket"))
    }

    @Test("several counties in one file: the fylker under one top, named by --navn or by the fylker")
    func severalCounties() throws {
        let geography = """
            kommunenummer;kommune;region;fylke
            3401;Kongsvinger;;Innlandet
            3001;Halden;;Viken
            3419;Våler;;Innlandet
            3018;Våler;;Viken

            """
        let answers = Self.answers(kommuner: ["3401", "3001", "3018"])
        let (run, reader) = try importing(geography: geography, answers: answers)
        // Only notes: the Våler in Innlandet has no answers, and the file has one elev510 factor.
        #expect(run.err.split(separator: "\n").allSatisfy { $0.hasPrefix("merk: ") }, "stderr: \(run.err)")
        #expect(run.err.contains("har ingen svar: Våler"), "stderr: \(run.err)")
        #expect(units(reader, .county) == ["00 Innlandet og Viken"])
        #expect(units(reader, .region) == ["innlandet Innlandet", "viken Viken"])
        #expect(reader.info.tree.units.filter { $0.kind == .school }.count == 3)
        let (_, named) = try importing(geography: geography, answers: answers, extra: ["--navn", "Østlandet"])
        #expect(units(named, .county) == ["00 Østlandet"])
    }

    @Test("regions given with several fylker are not used, and the user is told")
    func regionsUnusedWithSeveralCounties() throws {
        let geography =
            "kommunenummer;kommune;region;fylke\n"
            + "3401;Kongsvinger;Glåmdalen;Innlandet\n3001;Halden;Østfold;Viken\n"
        let (run, reader) = try importing(geography: geography, answers: Self.answers(kommuner: ["3001"]))
        #expect(
            run.err.contains(
                "geografi.csv har 2 fylker, så fylkene blir nivået mellom toppen og kommunene; "
                    + "regionkolonnen brukes ikke"))
        #expect(units(reader, .region) == ["innlandet Innlandet", "viken Viken"])
    }

    @Test("as Excel saves it: Windows-1252, comma, leading zeros dropped, columns reordered, no region column")
    func excelShapes() throws {
        let text = "Fylke,Kommunenr,Kommunenavn\r\nHedmark,402,Kongsvinger\r\nHedmark,425,\u{C5}snes\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let geo = try dir.file("geografi.csv", bytes: bytes)
        let csv = try dir.file("svar.csv", text: Self.answers(kommuner: ["0425"]))
        let out = dir.path("resultater.sqlite")
        let run = kfl("import", csv, "--geografi", geo, "-o", out)
        #expect(run.exitCode == 0, "stderr: \(run.err)")
        #expect(run.err.contains("leste den som Windows-1252"))
        let reader = try SnapshotReader(path: out)
        #expect(units(reader, .municipality) == ["0402 Kongsvinger", "0425 Åsnes"])
        #expect(units(reader, .region) == ["hedmark Hedmark"])
    }

    @Test("a kommune missing from the geography file is named with the file")
    func unknownMunicipalityNamesTheFile() throws {
        let geo = try dir.file("geografi.csv", text: Self.innlandet)
        let csv = try dir.file("svar.csv", text: Self.answers(kommuner: ["3405"]))
        let run = kfl("import", csv, "--geografi", geo, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65)
        #expect(
            run.err.contains("\(csv):2:2: ukjent kommunenummer «3405» (på 8 rader): finnes ikke i geografifila \(geo)"))
    }

    @Test("without --geografi an unknown kommune points at the option")
    func unknownMunicipalityWithoutGeography() throws {
        let csv = try dir.file("svar.csv", text: Self.answers(kommuner: ["3401"]))
        let run = kfl("import", csv, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65)
        #expect(
            run.err.contains(
                "ukjent kommunenummer «3401» (på 8 rader): finnes ikke blant kommunene i Hedmark. "
                    + "For andre kommuner, bruk --geografi FIL"))
    }

    @Test("the geography file among the answers is skipped with --geografi, and explained without")
    func geographyAmongAnswers() throws {
        let geo = try dir.file("geografi.csv", text: Self.innlandet)
        let csv = try dir.file("svar.csv", text: Self.answers(kommuner: ["3401"]))
        let with = kfl("import", csv, geo, "--geografi", geo, "-o", dir.path("a.sqlite"))
        #expect(with.exitCode == 0, "stderr: \(with.err)")
        let without = kfl("import", csv, geo, "-o", dir.path("b.sqlite"))
        #expect(without.exitCode == 65)
        #expect(
            without.err.contains(
                "\(geo):1: dette er en geografifil (kommunenummer;kommune;region;fylke), ikke svar. "
                    + "Bruk --geografi \(geo)"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("b.sqlite")))
    }

    @Test("--navn without --geografi is a usage error")
    func nameNeedsGeography() {
        let run = kfl("import", "svar.csv", "-o", "ut.sqlite", "--navn", "Norge")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("--navn gjelder bare sammen med --geografi FIL"))
    }
}

/// Every way a geography file can be wrong: a Norwegian message located like a
/// compiler diagnostic, exit code 65 (66 for a missing file), and nothing written.
@Suite struct ImportGeographyBadInputTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    static let header = "kommunenummer;kommune;region;fylke\n"

    @Test(
        "a bad geography file is refused before any answer is read",
        arguments: [
            ("", "filen er tom", ""),
            (header, "filen har bare overskriftslinjen og ingen kommuner", ":1"),
            (
                "kommunenummer\tkommune\tregion\tfylke\n3401\tKongsvinger\t\tInnlandet\n",
                "fant ikke kolonnene kommunenummer, kommune, region og fylke skilt med ; eller , i overskriftslinjen",
                ":1"
            ),
            ("kommunenummer;kommune;region\n3401;Kongsvinger;Glåmdalen\n", "mangler kolonnen «fylke»", ":1"),
            (
                "kommunenummer;kommune;region;fylket\n3401;Kongsvinger;;Innlandet\n",
                "ukjent kolonne «fylket». Mente du «fylke»?", ":1:4"
            ),
            ("kommunenummer;kommune;kommune;fylke\n", "kolonnen «kommune» står to ganger", ":1:3"),
            (header + "3401;Kongsvinger;Glåmdalen\n", "raden har 3 felt, men overskriften har 4", ":2"),
            (
                header + "34A1;Kongsvinger;;Innlandet\n",
                "kommunenummer «34A1» er ikke fire sifre (for eksempel 0425 eller 3401)", ":2:1"
            ),
            (header + ";Kongsvinger;;Innlandet\n", "kolonnen «kommunenummer» kan ikke stå tom", ":2:1"),
            (header + "3401;;;Innlandet\n", "kolonnen «kommune» kan ikke stå tom", ":2:2"),
            (header + "3401;Kongsvinger;;\n", "kolonnen «fylke» kan ikke stå tom", ":2:4"),
            (
                header + "3401;Kongsvinger;;Innlandet\n3401;Hamar;;Innlandet\n",
                "kommunenummer 3401 står allerede på linje 2", ":3:1"
            ),
            (
                header + "3401;Våler;;Innlandet\n3419;våler;;Innlandet\n",
                "kommunen «våler» står allerede i Innlandet på linje 2", ":3:2"
            ),
            (
                header + "3401;Kongsvinger;;Innlandet\n3403;Hamar;;innlandet\n",
                "fylket skrives «Innlandet» på linje 2, men «innlandet» her; skriv det likt overalt", ":3:4"
            ),
            (
                header + "3401;Kongsvinger;Glåmdalen;Innlandet\n3403;Hamar;;Innlandet\n",
                "regionen mangler; andre kommuner i Innlandet har region (for eksempel «Glåmdalen» på linje 2). "
                    + "Gi alle kommunene i fylket en region, eller ingen", ":3:3"
            ),
        ])
    func badFile(text: String, message: String, location: String) throws {
        let geo = try dir.file("geografi.csv", text: text)
        let csv = try dir.file("svar.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let run = kfl("import", csv, "--geografi", geo, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65, "stderr: \(run.err)")
        #expect(run.err.contains("\(geo)\(location): \(message)"), "stderr: \(run.err)")
        #expect(run.err.contains("Ingen fil er skrevet til"))
        #expect(try dir.fileNames() == ["geografi.csv", "svar.csv"])
    }

    @Test("every problem in the file is listed, not just the first")
    func allProblems() throws {
        let text =
            ImportGeographyBadInputTests.header
            + "34A1;Kongsvinger;;Innlandet\n3403;;;Innlandet\n3405;Lillehammer;;\n"
        let geo = try dir.file("geografi.csv", text: text)
        let csv = try dir.file("svar.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let run = kfl("import", csv, "--geografi", geo, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 65)
        #expect(run.err.contains("\(geo):2:1: "))
        #expect(run.err.contains("\(geo):3:2: "))
        #expect(run.err.contains("\(geo):4:4: "))
        #expect(run.err.contains("importen stoppet på grunn av 3 feil"))
    }

    @Test("a missing geography file exits 66")
    func missingFile() throws {
        let csv = try dir.file("svar.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let run = kfl("import", csv, "--geografi", dir.path("finnes-ikke.csv"), "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 66)
        #expect(run.err.contains("finnes-ikke.csv: finnes ikke eller er ikke en fil"))
        #expect(try dir.fileNames() == ["svar.csv"])
    }
}
