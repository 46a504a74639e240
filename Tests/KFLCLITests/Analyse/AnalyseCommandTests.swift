import Foundation
import KFLCore
import KFLImport
import KFLStore
import Testing

@testable import KFLCLI

/// Collects what a command prints.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }

    var console: Console {
        Console(
            out: { text in self.lock.withLock { self.outLines.append(text) } },
            err: { text in self.lock.withLock { self.errLines.append(text) } })
    }
}

@Suite struct AnalyseCommandTests {
    let fixture: AnalyseFixture

    init() throws { fixture = try AnalyseFixture() }

    func run(
        _ arguments: [String], home: String? = nil, columns: Int? = nil
    ) -> (code: ExitCode, out: String, err: String) {
        let captured = CapturedConsole()
        // KFL_HOME keeps every default path inside the fixture.
        let code: ExitCode
        do {
            let command = try CommandParser.parse(arguments)
            switch command {
            case .analyse(let request):
                var environment = ["KFL_HOME": home ?? fixture.directory.path]
                environment["COLUMNS"] = columns.map(String.init)
                code = AnalyseCommand.run(
                    request, console: captured.console, environment: environment,
                    now: AnalyseFixture.exportedAt)
            default:
                code = KFLCLI.run(arguments, console: captured.console)
            }
        } catch {
            code = KFLCLI.run(arguments, console: captured.console)
        }
        return (code, captured.out, captured.err)
    }

    func path(_ name: String) -> String { fixture.directory.appendingPathComponent(name).path }

    @Test func listShowsTheAnalysesWithin80Columns() {
        let result = run(["analyse", "list", "--workbook", fixture.workbookPath], columns: 80)
        #expect(result.code == .success)
        #expect(
            result.out == """
                ID        TITTEL                                 ENHET        STATUS  ENDRET
                3f2a9c1b  Uro på 7. trinn <o…beidsro» & trivsel  Flisa skole  pågår   01.05.2024
                """)
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func listInAPipeCutsNoTitle() {
        let result = run(["analyse", "list", "--workbook", fixture.workbookPath])
        #expect(result.out.contains("Uro på 7. trinn <og> «arbeidsro» & trivsel"))
    }

    @Test func listTellsImportedCopiesApartInANarrowTerminal() throws {
        let workbook = try Workbook(path: fixture.workbookPath)
        let original = try #require(try workbook.load(id: fixture.analysisID))
        let day = Date(timeIntervalSince1970: 1_717_200_000)
        for date in [day, day.addingTimeInterval(86_400)] {
            let title = Strings.Analysis.importedTitle(original.title, date: date)
            _ = try workbook.create(title: title, unit: original.unit, context: original.context)
        }
        let result = run(["analyse", "list", "--workbook", fixture.workbookPath], columns: 72)
        let rows = result.out.split(separator: "\n").dropFirst().map { String($0.dropFirst(10).prefix(32)) }
        #expect(rows.count == 3 && Set(rows).count == 3)
        #expect(rows.filter { $0.contains("juni 2024)") }.count == 2)
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }

