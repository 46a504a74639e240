import Foundation
import KFLTestSupport
import Testing

@testable import KFLCore

/// The table the signal handler empties. Tested on a table of its own: emptying the
/// shared one here would take the temporary files of tests running beside it.
@Suite struct TemporaryFilesTests {
    @Test("what the signal handler removes: registered files, then registered folders that are empty")
    func removesRegisteredFilesAndEmptyFolders() throws {
        let dir = try TemporaryDirectory()
        let made = dir.path("laget")
        let kept = dir.path("brukerens")
        try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        let half = try dir.file("laget/halv.csv", text: "a;b\n")
        let own = try dir.file("brukerens/egen.csv", text: "mitt\n")
        let ours = try dir.file("brukerens/kfl.csv", text: "a;b\n")
        let table = PathTable(capacity: 8)
        defer { table.deallocate() }
        _ = table.add(made, kind: .folder)
        _ = table.add(half, kind: .file)
        _ = table.add(kept, kind: .folder)
        _ = table.add(ours, kind: .file)
        _ = table.add(dir.path("finnes-ikke"), kind: .file)
        #expect(table.paths == [made, half, kept, ours, dir.path("finnes-ikke")])

        table.removeAll()

        #expect(!FileManager.default.fileExists(atPath: made), "files first, then the folder they emptied")
        #expect(!FileManager.default.fileExists(atPath: ours))
        #expect(FileManager.default.fileExists(atPath: own), "a folder with the user's own files stays")
    }

    @Test("a cleared slot is no longer removed, and is taken again; a full table takes nothing")
    func clearedSlotsAndAFullTable() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.file("ferdig.sqlite", text: "x")
        let table = PathTable(capacity: 1)
        defer { table.deallocate() }
        let slot = try #require(table.add(file, kind: .file))
        #expect(table.add(dir.path("en-til"), kind: .file) == nil)
        table.clear(slot)
        #expect(table.paths.isEmpty)
        table.removeAll()
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(table.add(file, kind: .file) == slot)
    }

    @Test("a registration through kfl's shared table is listed until it is taken off")
    func sharedRegistration() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("skrives.sqlite")
        let registration = TemporaryFiles.registerFile(path)
        #expect(TemporaryFiles.registered.contains(path))
        TemporaryFiles.unregister(registration)
        #expect(!TemporaryFiles.registered.contains(path))
    }
}
