import Foundation
import KFLApp
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// A snapshot that goes bad while it is open (a disk fails, someone edits or
/// truncates it): the browser says so in Norwegian on its status line and
/// keeps running, never "SQLite error 11 (corrupt)" and never a trap.
@Suite struct BrowserDamagedSnapshotTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        let files = try DemoFixture.csvFiles().filter { $0.lastPathComponent.contains("2016-elev510") }
        path = dir.path("demo.sqlite")
        let options = Importer.Options(source: "test")
        _ = try Importer.run(files: files, output: URL(fileURLWithPath: path), options: options)
    }

    /// Opens the browser on the county, then walks into the first kommune.
    func browseAfter(
        width: Int = 100, height: Int = 30, _ damage: () throws -> Void
    ) throws -> BrowserRuntime {
        let reader = try SnapshotReader(path: path)
        let runtime = BrowserRuntime(source: reader, snapshotName: "demo.sqlite", width: width, height: height)
        #expect(runtime.state.message == nil)
        try damage()
        runtime.handle(.down)
        runtime.handle(.enter)
        return runtime
    }

    func expectMessage(_ runtime: BrowserRuntime, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let message = runtime.state.message ?? ""
        #expect(message == "Kan ikke lese resultatene: \(reason)", sourceLocation: sourceLocation)
        let screen = runtime.screen().lines.joined(separator: "\n")
        #expect(screen.contains("Kan ikke lese resultatene"), "\(screen)", sourceLocation: sourceLocation)
        #expect(UserText.englishWords(in: screen, redacting: ["demo.sqlite"]).isEmpty, sourceLocation: sourceLocation)
    }

    @Test("pages damaged while open: «fila er skadet eller avkortet» on the status line")
    func damagedWhileOpen() throws {
        let runtime = try browseAfter { try damagePages() }
        expectMessage(runtime, "fila er skadet eller avkortet")
    }

    /// Every page but the first (the schema) overwritten, and the change
    /// counter moved so that SQLite drops what it has cached.
    func damagePages() throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 8192
        bytes.replaceSubrange(pageSize..<bytes.count, with: Data(repeating: 0x5A, count: bytes.count - pageSize))
        bytes[24] &+= 1
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    @Test("at 80 columns a load error too long for the status line is written out in the results pane")
    func longErrorInThePane() throws {
        let runtime = try browseAfter(width: 80, height: 24) {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            try db.execute("PRAGMA ignore_check_constraints = ON; UPDATE cells SET sd = -1 WHERE suppressed = 0")
        }
        let message = try #require(runtime.state.message)
        #expect(message.count > 40, "too long for half of 80 columns")
        let screen = runtime.screen()
        #expect(screen.lines[1].hasSuffix("Kan ikke lese resultatene "), "\(screen.lines[1])")
        let pane = screen.lines.map { String($0.dropFirst(22)) }.joined().filter { !" │\n".contains($0) }
        #expect(pane.contains(message.filter { $0 != " " }), "the whole message, wrapped in the pane: \(screen.text)")
        #expect(!screen.text.contains("█"), "no results from the selection before")
        runtime.handle(.down)
        #expect(runtime.state.loadError != nil, "still unreadable, still said")
    }

    @Test("a damaged snapshot at 80×24: the short message above, the whole one in the pane")
    func damagedGolden() throws {
        let runtime = try browseAfter(width: 80, height: 24) { try damagePages() }
        expectGolden(runtime.screen(), named: "damaged-while-open-80x24")
    }

    @Test("a cell edited to a negative sd while open is refused as it is read, not drawn")
    func cellEditedWhileOpen() throws {
        let runtime = try browseAfter {
            let db = try SQLiteDatabase.open(path: path, mode: .readWrite)
            try db.execute("PRAGMA ignore_check_constraints = ON; UPDATE cells SET sd = -1 WHERE suppressed = 0")
        }
        let message = runtime.state.message ?? ""
        let expected = "Kan ikke lese resultatene: snapshotet har ugyldig innhold: en celle vises med et standardavvik"
        #expect(message.hasPrefix(expected), "\(message)")
    }
}
