import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

@testable import KFLCLI

/// `kfl analyse` on a workbook that cannot be written: a Norwegian message
/// saying why, the documented exit code, and the workbook as it was.
@Suite(.serialized) struct WorkbookAccessTests {
    /// The fixture's analysis as a bundle, ready to import.
    func bundle(_ fixture: AnalyseFixture) throws -> String {
        let bundle = fixture.directory.appendingPathComponent("uro.json").path
        try #require(
            kfl(
                "analyse", "export", "3f2a", "--format", "json", "-o", bundle, "--snapshot", fixture.snapshotPath,
                "--workbook", fixture.workbookPath
            ).exitCode == 0)
        return bundle
    }

    @Test(
        "analyse import into a workbook on a read-only disk: «skrivebeskyttet», exit 73, the workbook as it was",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func importIntoReadOnly() throws {
        let fixture = try AnalyseFixture()
        let bundle = try bundle(fixture)
        let disk = try #require(SmallDisk(kibibytes: 512))
        let workbook = disk.file("arbeidsbok.sqlite")
        _ = try Workbook(path: workbook)
        let before = try Data(contentsOf: URL(fileURLWithPath: workbook))
        try disk.makeReadOnly()
        let run = kfl("analyse", "import", bundle, "--workbook", workbook)
        #expect(run.exitCode == 73)
        #expect(
            run.err == "Feil: kan ikke åpne arbeidsboka \(workbook): fila, mappen eller disken er skrivebeskyttet",
            "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: workbook)) == before)
        #expect(try disk.fileNames() == ["arbeidsbok.sqlite"])
        expectNorwegianOnly(run, redacting: [disk.path, fixture.directory.path])
    }

    @Test("analyse import into a workbook another program holds locked: «låst», exit 1, nothing imported")
    func importIntoLocked() throws {
        let fixture = try AnalyseFixture()
        let bundle = try bundle(fixture)
        let workbook = fixture.directory.appendingPathComponent("ny.sqlite").path
        _ = try Workbook(path: workbook)
        let other = try SQLiteDatabase.open(path: workbook, mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        let run = kfl("analyse", "import", bundle, "--workbook", workbook)
        try other.execute("COMMIT")
        #expect(run.exitCode == 1)
        #expect(
            run.err.contains("arbeidsboka \(workbook): fila er låst av et annet kfl-vindu eller program"), "\(run.err)")
        #expect(try Workbook(path: workbook).all().isEmpty, "nothing imported")
        expectNorwegianOnly(run, redacting: [fixture.directory.path])
    }

    @Test("kfl on a workbook that is a snapshot: browses without analyses; the raw reason only under --debug")
    func sessionWorkbook() throws {
        let fixture = try AnalyseFixture()
        for debug in [false, true] {
            let lines = Lines()
            let console = Console(out: { _ in }, err: { lines.append($0) }, debug: debug)
            guard case .failure(let problem) = BrowseCommand.openWorkbook(fixture.snapshotPath, console: console) else {
                Issue.record("a snapshot opened as a workbook")
                return
            }
            #expect(problem == WorkbookProblem(.notAWorkbook, path: fixture.snapshotPath))
            #expect(lines.all.count == (debug ? 1 : 0))
            #expect(lines.all.allSatisfy { $0.hasPrefix("debug: ") }, "\(lines.all)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.snapshotPath)).count > 0)
    }
}

/// Lines printed from any thread.
private final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