    @Test func listWithoutAWorkbookSaysThereAreNoneAndCreatesNothing() {
        let home = path("tom")
        let result = run(["analyse", "list"], home: home)
        #expect(result.code == .success)
        #expect(result.out == "Ingen analyser ennå i \(home)/workbook.sqlite.")
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    @Test func exportThenImportGivesTheSameAnalysis() throws {
        let bundle = path("uro.json")
        let export = run([
            "analyse", "export", "3f2a", "--format", "json", "-o", bundle,
            "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath,
        ])
        #expect(export.code == .success, "\(export.err)")
        let colleague = path("kollega.sqlite")
        let first = run(["analyse", "import", bundle, "--workbook", colleague])
        #expect(first.code == .success)
        #expect(first.out.hasPrefix("Importerte «Uro på 7. trinn"))
        #expect(first.out.contains("Merk: analysen bygger på syntetiske demodata."))
        let original = try #require(try Workbook(path: fixture.workbookPath).load(id: fixture.analysisID))
        let imported = try #require(try Workbook(path: colleague).load(id: fixture.analysisID))
        #expect(imported.hasSameContent(as: original))
        #expect(imported.createdAt == original.createdAt && imported.updatedAt == original.updatedAt)
    }

    @Test func importingTheSameFileAgainChangesNothing() throws {
        let bundle = path("uro.json")
        _ = run([
            "analyse", "export", "3f2a9c1b", "--format", "json", "-o", bundle, "--snapshot", fixture.snapshotPath,
            "--workbook", fixture.workbookPath,
        ])
        let again = run(["analyse", "import", bundle, "--workbook", fixture.workbookPath])
        #expect(again.code == .success)
        #expect(again.out.contains("finnes allerede i arbeidsboka. Ingenting er endret."))
        #expect(try Workbook(path: fixture.workbookPath).all().count == 1)
    }

    @Test func aChangedVersionIsImportedBesideTheOriginal() throws {
        let bundle = path("uro.json")
        _ = run([
            "analyse", "export", "3f2a", "--format", "json", "-o", bundle, "--snapshot", fixture.snapshotPath,
            "--workbook", fixture.workbookPath,
        ])
        let workbook = try Workbook(path: fixture.workbookPath)
        _ = try workbook.updateText(analysisID: fixture.analysisID, field: .goal, value: "Endret her", basedOn: 1)
        let result = run(["analyse", "import", bundle, "--workbook", fixture.workbookPath])
        #expect(result.code == .success)
        #expect(result.out.contains("En annen versjon av «Uro på 7. trinn"))
        #expect(result.out.contains("(importert "))
        #expect(try workbook.all().count == 2)
        #expect(try workbook.load(id: fixture.analysisID)?.goal == "Endret her")
    }

    @Test(arguments: [
        ("ikke json", "filen er ikke gyldig JSON"),
        ("{\"format\": \"noe annet\"}", "er ikke en analyse eksportert fra kfl"),
        ("{\"format\": \"kfl-analyse\", \"version\": 9}", "laget av en nyere kfl"),
        ("{\"format\": \"kfl-analyse\", \"version\": 1}", "mangler «exportedBy»"),
    ])
    func aBadFileIsRefusedWithAClearMessage(content: String, message: String) throws {
        let file = path("feil.json")
        try content.write(toFile: file, atomically: true, encoding: .utf8)
        let result = run(["analyse", "import", file, "--workbook", fixture.workbookPath])
        #expect(result.code == .dataError)
        #expect(result.err.hasPrefix("Feil: \(file): "))
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test func aMissingFileIsNoInput() {
        let result = run(["analyse", "import", path("finnes-ikke.json"), "--workbook", fixture.workbookPath])
        #expect(result.code == .noInput)
    }

    @Test func exportWritesMarkdownToStandardOutByDefault() {
        let result = run([
            "analyse", "export", "3f", "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath,
        ])
        #expect(result.code == .success)
        #expect(result.out.hasPrefix("# Uro på 7. trinn"))
    }

    /// `-o FOLDER` names the file as `E` in the program does, and never writes over one.
    @Test func exportToAFolderWritesANewFileNamedAsTheProgramNamesIt() throws {
        let folder = path("Dokumenter")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let analysis = try #require(try Workbook(path: fixture.workbookPath).load(id: fixture.analysisID))
        let name = ReportFormat.markdown.fileName(title: analysis.title, id: analysis.id)
        #expect(name.hasPrefix("uro-paa-7-trinn") && name.hasSuffix("-3f2a9c1b.md"))
        let arguments = [
            "analyse", "export", "3f", "-o", folder, "--snapshot", fixture.snapshotPath, "--workbook",
            fixture.workbookPath,
        ]
        let first = run(arguments)
        #expect(first.code == .success, "\(first.err)")
        #expect(first.out.isEmpty)
        #expect(first.err == "Eksporterte «\(analysis.title)» til \(folder)/\(name).")
        #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8).hasPrefix("# Uro på 7. trinn"))
        let second = run(arguments)
        let again = (name as NSString).deletingPathExtension + "-2.md"
        #expect(second.err == "Eksporterte «\(analysis.title)» til \(folder)/\(again).")
        let json = run(arguments + ["--format", "json"])
        #expect(json.code == .success)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == [again, name, (name as NSString).deletingPathExtension + ".json"].sorted())
    }

    @Test func exportWithoutASnapshotAsksForOne() {
        let result = run(["analyse", "export", "3f", "--workbook", fixture.workbookPath])
        #expect(result.code == .usage)
        #expect(result.err.contains("--snapshot FIL"))
    }

    /// An analysis made in the program from the fixture's snapshot (so the workbook remembers it).
    func rememberedAnalysis() throws -> String {
        let workbook = try Workbook(path: fixture.workbookPath)
        let reader = try SnapshotReader(path: fixture.snapshotPath)
        let original = try #require(try workbook.load(id: fixture.analysisID))
        let reference = SnapshotReference(path: fixture.snapshotPath, fingerprint: reader.info.fingerprint)
        let made = try workbook.create(
            title: "Husket", unit: original.unit, context: original.context, linkedFactors: [],
            snapshot: reference)
        return String(made.id.prefix(8))
    }

    @Test func exportWithoutASnapshotUsesTheOneTheAnalysisWasMadeFrom() throws {
        let id = try rememberedAnalysis()
        let result = run(["analyse", "export", id, "--workbook", fixture.workbookPath])
        #expect(result.code == .success, "\(result.err)")
        #expect(result.out.hasPrefix("# Husket"))
    }

    @Test func aRememberedSnapshotThatIsGoneIsSaidAndNoInput() throws {
        let id = try rememberedAnalysis()
        try FileManager.default.moveItem(atPath: fixture.snapshotPath, toPath: fixture.snapshotPath + ".flyttet")
        let result = run(["analyse", "export", id, "--workbook", fixture.workbookPath])
        #expect(result.code == .noInput)
        #expect(result.err.contains("finnes ikke lenger") && result.err.contains(fixture.snapshotPath))
        #expect(result.out.isEmpty)
    }

    @Test func aRememberedSnapshotThatChangedIsRefusedUnlessNamed() throws {
        let id = try rememberedAnalysis()
        try FileManager.default.removeItem(atPath: fixture.snapshotPath)
        let csv = fixture.directory.appendingPathComponent("svar.csv")
        _ = try Importer.run(
            files: [csv], output: URL(fileURLWithPath: fixture.snapshotPath),
            options: Importer.Options(minimumN: 7, source: "nytt-uttrekk.csv", isDemo: true))
        let result = run(["analyse", "export", id, "--workbook", fixture.workbookPath])
        #expect(result.code == .dataError)
        #expect(result.err.contains("er endret siden analysen ble laget"))
        let named = run([
            "analyse", "export", id, "--workbook", fixture.workbookPath, "--snapshot", fixture.snapshotPath,
        ])
        #expect(named.code == .success)
    }

    @Test func anUnknownIDIsReported() {
        let result = run([
            "analyse", "export", "ffff", "--snapshot", fixture.snapshotPath, "--workbook", fixture.workbookPath,
        ])
        #expect(result.code == .noInput)
        #expect(result.err == "Feil: ingen analyse har id som begynner med «ffff» (se «kfl analyse list»)")
    }

    @Test(arguments: [
        (["analyse"], "mangler underkommando: list, export eller import"),
        (["analyse", "exprot"], "ukjent underkommando «exprot» for analyse. Mente du «export»?"),
        (["analyse", "export"], "oppgi id-en til analysen (se «kfl analyse list»)"),
        (
            ["analyse", "export", "x", "--format", "pdf"],
            "ugyldig verdi «pdf» for «--format»: bruk md, html eller json"
        ),
        (["analyse", "import"], "oppgi JSON-filen som skal importeres"),
        (["analyse", "list", "--verbose"], "ukjent valg «--verbose»"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) {
        let result = run(arguments)
        #expect(result.code == .usage)
        #expect(result.err.hasPrefix("Feil: \(message)"), "\(result.err)")
    }

    @Test(arguments: [
        ["analyse", "--help"], ["analyse", "list", "--help"], ["analyse", "export", "-h"],
        ["analyse", "import", "--help"],
    ])
    func helpIsNorwegianAndFitsIn80Columns(arguments: [String]) {
        let result = run(arguments)
        #expect(result.code == .success)
        #expect(result.out.hasPrefix("kfl analyse"))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func analyseIsACommandOfItsOwn() throws {
        #expect(try CommandParser.parse(["analyse", "list"]) == .analyse(.list(workbook: nil)))
        #expect(
            try CommandParser.parse(["analyse", "export", "3f", "--format=html", "-o", "r.html"])
                == .analyse(.export(.init(id: "3f", format: .html, output: "r.html"))))
    }
}
