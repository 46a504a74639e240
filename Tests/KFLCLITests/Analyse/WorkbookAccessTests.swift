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

    @Test(
        "analyse list and export read a backup copy kfl cannot write (chmod 444 and immutable, or in such a folder)",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func readOnlyCopy() throws {
        let fixture = try AnalyseFixture()
        let folder = fixture.directory.appendingPathComponent("kopi").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let copy = (folder as NSString).appendingPathComponent("arbeidsbok-kopi.sqlite")
        try FileManager.default.copyItem(atPath: fixture.workbookPath, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        for lockFolder in [false, true] {
            let locked = try #require(Immutable(lockFolder ? folder : copy))
            let list = kfl("analyse", "list", "--workbook", copy)
            #expect(list.exitCode == 0, "\(list.err)")
            #expect(list.out.contains("Uro på 7. trinn"), "\(list.out)")
            let export = kfl(
                "analyse", "export", "3f2a", "--format", "md", "--snapshot", fixture.snapshotPath, "--workbook", copy)
            #expect(export.exitCode == 0, "\(export.err)")
            #expect(export.out.contains("Elevene på 7. trinn opplever mer uro"), "\(export.out.prefix(400))")
            let nynorsk = kfl("--sprak", "nn", "analyse", "list", "--workbook", copy)
            #expect(nynorsk.exitCode == 0 && nynorsk.out.contains("Uro på 7. trinn"), "\(nynorsk.err)")
            _ = locked
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["arbeidsbok-kopi.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test(
        "analyse import into a read-only copy is refused in both languages: exit 73, the copy as it was",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func importIntoReadOnlyCopy() throws {
        let fixture = try AnalyseFixture()
        let bundle = try bundle(fixture)
        let copy = fixture.directory.appendingPathComponent("kopi.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.workbookPath, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let locked = try #require(Immutable(copy))
        let bokmal = kfl("--sprak", "nb", "analyse", "import", bundle, "--workbook", copy)
        let nynorsk = kfl("--sprak", "nn", "analyse", "import", bundle, "--workbook", copy)
        _ = locked
        #expect(bokmal.exitCode == 73 && nynorsk.exitCode == 73)
        #expect(bokmal.err.contains("skrivebeskyttet"), "\(bokmal.err)")
        #expect(nynorsk.err.contains("skriveverna"), "\(nynorsk.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
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
