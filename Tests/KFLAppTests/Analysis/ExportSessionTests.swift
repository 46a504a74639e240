import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// `E` from an analysis and from the list writes the report into the user's
/// documents folder (a real temporary home), whatever folder kfl was started
/// from, says where it went, never writes over a file, and says where and why
/// when it cannot write — leaving nothing behind.
@Suite(.serialized) struct ExportSessionTests {
    static let title = "uro-og-forstyrrelser-i-timene-7-trinn"

    @Test func eWritesIntoTheDocumentsFolderAndSaysWhere() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        let folder = session.directory.appendingPathComponent("home/Dokumenter").path
        let markdown = folder + "/\(Self.title)-\(id.prefix(8)).md"

        session.press(.character("E"), .character("m"))
        // Told from the home folder, so the file's name fits at 80 columns.
        #expect(session.state?.message == "Eksportert til ~/Dokumenter/\(Self.title)-\(id.prefix(8)).md")
        #expect(session.screen.text.contains("Eksportert til ~/Dokumenter/\(Self.title)-\(id.prefix(8)).md"))
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("Uro og forstyrrelser i timene"))
        #expect(text.contains("SYNTETISKE DEMODATA") || text.lowercased().contains("syntetiske"))

        session.press(.character("E"), .character("h"))
        #expect(session.state?.message == "Eksportert til ~/Dokumenter/\(Self.title)-\(id.prefix(8)).html")
        // Again: a new file next to the first, never over it.
        session.press(.character("E"), .character("m"))
        #expect(session.state?.message == "Eksportert til ~/Dokumenter/\(Self.title)-\(id.prefix(8))-2.md")
        #expect(try String(contentsOfFile: markdown, encoding: .utf8) == text)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "\(Self.title)-\(id.prefix(8))-2.md", "\(Self.title)-\(id.prefix(8)).html",
                "\(Self.title)-\(id.prefix(8)).md",
            ])
    }

    @Test func eFromTheListWritesIntoTheSameFolder() throws {
        let session = try AnalysisTestSession()
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        session.press(.escape)
        #expect(session.app.mode == .list)
        session.press(.character("E"), .character("m"))
        let path =
            session.directory.appendingPathComponent("home/Dokumenter").path
            + "/\(Self.title)-\(id.prefix(8)).md"
        #expect(FileManager.default.fileExists(atPath: path))
        // The list's footer wraps the message: the whole path on a line of its own.
        let text = session.screen.text
        #expect(text.contains("│ Eksportert til") && text.contains("│ ~/Dokumenter/\(Self.title)-\(id.prefix(8)).md"))
    }

    @Test func aFolderThatCannotBeWrittenIsNamedWithTheReasonAndNothingIsWritten() throws {
        // A user whose home folder is gone (or was never made): no documents folder, no home.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-no-home-\(UUID().uuidString)")
            .path
        let session = try AnalysisTestSession(home: home)
        session.startAnalysis()
        let id = try #require(session.state?.analysis.id)
        session.press(.character("E"), .character("m"))
        // The file told from "~", the folder at fault in full.
        #expect(
            session.state?.message
                == "Kunne ikke eksportere til ~/\(Self.title)-\(id.prefix(8)).md: mappen \(home) finnes ikke")
        #expect(!FileManager.default.fileExists(atPath: home))
    }
}
