import Foundation
import Testing

@testable import KFLStore

/// Where `E` puts a report: in a real temporary home folder, the documents
/// folder the desktop names, else Dokumenter, else Documents, else the home
/// folder itself — never a folder that does not exist.
@Suite struct ReportFolderTests {
    let dir: TemporaryDirectory
    var home: String { dir.url.path }

    init() throws { dir = try TemporaryDirectory() }

    func folder(_ name: String) throws -> String {
        let path = dir.path(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func userDirs(_ text: String) throws {
        let config = try folder(".config")
        try Data(text.utf8).write(to: URL(fileURLWithPath: config + "/user-dirs.dirs"))
    }

    @Test func aHomeWithoutADocumentsFolderGetsTheReportItself() {
        #expect(ReportFolder.resolve(environment: [:], home: home).path == home)
    }

    @Test func dokumenterComesBeforeDocuments() throws {
        let documents = try folder("Documents")
        #expect(ReportFolder.resolve(environment: [:], home: home).path == documents)
        let dokumenter = try folder("Dokumenter")
        #expect(ReportFolder.resolve(environment: [:], home: home).path == dokumenter)
    }

    @Test func theDesktopsOwnDocumentsFolderComesFirst() throws {
        _ = try folder("Dokumenter")
        let papers = try folder("Mine papirer")
        try userDirs(
            """
            # This file is written by xdg-user-dirs-update
            XDG_DESKTOP_DIR="$HOME/Skrivebord"
            XDG_DOCUMENTS_DIR="$HOME/Mine papirer"
            """)
        #expect(ReportFolder.resolve(environment: [:], home: home).path == papers)
        let elsewhere = try folder("annet")
        #expect(ReportFolder.resolve(environment: ["XDG_DOCUMENTS_DIR": elsewhere], home: home).path == elsewhere)
    }

    @Test func aDocumentsFolderNamedButMissingIsPassedOver() throws {
        try userDirs("XDG_DOCUMENTS_DIR=\"$HOME/Borte\"\n")
        #expect(ReportFolder.resolve(environment: [:], home: home).path == home)
        let dokumenter = try folder("Dokumenter")
        #expect(ReportFolder.resolve(environment: [:], home: home).path == dokumenter)
    }

    @Test func theHomeFolderIsTheShellsHome() throws {
        let dokumenter = try folder("Dokumenter")
        #expect(ReportFolder.home(environment: ["HOME": home]) == home)
        #expect(ReportFolder.resolve(environment: ["HOME": home]).path == dokumenter)
        #expect(!ReportFolder.home(environment: [:]).isEmpty)
    }

    @Test func aNewFileNeverTakesAnothersName() throws {
        let reports = ReportFolder(path: try folder("Dokumenter"))
        let first = reports.newFile(named: "uro-1a2b3c4d.md")
        #expect(first == home + "/Dokumenter/uro-1a2b3c4d.md")
        try Data("før".utf8).write(to: URL(fileURLWithPath: first))
        #expect(reports.newFile(named: "uro-1a2b3c4d.md") == home + "/Dokumenter/uro-1a2b3c4d-2.md")
    }
}
