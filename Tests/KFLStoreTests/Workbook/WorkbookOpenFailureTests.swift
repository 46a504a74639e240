import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// A workbook that cannot be opened for writing is refused at once, with why,
/// and nothing is written: not the file, not a `-wal` or `-shm` beside it.
/// Real read-only disks (a tmpfs remounted read-only) and immutable files
/// (`chattr +i`), since tests run as root and `chmod` stops nothing.
@Suite(.serialized) struct WorkbookOpenFailureTests {
    /// A workbook with one analysis at `path`, closed again.
    static func makeWorkbook(_ path: String) throws {
        let workbook = try Workbook(path: path)
        try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(
        "a new workbook on a read-only disk: not writable, nothing created",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func newOnReadOnlyDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 256))
        try disk.makeReadOnly()
        let path = disk.file("kfl/arbeidsbok.sqlite")
        #expect(throws: WorkbookOpenError.notWritable(path: path)) { try Workbook(path: path) }
        #expect(try disk.fileNames().isEmpty)
        let message = WorkbookOpenError.notWritable(path: path).userMessage
        #expect(message == "kan ikke åpne arbeidsboka \(path): fila, mappen eller disken er skrivebeskyttet")
    }

    @Test(
        "an existing workbook on a read-only disk: not writable, the file as it was and nothing beside it",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func existingOnReadOnlyDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 512))
        let path = disk.file("arbeidsbok.sqlite")
        try Self.makeWorkbook(path)
        let before = try Self.bytes(path)
        try disk.makeReadOnly()
        #expect(throws: WorkbookOpenError.notWritable(path: path)) { try Workbook(path: path) }
        #expect(try disk.fileNames() == ["arbeidsbok.sqlite"])
        #expect(try Self.bytes(path) == before)
        #expect(WorkbookOpenError.notWritable(path: path).problem == WorkbookProblem(.readOnly, path: path))
    }

    @Test(
        "an immutable workbook, or one in an immutable folder: not writable, nothing written",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func immutable() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        try Self.makeWorkbook(path)
        let before = try Self.bytes(path)
        do {
            let locked = try #require(Immutable(path))
            #expect(throws: WorkbookOpenError.notWritable(path: path)) { try Workbook(path: path) }
            _ = locked
        }
        do {
            let folder = try #require(Immutable(dir.url.path))
            #expect(throws: WorkbookOpenError.notWritable(path: path)) { try Workbook(path: path) }
            let other = dir.path("ny.sqlite")
            #expect(throws: WorkbookOpenError.notWritable(path: other)) { try Workbook(path: other) }
            _ = folder
        }
        #expect(try dir.fileNames() == ["arbeidsbok.sqlite"])
        #expect(try Self.bytes(path) == before)
        #expect(try Workbook(path: path).all().map(\.title) == ["Uro"], "writable again, nothing lost")
    }

    @Test("a workbook locked by another program beyond the wait: locked; it opens once the lock is gone")
    func lockedByAnother() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        try Self.makeWorkbook(path)
        let other = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        #expect(throws: WorkbookOpenError.locked(path: path)) {
            try Workbook(path: path, openTimeout: .milliseconds(50))
        }
        #expect(WorkbookOpenError.locked(path: path).userMessage.contains("låst av et annet kfl-vindu eller program"))
        try other.execute("COMMIT")
        #expect(try Workbook(path: path, openTimeout: .milliseconds(50)).all().map(\.title) == ["Uro"])
    }

    @Test(
        "a new workbook on a full disk: disk full, and no empty file or journal left behind",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func newOnFullDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 256))
        disk.fill()
        let path = disk.file("arbeidsbok.sqlite")
        #expect(throws: WorkbookOpenError.diskFull(path: path)) { try Workbook(path: path) }
        #expect(try disk.fileNames() == [".fyll"])
        #expect(WorkbookOpenError.diskFull(path: path).userMessage.hasSuffix(": disken er full"))
        try disk.free()
        #expect(try Workbook(path: path).all().isEmpty, "with room again it is made")
    }

    @Test("a damaged workbook: damaged, and not changed")
    func damaged() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        try Self.makeWorkbook(path)
        var bytes = try Self.bytes(path)
        let pageSize = 4096
        bytes.replaceSubrange(pageSize..<bytes.count, with: Data(repeating: 0x5A, count: bytes.count - pageSize))
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect {
            try Workbook(path: path)
        } throws: { error in
            guard case .damaged(let failed, _) = error as? WorkbookOpenError else { return false }
            return failed == path
        }
        #expect(try Self.bytes(path) == bytes)
    }
}
