import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// `kfl check --personvern`: passes what the import makes, names a cell published by
/// hand, catches two separate imports of overlapping data, and reads extracts.
@Suite struct PrivacyCheckCommandTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// Åsnes: Flisa (4 boys, 10 girls on 6. trinn) and Kjellmyra (12 boys, 9 girls); Hamar: one school of 30.
    static func rows(schools: Set<String> = ["S1", "S2", "S3"]) -> [String] {
        var rows: [String] = []
        let plan: [(code: String, name: String, kommune: String, boys: Int, girls: Int)] = [
            ("S1", "Flisa skole", "0425", 4, 10), ("S2", "Kjellmyra skole", "0425", 12, 9),
            ("S3", "Hamar skole", "0403", 15, 15),
        ]
        var id = 0
        for school in plan where schools.contains(school.code) {
            for i in 0..<(school.boys + school.girls) {
                id += 1
                let score = String(1 + (i * 7 + id) % 5)
                rows.append(
                    CSVFixture.row(
                        kommune: school.kommune, school: school.code, name: school.name,
                        gender: i < school.boys ? "gutt" : "jente",
                        id: "\(school.code)-\(i)", e510: score))
            }
        }
        return rows
    }

    func importRows(_ rows: [String], as name: String) throws -> String {
        let csv = try dir.file("\(name).csv", text: CSVFixture.text(rows))
        let out = dir.path("\(name).sqlite")
        let run = kfl("import", csv, "-o", out)
        try #require(run.exitCode == 0, "\(run.err)")
        return out
    }

    @Test("a snapshot the import made passes: exit 0, says what it checked and how narrow the narrowest bound is")
    func importedSnapshotPasses() throws {
        let path = try importRows(Self.rows(), as: "fylke")
        let run = kfl("check", "--personvern", path)
        #expect(run.exitCode == 0, "\(run.out)\n\(run.err)")
        #expect(run.out.contains("Personvernsjekk av \(path)"))
        #expect(run.out.contains("Kan regnes ut eksakt: 0"))
        #expect(run.out.contains("Snittet kan snevres inn til under 20 % av skalaen: 0"))
        #expect(run.out.contains("Smaleste grense for en skjult gruppe:"))
        #expect(run.out.contains("Resultat: trygt"))
    }

    @Test("a cell published by hand is named, and the check exits 1")
    func handMadeLeak() throws {
        let path = try importRows(Self.rows(), as: "fylke")
        // Publish Flisa's 4 boys with their true values.
        let scores = Self.rows(schools: ["S1"]).prefix(4).map {
            Double($0.split(separator: ";", omittingEmptySubsequences: false)[9])!
        }
        let mean = scores.reduce(0, +) / 4
        let sd = (scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 3).squareRoot()
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            let flisa = try #require(try db.scalar("SELECT id FROM units WHERE code = 'S1'", as: Int.self))
            let hidden = try #require(
                try db.scalar(
                    "SELECT suppressed FROM cells WHERE unit_id = \(flisa) AND trinn = 6 AND gender = 1", as: Int.self))
            #expect(hidden == 1)
            try db.execute(
                "UPDATE cells SET n = 4, mean = \(mean), sd = \(sd), suppressed = 0"
                    + " WHERE unit_id = \(flisa) AND trinn = 6 AND gender = 1")
        }
        let run = kfl("check", "--personvern", path)
        #expect(run.exitCode == 1)
        #expect(
            run.out.contains("vist med for få svar: Flisa skole (Åsnes), 6. trinn, gutter, 2016, Trivsel på skolen"),
            "\(run.out)")
        #expect(run.out.contains("Resultat: IKKE trygt"))
    }

    @Test("in nynorsk the check names factors by their nynorsk names, and one table is «1 tabell» in both languages")
    func nynorskNamesAndNumber() throws {
        let path = try importRows(Self.rows(), as: "fylke")
        do {
            // Publish Flisa's 4 boys, so that a finding names the place and the factor.
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            let flisa = try #require(try db.scalar("SELECT id FROM units WHERE code = 'S1'", as: Int.self))
            try db.execute(
                "UPDATE cells SET n = 4, mean = 3, sd = 1, suppressed = 0"
                    + " WHERE unit_id = \(flisa) AND trinn = 6 AND gender = 1")
            #expect(db.changes == 1)
        }
        let nynorsk = kfl("--sprak", "nn", "check", "--personvern", path)
        #expect(nynorsk.exitCode == 1)
        #expect(nynorsk.out.contains("Sjekka: 1 tabell (tidspunkt og faktor)"), "\(nynorsk.out)")
        #expect(nynorsk.out.contains("Flisa skole (Åsnes), 6. trinn, gutar, 2016, Trivsel på skulen"), "\(nynorsk.out)")
        #expect(!nynorsk.out.contains("Trivsel på skolen"), "\(nynorsk.out)")
        let bokmal = kfl("check", "--personvern", path)
        #expect(bokmal.out.contains("Sjekket: 1 tabell (tidspunkt og faktor)"), "\(bokmal.out)")
        #expect(bokmal.out.contains("Trivsel på skolen"))
        for run in [bokmal, nynorsk] {
            #expect(run.out.contains("«kfl check»"), "says what its count of hidden values counts: \(run.out)")
        }
    }

    @Test("shares are audited: none found in what the import made; a band of one pupil published by hand is named")
    func shareAudit() throws {
        let path = try importRows(Self.rows(), as: "fylke")
        let clean = kfl("check", "--personvern", path)
        #expect(clean.exitCode == 0, "\(clean.out)")
        #expect(clean.out.contains("Andel eller bånd vist for alle, ingen eller alle unntatt én eller to: 0"))
        #expect(clean.out.contains("Skjermet andel eller bånd kan regnes ut eksakt: 0"))
        #expect(clean.out.contains("Skjermet andel eller bånd kan snevres inn til én eller to"))
        do {
            // Hamar skole's 30 pupils on the trinn, shown with one of them alone in the lowest band.
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            let hamar = try #require(try db.scalar("SELECT id FROM units WHERE code = 'S3'", as: Int.self))
            try db.execute(
                "UPDATE cells SET band1 = 1, band2 = n - 1, band3 = 0, band4 = 0, unfavourable = NULL,"
                    + " shares_hidden = 0 WHERE unit_id = \(hamar) AND trinn = 6 AND gender = 0"
                    + " AND factor = (SELECT number FROM factors WHERE id = 'e510_trivsel')")
            #expect(db.changes == 1)
        }
        let run = kfl("check", "--personvern", path)
        #expect(run.exitCode == 1)
        // Hamar skole is the only school of Hamar, the only kommune of Hedmarken here: named by the largest unit.
        #expect(
            run.out.contains(
                "andel vist for (nesten) alle eller ingen: Hedmarken, 6. trinn, alle, 2016, Trivsel på skolen"),
            "\(run.out)")
        #expect(run.out.contains("Resultat: IKKE trygt"))
    }

    @Test("a county snapshot and a separate import of part of a kommune, held together, leak: exit 1")
    func separateImportsLeak() throws {
        let county = try importRows(Self.rows(), as: "fylke")
        // Kjellmyra alone: its boys are shown there, Åsnes' boys in the county file, so Flisa's boys follow.
        let part = try importRows(Self.rows(schools: ["S2"]), as: "kjellmyra")
        let alone = kfl("check", "--personvern", part)
        #expect(alone.exitCode == 0, "\(alone.out)")
        let together = kfl("check", "--personvern", county, part)
        #expect(together.exitCode == 1)
        #expect(together.out.contains("Personvernsjekk av 2 filer sammen"))
        #expect(together.out.contains("kan regnes ut: Flisa skole (Åsnes), 6. trinn, gutter, 2016"), "\(together.out)")
    }

    @Test("an extract of a kommune: same hidden cells, region and county kept; passes alone and with its source")
    func extractWithItsSource() throws {
        let county = try importRows(Self.rows(), as: "fylke")
        let extract = dir.path("asnes.sqlite")
        let run = kfl("extract", county, "--kommune", "Åsnes", "-o", extract)
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("utdrag for kommune 0425 Åsnes fra fylke.sqlite"))
        let reader = try SnapshotReader(path: extract)
        #expect(reader.info.tree.units.map(\.kind) == [.county, .region, .municipality, .school, .school])
        #expect(reader.info.extract?.scope == "kommune 0425 Åsnes")
        let check = kfl("check", extract)
        #expect(check.out.contains("Utdrag: kommune 0425 Åsnes, fra fylke.sqlite"))
        #expect(kfl("check", "--personvern", extract).exitCode == 0)
        #expect(kfl("check", "--personvern", county, extract).exitCode == 0)
    }

    @Test("an extract needs a kommune, and names a school only inside it")
    func extractUsage() throws {
        let county = try importRows(Self.rows(), as: "fylke")
        let missing = kfl("extract", county, "-o", dir.path("x.sqlite"))
        #expect(missing.exitCode == 64)
        #expect(missing.err.contains("mangler --kommune NAVN"))
        let wrongSchool = kfl(
            "extract", county, "--kommune", "Åsnes", "--skole", "Hamar skole", "-o", dir.path("x.sqlite"))
        #expect(wrongSchool.exitCode == 64)
        #expect(wrongSchool.err.contains("fant ingen skole som heter «Hamar skole»"))
    }

    @Test("a snapshot of schema 1 is refused by kfl check with a message, and audited by --personvern")
    func olderSchema() throws {
        let path = try importRows(Self.rows(), as: "fylke")
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            try db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        }
        let run = kfl("check", path)
        #expect(run.exitCode == 65)
        #expect(run.err.contains("er laget av en eldre kfl (skjemaversjon 1) med svakere personvern"))
        #expect(run.err.contains("Lag snapshotet på nytt"))
        #expect(kfl("check", "--personvern", path).exitCode == 0)
    }
}
