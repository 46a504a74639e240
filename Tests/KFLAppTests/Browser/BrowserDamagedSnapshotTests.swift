import Foundation
import KFLApp
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import Testing
import TerminalUI

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
    func browseAfter(_ damage: () throws -> Void) throws -> BrowserRuntime {
        let reader = try SnapshotReader(path: path)
        let runtime = BrowserRuntime(source: reader, snapshotName: "demo.sqlite", width: 100, height: 30)
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
        let runtime = try browseAfter {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            // Every page but the first (the schema) overwritten, and the change
            // counter moved so that SQLite drops what it has cached.
            let pageSize = 8192
            bytes.replaceSubrange(pageSize..<bytes.count, with: Data(repeating: 0x5A, count: bytes.count - pageSize))
            bytes[24] &+= 1
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        expectMessage(runtime, "fila er skadet eller avkortet")
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
