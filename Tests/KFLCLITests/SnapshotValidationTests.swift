import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// Snapshots are checked at open, not trusted: a file edited by hand (the
/// schema's CHECKs switched off) is refused with a Norwegian message and exit
/// 65, never a trap or a hang, and `kfl check` lists every problem. Units,
/// meta and instrument are checked at every open; a cell when it is read.
@Suite struct SnapshotValidationTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        let csv = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(20)))
        path = dir.path("resultater.sqlite")
        let run = kfl("import", csv, "-o", path)
        try #require(run.exitCode == 0, "\(run.err)")
    }

    /// Runs `sql` on the snapshot with the schema's CHECKs off, as a hand edit would.
    func edit(_ sql: String) throws {
        let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try db.execute("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
        try db.execute(sql)
    }

    /// The county's own cell (all trinn, all pupils) of e510_trivsel in 2016.
    static let countyCell = """
        unit_id = 1 AND round = 2016 AND trinn = 0 AND gender = 0
        AND factor = (SELECT number FROM factors WHERE id = 'e510_trivsel')
        """
    /// The school: the last unit.
    static let school = "(SELECT max(id) FROM units)"
    static let kommune = "(SELECT parent_id FROM units WHERE id = (SELECT max(id) FROM units))"

    /// `kfl check` lists `problem` on stdout and exits 65; the full check at open throws.
    func expectCheckFinds(_ problem: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = kfl("check", path)
        #expect(check.exitCode == 65, "\(check.err)", sourceLocation: sourceLocation)
        #expect(check.out.contains(problem), "stdout: \(check.out)", sourceLocation: sourceLocation)
        let verdict = "Feil: \(path) har innhold kfl ikke kan bruke: "
        #expect(check.err.contains(verdict), "\(check.err)", sourceLocation: sourceLocation)
        expectNorwegianOnly(check, redacting: [dir.url.path], sourceLocation: sourceLocation)
        #expect(throws: SnapshotOpenError.self, sourceLocation: sourceLocation) {
            _ = try SnapshotReader(path: path, validation: .complete)
        }
    }

    /// Every way in refuses with 65 and a Norwegian message: opening (the
    /// browser stops before taking the terminal), `show` and `check`.
    func expectRefused(_ problem: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectCheckFinds(problem, sourceLocation: sourceLocation)
        for arguments in [["show", path], [path], ["show", path, "--kommune", "Åsnes"]] {
            let run = kfl(arguments)
            #expect(run.exitCode == 65, "\(arguments): \(run.err)", sourceLocation: sourceLocation)
            #expect(run.err.contains("har innhold kfl ikke kan bruke"), "\(run.err)", sourceLocation: sourceLocation)
            #expect(run.err.contains("Lag snapshotet på nytt"), sourceLocation: sourceLocation)
            expectNorwegianOnly(run, redacting: [dir.url.path], sourceLocation: sourceLocation)
        }
        #expect(throws: SnapshotOpenError.self, sourceLocation: sourceLocation) { _ = try SnapshotReader(path: path) }
    }

    /// A bad cell: found by `check`, and refused by `show` when it reads the
    /// cell (each cell is checked as it is read; the scan of every cell is `check`'s).
    func expectCellRefused(_ problem: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectCheckFinds(problem, sourceLocation: sourceLocation)
        let show = kfl("show", path)
        #expect(show.exitCode == 65, "\(show.err)", sourceLocation: sourceLocation)
        #expect(
            show.err.contains("Feil: kan ikke lese \(path): snapshotet har ugyldig innhold: en celle "),
            "\(show.err)", sourceLocation: sourceLocation)
        #expect(show.out.isEmpty, sourceLocation: sourceLocation)
        expectNorwegianOnly(show, redacting: [dir.url.path], sourceLocation: sourceLocation)
    }

    @Test("a negative standard deviation (a trap in Comparison) is refused")
    func negativeSD() throws {
        try edit("UPDATE cells SET sd = -0.5 WHERE \(Self.countyCell)")
        try expectCellRefused(
            """
            1 celle vises med et standardavvik som er negativt eller større enn skalaen \
            (første: enhet 1 («Hedmark»), 2016, alle trinn, alle, faktor «e510_trivsel»)
            """)
    }

    @Test("a shown cell with fewer answers than min_n is refused")
    func belowMinimumN() throws {
        try edit("UPDATE cells SET n = 3 WHERE \(Self.countyCell)")
        try expectCellRefused("1 celle vises med færre enn 7 svar (min_n), eller uten antall svar")
    }

    @Test(
        "a mean outside the factor's scale, or infinite, is refused",
        arguments: [
            "9", "9e999", "-9e999", "'tre'", "NULL",
        ])
    func meanOutsideScale(value: String) throws {
        try edit("UPDATE cells SET mean = \(value) WHERE \(Self.countyCell)")
        try expectCellRefused("vises med et gjennomsnitt utenfor faktorens skala")
    }

    @Test("min_n missing is refused: no silent fallback to 7")
    func minimumNMissing() throws {
        try edit("DELETE FROM meta WHERE key = 'min_n'")
        try expectRefused("min_n (grensen for hvor få svar som kan vises) mangler")
    }

    @Test("min_n that is not a whole number from 1 is refused", arguments: ["sju", "0", "-7", "7.5"])
    func minimumNInvalid(value: String) throws {
        try edit("UPDATE meta SET value = '\(value)' WHERE key = 'min_n'")
        try expectRefused("min_n er «\(value)», men må være et helt tall fra 1 og oppover")
    }

    @Test("the protection width missing is refused: the rule a file was made under is never assumed")
    func protectionMissing() throws {
        try edit("DELETE FROM meta WHERE key = 'protection'")
        try expectRefused("protection (hvor bredt en skjult gruppe er vernet) mangler")
    }

    @Test("a protection width that is not a whole percent from 0 to 100 is refused", arguments: ["tjue", "101", "-1"])
    func protectionInvalid(value: String) throws {
        try edit("UPDATE meta SET value = '\(value)' WHERE key = 'protection'")
        try expectRefused("protection er «\(value)», men må være et helt tall fra 0 til 100 (prosent av skalaen)")
    }

    @Test("schema 1's second reason code (hidden to protect another) is no code of schema 2")
    func oldSecondReason() throws {
        try edit("UPDATE cells SET suppressed = 2, n = NULL, mean = NULL, sd = NULL WHERE \(Self.countyCell)")
        try expectCellRefused("har ugyldig trinn, kjønn eller skjermingskode")
    }

    @Test(
        "a factors table that does not describe the stored instrument is refused (the cell scan takes its scales)",
        arguments: [
            "UPDATE factors SET scale_max = scale_max + 1 WHERE id = 'e510_trivsel'",
            "UPDATE factors SET id = 'e510_annet' WHERE id = 'e510_trivsel'",
            "DELETE FROM factors WHERE number = (SELECT max(number) FROM factors)",
            "INSERT INTO factors SELECT number + 1000, id || '_x', group_id, area, name, direction, scale_min,"
                + " scale_max FROM factors WHERE number = 0",
            "UPDATE factors SET number = -1 WHERE number = 0",
        ])
    func factorTableMismatch(sql: String) throws {
        try edit(sql)
        try expectRefused("tabellen over faktorer stemmer ikke med instrumentet i snapshotet")
    }

    @Test("a parent id that does not exist (a trap in UnitTree) is refused")
    func danglingParent() throws {
        try edit("UPDATE units SET parent_id = 999 WHERE id = \(Self.school)")
        try expectRefused("ligger under enhet 999, som ikke finnes")
    }

    @Test("a parent cycle (a hang at 100 % CPU) is refused")
    func parentCycle() throws {
        try edit("UPDATE units SET parent_id = \(Self.school) WHERE id = \(Self.kommune)")
        try expectRefused("ligger under hverandre i en sirkel")
    }

    @Test("a unit kind kfl does not know is refused, not read as a school")
    func unknownKind() throws {
        try edit("UPDATE units SET kind = 'barnehage' WHERE id = \(Self.school)")
        try expectRefused("har ukjent type «barnehage»; må være fylke, region, kommune eller skole")
    }

    @Test("a school directly under the county is refused")
    func wrongParentKind() throws {
        try edit("UPDATE units SET parent_id = 1 WHERE id = \(Self.school)")
        try expectRefused("er av typen skole, men ligger under enhet 1 («Hedmark»), som er av typen fylke")
    }

    @Test("a suppressed cell that still holds numbers is found by check")
    func suppressedWithValues() throws {
        try edit("UPDATE cells SET suppressed = 1 WHERE \(Self.countyCell)")
        try expectCheckFinds("er skjermet, men har likevel tall")
    }

    @Test(
        "cells of a factor, unit or round that does not exist, or with a bad code, are found by check",
        arguments: [
            ("factor = 99", "gjelder en faktor som ikke finnes i instrumentet"),
            ("unit_id = 999", "gjelder en enhet som ikke finnes"),
            ("round = 2019", "gjelder et tidspunkt som ikke finnes i snapshotet"),
            ("gender = 7", "har ugyldig trinn, kjønn eller skjermingskode"),
            ("suppressed = 5", "har ugyldig trinn, kjønn eller skjermingskode"),
        ])
    func cellsPointingNowhere(change: String, problem: String) throws {
        try edit("UPDATE cells SET \(change) WHERE \(Self.countyCell)")
        try expectCheckFinds(problem)
    }

    @Test("a group with its trinn reversed in the stored instrument (a trap in trinnRange) is refused")
    func reversedGroupTrinn() throws {
        try edit(
            """
            UPDATE meta SET value = replace(value, '"trinn":[5,10]', '"trinn":[10,5]') WHERE key = 'instrument'
            """)
        try expectRefused("instrumentet: gruppen «elev510» har trinn 10–5")
    }

    @Test("a snapshot made before themes existed opens, and its themes are the built-in ones")
    func snapshotWithoutThemes() throws {
        try edit("UPDATE meta SET value = json_remove(value, '$.themes') WHERE key = 'instrument'")
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        let stored = try db.scalar("SELECT value FROM meta WHERE key = 'instrument'", as: String.self) ?? ""
        #expect(!stored.contains("\"themes\""))
        let check = kfl("check", path)
        #expect(check.exitCode == 0, "\(check.err)")
        let run = kfl("show", path, "--tema", "uro_og_atferd")
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("Uro og atferd"))
        #expect(run.out.contains("Uro og forstyrrelser i timene"))
    }

    @Test("a control character in a stored theme's name is refused")
    func controlCharacterInTheme() throws {
        try edit(
            """
            UPDATE meta SET value = replace(value, '"name":"Uro og atferd"', '"name":"Uro\\u001b[2J"')
            WHERE key = 'instrument'
            """)
        try expectRefused("«uro_og_atferd» har styretegnet \\x1B")
    }

    @Test("a school's trinn range the wrong way round is refused")
    func reversedSchoolTrinn() throws {
        try edit("UPDATE units SET trinn_min = 9, trinn_max = 2 WHERE id = \(Self.school)")
        try expectRefused("har trinn «9–2»; må være fra 1 til 10, laveste først")
    }

    @Test("a control character in a school name is refused and never printed raw")
    func controlCharacterInName() throws {
        try edit("UPDATE units SET name = 'Åsnes' || char(27) || '[2J skole' WHERE id = \(Self.school)")
        try expectRefused("(«Åsnes\\x1B[2J skole») har styretegnet \\x1B i navnet eller koden")
    }

    @Test("kfl check lists every problem, one per line, and the count")
    func everyProblemListed() throws {
        try edit(
            """
            UPDATE cells SET sd = -1 WHERE \(Self.countyCell);
            UPDATE units SET parent_id = 999 WHERE id = \(Self.school);
            DELETE FROM meta WHERE key = 'min_n';
            UPDATE units SET kind = 'barnehage' WHERE id = 2;
            """)
        let check = kfl("check", path)
        #expect(check.exitCode == 65)
        #expect(check.out.contains("Innholdet har 4 feil som kfl ikke kan bruke:"), "\(check.out)")
        #expect(check.out.contains("1 celle vises med et standardavvik som er negativt"))
        #expect(check.out.contains("min_n (grensen for hvor få svar som kan vises) mangler"))
        #expect(check.out.contains("ligger under enhet 999, som ikke finnes"))
        #expect(check.out.contains("har ukjent type «barnehage»"))
        #expect(check.err.contains("(og 3 feil til; se «kfl check \(path)»)"), "\(check.err)")
        expectNorwegianOnly(check, redacting: [dir.url.path])
    }

    @Test("a sound snapshot passes: check says OK and exits 0")
    func soundSnapshot() throws {
        let check = kfl("check", path)
        #expect(check.exitCode == 0, "\(check.err)")
        #expect(!check.out.contains("Innholdet har"))
    }
}
