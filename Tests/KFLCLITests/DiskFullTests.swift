import Foundation
import KFLStore
import KFLTestSupport
import Testing

/// A full disk (a real 1 MiB tmpfs): a Norwegian message, exit 73, the
/// snapshot that was there untouched, and no temporary file left behind.
@Suite(.serialized, .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
struct DiskFullTests {
    @Test("kfl import onto a full disk: «disken er full», exit 73, the old snapshot byte for byte as it was")
    func importOntoFullDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 1024))
        let dir = try TemporaryDirectory()
        let small = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(20)))
        let output = disk.file("resultater.sqlite")
        try #require(kfl("import", small, "-o", output).exitCode == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))

        // The whole demo county: several MiB of snapshot, far more than the disk holds.
        let files = try DemoFixture.csvFiles().map(\.path)
        let run = kfl(["import"] + files + ["-o", output])
        #expect(run.exitCode == 73, "\(run.err)")
        #expect(run.err.contains("Feil: kan ikke skrive \(output): disken er full"), "\(run.err)")
        #expect(run.err.contains("Ingen fil er skrevet til \(output)."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
        #expect(try disk.fileNames() == ["resultater.sqlite"], "no temporary file left")
        expectNorwegianOnly(run, redacting: [disk.path, dir.url.path] + files)
    }

    @Test("kfl demo --csv onto a full disk: «disken er full», exit 73, no CSV file or snapshot left")
    func demoOntoFullDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 1024))
        let run = kfl("demo", "-o", disk.file("demo.sqlite"), "--csv", disk.file("csv"))
        #expect(run.exitCode == 73, "\(run.err)")
        #expect(run.err.contains("disken er full"), "\(run.err)")
        #expect(try disk.fileNames().isEmpty, "nothing half-written")
        expectNorwegianOnly(run, redacting: [disk.path])
    }

    @Test("kfl analyse export onto a full disk: «disken er full», exit 73, nothing half-written")
    func exportOntoFullDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 256))
        let fixture = try AnalyseFixture()
        disk.fill()
        let output = disk.file("rapport.html")
        let run = kfl(
            "analyse", "export", "3f2a", "--format", "html", "-o", output,
            "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath)
        #expect(run.exitCode == 73, "\(run.err)")
        #expect(run.err.contains("Feil: kan ikke skrive \(output): disken er full"), "\(run.err)")
        #expect(try disk.fileNames() == [".fyll"], "no report and no temporary file")
        expectNorwegianOnly(run, redacting: [disk.path, fixture.directory.path])
    }

    @Test("kfl analyse import into a workbook on a full disk: a Norwegian message, the workbook as it was")
    func analyseImportOntoFullDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 512))
        let fixture = try AnalyseFixture()
        let bundle = fixture.directory.appendingPathComponent("uro.json").path
        try #require(
            kfl(
                "analyse", "export", "3f2a", "--format", "json", "-o", bundle,
                "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath
            ).exitCode == 0)
        // The empty workbook is made off the small disk and copied onto it. Made here, its closed
        // -wal and -shm were unlinked but could still be held open (by a process another test spawned
        // at that moment): the disk looked full, and 33 blocks came free during the import, which
        // then succeeded (1 run in 40 with tests in parallel; 0 in 120 with the copy).
        let empty = fixture.directory.appendingPathComponent("tom.sqlite").path
        _ = try Workbook(path: empty)
        let workbook = disk.file("arbeidsbok.sqlite")
        try FileManager.default.copyItem(atPath: empty, toPath: workbook)
        disk.fill()
        let run = kfl("analyse", "import", bundle, "--workbook", workbook)
        #expect(run.exitCode != 0, "\(run.out)")
        #expect(run.err.contains("disken er full"), "\(run.err)")
        expectNorwegianOnly(run, redacting: [disk.path, fixture.directory.path])
        try FileManager.default.removeItem(atPath: disk.file(".fyll"))
        #expect(try Workbook(path: workbook).all().isEmpty, "nothing half-imported")
    }
}
