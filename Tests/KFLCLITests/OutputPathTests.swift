import Foundation
import KFLTestSupport
import Testing

/// Paths that could hurt: kfl never replaces an input, a device or a folder,
/// never reads a device or FIFO forever, and says what is wrong before it
/// reads anything.
@Suite struct OutputPathTests {
    let dir: TemporaryDirectory
    let csv: String

    init() throws {
        dir = try TemporaryDirectory()
        csv = try dir.file("elever.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
    }

    func expectRefused(
        _ arguments: [String], exitCode: Int32, message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try dir.fileNames()
        let csvBytes = try dir.bytes("elever.csv")
        let run = kfl(arguments)
        #expect(run.exitCode == exitCode, "\(run.err)", sourceLocation: sourceLocation)
        #expect(run.err.contains(message), "\(run.err)", sourceLocation: sourceLocation)
        #expect(run.out.isEmpty, sourceLocation: sourceLocation)
        #expect(try dir.fileNames() == before, sourceLocation: sourceLocation)
        #expect(try dir.bytes("elever.csv") == csvBytes, "the input is untouched", sourceLocation: sourceLocation)
        expectNorwegianOnly(run, redacting: [dir.url.path], sourceLocation: sourceLocation)
    }

    @Test("-o naming the input file is refused before anything is read; the CSV is untouched")
    func outputIsInput() throws {
        try expectRefused(
            ["import", csv, "-o", csv], exitCode: 64, message: "\(csv) er også en av filene som skal leses")
    }

    @Test("-o naming an input by another path (./, a hard link, a symbolic link) is refused too")
    func outputIsInputByAnotherName() throws {
        let other = try dir.file("annen.csv", text: CSVFixture.text(CSVFixture.pupils(8)))
        let dotted = dir.url.path + "/./elever.csv"
        try expectRefused(["import", other, csv, "-o", dotted], exitCode: 64, message: "er samme fil som \(csv)")
        try FileManager.default.linkItem(atPath: csv, toPath: dir.path("lenke.csv"))
        try expectRefused(
            ["import", csv, "-o", dir.path("lenke.csv")], exitCode: 64, message: "er samme fil som \(csv)")
        try FileManager.default.createSymbolicLink(atPath: dir.path("symbol.csv"), withDestinationPath: csv)
        try expectRefused(
            ["import", csv, "-o", dir.path("symbol.csv")], exitCode: 64, message: "er samme fil som \(csv)")
    }

    @Test("-o naming a device is refused and the device stays a device", arguments: ["/dev/null", "/dev/zero"])
    func outputIsDevice(device: String) throws {
        try expectRefused(
            ["import", csv, "-o", device], exitCode: 73,
            message: "det er en enhetsfil, ikke en vanlig fil; kfl erstatter aldri slike")
        var info = stat()
        #expect(stat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "no temporary file in /dev")
    }

    @Test("-o naming a symbolic link to a device is refused")
    func outputIsLinkToDevice() throws {
        try FileManager.default.createSymbolicLink(atPath: dir.path("null"), withDestinationPath: "/dev/null")
        try expectRefused(["import", csv, "-o", dir.path("null")], exitCode: 73, message: "det er en enhetsfil")
    }

    @Test("-o naming a folder or a FIFO is refused")
    func outputIsFolderOrFIFO() throws {
        try FileManager.default.createDirectory(atPath: dir.path("mappe"), withIntermediateDirectories: false)
        try expectRefused(
            ["import", csv, "-o", dir.path("mappe")], exitCode: 73, message: "det er en mappe; oppgi et filnavn")
        #expect(mkfifo(dir.path("ror"), 0o600) == 0)
        try expectRefused(
            ["import", csv, "-o", dir.path("ror")], exitCode: 73, message: "det er et navngitt rør (FIFO)")
    }

    @Test(
        "-o \"\" gets its own message",
        arguments: [
            ["import", "elever.csv", "-o", ""], ["demo", "-o", ""], ["demo", "--output="],
        ])
    func emptyOutput(arguments: [String]) throws {
        try expectRefused(arguments, exitCode: 64, message: "«-o» har et tomt filnavn")
    }

    @Test("an input that is not a regular file is refused, never read forever", arguments: ["/dev/zero", "/dev/null"])
    func inputIsDevice(device: String) throws {
        try expectRefused(
            ["import", device, "-o", dir.path("ut.sqlite")], exitCode: 66,
            message: "\(device): er en enhetsfil, ikke en vanlig fil")
    }

    @Test("a FIFO or a folder as input is refused without opening it")
    func inputIsFIFOOrFolder() throws {
        #expect(mkfifo(dir.path("ror.csv"), 0o600) == 0)
        try expectRefused(
            ["import", dir.path("ror.csv"), "-o", dir.path("ut.sqlite")], exitCode: 66,
            message: "er et navngitt rør (FIFO)")
        try FileManager.default.createDirectory(atPath: dir.path("mappe.csv"), withIntermediateDirectories: false)
        try expectRefused(
            ["import", dir.path("mappe.csv"), "-o", dir.path("ut.sqlite")], exitCode: 66,
            message: "er en mappe, ikke en fil")
    }

    @Test(
        "a device or FIFO given as snapshot, workbook or bundle is never opened",
        arguments: [
            ["check", "/dev/zero"], ["show", "/dev/zero"], ["/dev/zero"], ["analyse", "import", "/dev/zero"],
            ["analyse", "list", "--workbook", "/dev/null"], ["analyse", "export", "3f", "--workbook", "/dev/null"],
        ])
    func otherInputsAreDevices(arguments: [String]) throws {
        let run = kfl(arguments)
        #expect(run.exitCode == 66, "\(run.err)")
        #expect(run.err.contains("er en enhetsfil, ikke en vanlig fil; kfl leser bare vanlige filer"), "\(run.err)")
        let journals = ["/dev/null-wal", "/dev/null-shm", "/dev/null-journal", "/dev/zero-journal"]
        #expect(!journals.contains { FileManager.default.fileExists(atPath: $0) }, "no journal beside a device")
        expectNorwegianOnly(run)
    }

    @Test("kfl demo -o a device is refused before anything is generated")
    func demoToDevice() throws {
        try expectRefused(
            ["demo", "-o", "/dev/null", "--csv", dir.path("csv")], exitCode: 73, message: "det er en enhetsfil")
    }

    @Test("kfl analyse export -o a device, or the workbook itself, is refused")
    func exportToDeviceOrWorkbook() throws {
        let fixture = try AnalyseFixture()
        let id = String(fixture.analysisID.prefix(8))
        let common = ["--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath]
        let device = kfl(["analyse", "export", id, "-o", "/dev/null"] + common)
        #expect(device.exitCode == 73)
        #expect(device.err.contains("det er en enhetsfil"), "\(device.err)")
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath))
        let workbook = kfl(["analyse", "export", id, "-o", fixture.workbookPath] + common)
        #expect(workbook.exitCode == 64)
        #expect(workbook.err.contains("er også en av filene som skal leses"), "\(workbook.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath)) == before)
        expectNorwegianOnly(workbook, redacting: [fixture.directory.path])
    }
}
