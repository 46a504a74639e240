import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// `kfl check` explains every kind of file it is given, and never crashes.
@Suite struct CheckCommandTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// A real snapshot made by `kfl import`.
    func makeSnapshot(_ name: String = "resultater.sqlite") throws -> String {
        let csv = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(20)))
        let out = dir.path(name)
        let run = kfl("import", csv, "-o", out)
        try #require(run.exitCode == 0, "\(run.err)")
        return out
    }

    @Test("a good snapshot: schema version, min_n, not demo data, exit 0")
    func goodSnapshot() throws {
        let path = try makeSnapshot()
        let run = kfl("check", path)
        #expect(run.exitCode == 0, "\(run.err)")
        #expect(run.out.contains("Skjemaversjon: 3"))
        #expect(run.out.contains("min_n: 7"))
        #expect(run.out.contains("Demodata: nei"))
        #expect(run.out.contains("Hel fil: ja"))
        #expect(run.out.contains("Fylke: Hedmark, 22 kommuner"))
        #expect(run.err.isEmpty)
    }

    @Test("a JPEG is not a snapshot: exit 66")
    func jpeg() throws {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01]
        bytes += (0..<4_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try dir.file("bilde.sqlite", bytes: bytes)
        let run = kfl("check", path)
        #expect(run.exitCode == 66)
        #expect(run.err.contains("Feil: \(path) er ikke et kfl-snapshot"))
        #expect(run.out.isEmpty)
    }

    @Test("an empty file is not a snapshot: exit 66")
    func emptyFile() throws {
        let path = try dir.file("tom.sqlite", bytes: [])
        let run = kfl("check", path)
        #expect(run.exitCode == 66)
        #expect(run.err.contains("er ikke et kfl-snapshot"))
        #expect(try dir.bytes("tom.sqlite").isEmpty)
    }

    @Test("a missing snapshot: exit 66")
    func missing() throws {
        let run = kfl("check", dir.path("borte.sqlite"))
        #expect(run.exitCode == 66)
        #expect(run.err.contains("finner ikke snapshotet"))
        #expect(try dir.fileNames().isEmpty)
    }

    @Test("a snapshot cut in half is reported as damaged: exit 65")
    func truncated() throws {
        let path = try makeSnapshot()
        let bytes = try dir.bytes("resultater.sqlite")
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: path))
        let run = kfl("check", path)
        #expect(run.exitCode == 65, "\(run.err)")
        #expect(run.err.contains("er skadet eller avkortet"))
        #expect(run.err.contains("Lag snapshotet på nytt"))
    }

    @Test("a snapshot of schema 2 (no shares) is refused with what to do: exit 65")
    func schemaWithoutShares() throws {
        let path = try makeSnapshot()
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            try db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        }
        for arguments in [["check", path], ["show", path]] {
            let run = kfl(arguments)
            #expect(run.exitCode == 65)
            #expect(run.err.contains("er laget av en eldre kfl (skjemaversjon 2) uten andeler"))
            #expect(run.err.contains("Lag snapshotet på nytt fra svar-CSV-ene med «kfl import»"))
        }
    }

    @Test("a snapshot from a newer kfl (schema version 99) is refused: exit 65")
    func newerSchema() throws {
        let path = try makeSnapshot()
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            try db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        }
        let run = kfl("check", path)
        #expect(run.exitCode == 65)
        #expect(
            run.err.contains(
                "er laget av en nyere kfl (skjemaversjon 99; denne versjonen leser til og med 3). Oppdater kfl"))
    }

    @Test("an SQLite file of another program is not a snapshot: exit 66")
    func foreignDatabase() throws {
        let path = dir.path("annet.sqlite")
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .create)
            try db.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        }
        let run = kfl("check", path)
        #expect(run.exitCode == 66)
        #expect(run.err.contains("er ikke et kfl-snapshot"))
    }

    @Test("a directory is not a snapshot")
    func directory() throws {
        let run = kfl("check", dir.url.path)
        #expect(run.exitCode == 66)
        #expect(run.err.contains("er ikke et kfl-snapshot"))
    }
}
