import Foundation
import KFLTestSupport
import Testing

/// Every way a respondent CSV can be wrong: a Norwegian message located like a
/// compiler diagnostic, the documented exit code, and nothing written.
@Suite struct ImportBadInputTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// Imports `bytes` as `name` and checks the failure.
    /// - Parameters:
    ///   - location: what follows the file path, e.g. ":2:10" (nil: not checked).
    @discardableResult
    func expectFailure(
        _ bytes: [UInt8], name: String = "elever.csv", exitCode: Int32 = 65, message: String, location: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIRun {
        let csv = try dir.file(name, bytes: bytes)
        let run = kfl("import", csv, "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == exitCode, "stderr: \(run.err)", sourceLocation: sourceLocation)
        #expect(run.err.contains(message), "stderr: \(run.err)", sourceLocation: sourceLocation)
        if let location {
            #expect(run.err.contains("\(csv)\(location): "), "stderr: \(run.err)", sourceLocation: sourceLocation)
        }
        #expect(run.err.contains("Ingen fil er skrevet til"), sourceLocation: sourceLocation)
        #expect(run.out.isEmpty, sourceLocation: sourceLocation)
        // Neither the snapshot nor a temporary `.resultater.sqlite.tmp-*` is left behind.
        #expect(try dir.fileNames() == [name], sourceLocation: sourceLocation)
        expectNorwegianOnly(run, redacting: [dir.url.path], sourceLocation: sourceLocation)
        return run
    }

    @discardableResult
    func expectFailure(
        _ text: String, exitCode: Int32 = 65, message: String, location: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIRun {
        try expectFailure(
            Array(text.utf8), exitCode: exitCode, message: message, location: location, sourceLocation: sourceLocation)
    }

    @Test("a tab-separated file is refused with a word about the delimiter")
    func tabSeparated() throws {
        let text = CSVFixture.text(CSVFixture.pupils(8, delimiter: "\t"), delimiter: "\t")
        try expectFailure(
            text, message: "fant ikke skilletegnet ; eller , i overskriftslinjen (fant tabulator)", location: ":1")
    }

    @Test("a header without a required column names the column")
    func missingColumn() throws {
        let header = CSVFixture.header().replacingOccurrences(of: ";respondent_id", with: "")
        let text = header + "\n2016;0425;S1;Åsnes skole;6;gutt;elev510;;4;\n"
        try expectFailure(text, message: "mangler kolonnen «respondent_id»", location: ":1")
    }

    @Test("a header missing several columns lists them all, even with few delimiters left")
    func missingSeveralColumns() throws {
        let text = "tidspunkt;kommunenr;skole;trinn;kjonn;gruppe;e510_trivsel\n2016;0425;Åsnes skole;6;gutt;elev510;4\n"
        try expectFailure(text, message: "mangler kolonnene «skole_id» og «respondent_id»", location: ":1")
    }

    @Test("an unknown column near a factor id suggests the factor")
    func unknownColumnWithSuggestion() throws {
        let header = CSVFixture.header().replacingOccurrences(of: "e510_trivsel", with: "e510_trivse")
        let text = ([header] + CSVFixture.pupils(3)).joined(separator: "\n") + "\n"
        try expectFailure(text, message: "ukjent kolonne «e510_trivse». Mente du «e510_trivsel»?", location: ":1:10")
    }

    @Test("a score that is not a number names line and column")
    func nonNumericScore() throws {
        let text = CSVFixture.text(CSVFixture.pupils(2) + [CSVFixture.row(id: "r9", e510: "fire")])
        try expectFailure(text, message: "«fire» i kolonnen «e510_trivsel» er ikke et tall", location: ":4:10")
    }

    @Test("a score outside the factor's scale names the scale")
    func outOfScaleScore() throws {
        let text = CSVFixture.text([CSVFixture.row(e510: "7")])
        try expectFailure(text, message: "skåren 7 i kolonnen «e510_trivsel» er utenfor skalaen 1–5", location: ":2:10")
    }

    @Test("an unknown kommunenummer is refused")
    func unknownMunicipality() throws {
        let text = CSVFixture.text([CSVFixture.row(kommune: "0999")])
        try expectFailure(text, message: "ukjent kommunenummer «0999»", location: ":2:2")
    }

    @Test("an unknown respondent group suggests the nearest one")
    func unknownGroup() throws {
        let text = CSVFixture.text([CSVFixture.row(group: "elev511")])
        try expectFailure(text, message: "ukjent respondentgruppe «elev511». Mente du «elev510»?", location: ":2:7")
    }

    @Test("trinn outside 1–10 is refused", arguments: ["11", "0"])
    func trinnOutsideOneToTen(trinn: String) throws {
        let text = CSVFixture.text([CSVFixture.row(trinn: trinn)])
        try expectFailure(text, message: "trinn \(trinn) er utenfor 1–10", location: ":2:5")
    }

    @Test("trinn outside the group's range is refused (elev14 on 6. trinn)")
    func trinnOutsideGroup() throws {
        let text = CSVFixture.text([CSVFixture.row(trinn: "6", group: "elev14", e14: "3", e510: "")])
        try expectFailure(
            text, message: "trinn 6 passer ikke for gruppen «Elever 1.–4. trinn» (1–4. trinn)", location: ":2:5")
    }

    @Test("trinn given for teachers is refused: they answer for the whole school")
    func trinnForTeachers() throws {
        let text = CSVFixture.text([CSVFixture.row(trinn: "6", gender: "", group: "laerer", e510: "", teacher: "4")])
        try expectFailure(
            text, message: "gruppen «Lærere» rapporteres for hele skolen; trinn skal stå tomt", location: ":2:5")
    }

    @Test("a respondent id seen twice in a round points at the first")
    func duplicateRespondent() throws {
        let text = CSVFixture.text([CSVFixture.row(id: "r1"), CSVFixture.row(gender: "jente", id: "r1")])
        let run = try expectFailure(
            text, message: "respondent_id «r1» finnes allerede for samme tidspunkt", location: ":3:8")
        #expect(run.err.contains("linje 2)"))
    }

    @Test("an empty file is refused")
    func emptyFile() throws {
        try expectFailure([], message: "filen er tom", location: nil)
    }

    @Test("a file with only the header is refused")
    func headerOnly() throws {
        try expectFailure(
            CSVFixture.header() + "\n", message: "filen har bare overskriftslinjen og ingen svar", location: ":1")
    }

    @Test("a line longer than 64 KiB is refused with its line number")
    func overlongLine() throws {
        let long = CSVFixture.row(name: String(repeating: "x", count: 70_000))
        let text = CSVFixture.text([CSVFixture.row(), long])
        try expectFailure(text, message: "linjen er lengre enn 64 KiB", location: ":3")
    }

    @Test("invalid UTF-8 in a file that is otherwise UTF-8 is refused with its line")
    func invalidUTF8() throws {
        var bytes = Array(CSVFixture.text([CSVFixture.row(id: "r1")]).utf8)  // "Åsnes" in UTF-8: the file is UTF-8
        bytes += Array(CSVFixture.row(name: "S\u{FFFD}r-Odal skole", id: "r2").utf8).map { $0 }
        // Replace the encoded U+FFFD (EF BF BD) with a lone Windows-1252 "ø" (F8).
        let marker: [UInt8] = [0xEF, 0xBF, 0xBD]
        let at = try #require(bytes.indices.first { Array(bytes[$0..<min($0 + 3, bytes.count)]) == marker })
        bytes.replaceSubrange(at..<at + 3, with: [0xF8])
        bytes += Array("\n".utf8)
        try expectFailure(bytes, message: "ugyldig UTF-8 i en fil som ellers er UTF-8", location: ":3")
    }

    @Test("a missing input file exits 66")
    func missingFile() throws {
        let run = kfl("import", dir.path("finnes-ikke.csv"), "-o", dir.path("resultater.sqlite"))
        #expect(run.exitCode == 66)
        #expect(run.err.contains("finnes-ikke.csv: finnes ikke eller er ikke en fil"))
        #expect(try dir.fileNames().isEmpty)
    }

    @Test("import without -o is a usage error")
    func missingOutput() throws {
        let csv = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let run = kfl("import", csv)
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Feil: mangler -o SNAPSHOT"))
        #expect(run.err.contains("Se «kfl import --help»."))
        #expect(try dir.fileNames() == ["elever.csv"])
    }

    @Test("a failed import leaves an existing snapshot byte for byte as it was")
    func existingSnapshotUntouched() throws {
        let good = try dir.file("god.csv", text: CSVFixture.text(CSVFixture.pupils(16)))
        let out = dir.path("resultater.sqlite")
        #expect(kfl("import", good, "-o", out).exitCode == 0)
        let before = try dir.bytes("resultater.sqlite")

        let bad = try dir.file(
            "feil.csv", text: CSVFixture.text(CSVFixture.pupils(16) + [CSVFixture.row(id: "r99", e510: "9")]))
        let run = kfl("import", bad, "-o", out)
        #expect(run.exitCode == 65)
        #expect(run.err.contains("utenfor skalaen"))
        #expect(try dir.bytes("resultater.sqlite") == before)
        #expect(try dir.fileNames() == ["feil.csv", "god.csv", "resultater.sqlite"])
    }

    @Test("problems are collected: three bad rows give three located messages")
    func collectsProblems() throws {
        let text = CSVFixture.text([
            CSVFixture.row(id: "r1", e510: "9"), CSVFixture.row(kommune: "9999", id: "r2"),
            CSVFixture.row(trinn: "x", id: "r3"),
        ])
        let run = try expectFailure(text, message: "importen stoppet på grunn av 3 feil", location: ":2:10")
        #expect(run.err.contains(":3:2: ukjent kommunenummer"))
        #expect(run.err.contains(":4:5: trinn «x» er ikke et tall"))
    }

    @Test("a quote that is never closed is reported at the line it starts on")
    func unterminatedQuote() throws {
        let text = CSVFixture.text(
            [CSVFixture.row(id: "r1"), CSVFixture.row(name: "\"Åsnes skole", id: "r2")]
                + (3...6).map { CSVFixture.row(id: "r\($0)") })
        try expectFailure(text, message: "anførselstegn som aldri lukkes", location: ":3")
    }

    @Test("a line break inside quotes does not shift the line numbers of later problems")
    func lineBreakInsideQuotes() throws {
        let text = CSVFixture.text([
            CSVFixture.row(name: "\"Åsnes\nskole\"", id: "r1"),
            CSVFixture.row(name: "\"Åsnes\nskole\"", id: "r2", e510: "8"),
        ])
        try expectFailure(text, message: "skåren 8", location: ":4:10")
    }

    @Test("a file read as Windows-1252 that also holds UTF-8 lines is refused, not garbled")
    func mixedEncodings() throws {
        var bytes = Array(CSVFixture.header().utf8) + [0x0A]
        // 0xC5 is Å in Windows-1252.
        bytes += Array("2016;0425;S1;".utf8) + [0xC5] + Array("snes skole;6;gutt;elev510;r1;;4;\n".utf8)
        bytes += Array(CSVFixture.row(name: "Åsnes skole", gender: "jente", id: "r2").utf8) + [0x0A]  // UTF-8 Å
        try expectFailure(bytes, message: "Lagre filen på nytt som «CSV UTF-8»", location: ":3")
    }

    @Test("an output directory that does not exist: exit 73 and nothing written")
    func outputDirectoryMissing() throws {
        let csv = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let run = kfl("import", csv, "-o", dir.path("finnes-ikke/resultater.sqlite"))
        #expect(run.exitCode == 73)
        #expect(run.err.contains("Feil: kan ikke skrive"))
        #expect(run.err.contains("Ingen fil er skrevet til"))
        #expect(try dir.fileNames() == ["elever.csv"])
    }
}
