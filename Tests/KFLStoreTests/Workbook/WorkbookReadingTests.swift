import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// `Workbook(readingFrom:)`: what `kfl analyse list` and `export` open. A workbook kfl cannot
/// write (a backup copy) is read as it is: nothing in it or beside it changes, and every edit
/// is refused.
@Suite(.serialized) struct WorkbookReadingTests {
    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(
        "an immutable workbook, or one in an immutable folder, is read; nothing is written in or beside it",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func immutable() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("kopi.sqlite")
        try WorkbookOpenFailureTests.makeWorkbook(path)
        let before = try Self.bytes(path)
        for lockFolder in [false, true] {
            let locked = try #require(Immutable(lockFolder ? dir.url.path : path))
            let workbook = try Workbook(readingFrom: path)
            #expect(try workbook.all().map(\.title) == ["Uro"])
            let id = try #require(try workbook.all().first?.id)
            #expect(try workbook.load(id: id)?.title == "Uro")
            #expect(throws: AnalysisStoreError(.readOnly, path: path)) {
                try workbook.create(title: "Ny", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
            }
            _ = locked
        }
        #expect(try dir.fileNames() == ["kopi.sqlite"])
        #expect(try Self.bytes(path) == before)
    }

    @Test(
        "a read-only workbook from an older kfl is brought up to date in memory only; the file stays as it was",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func olderReadOnly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("gammel.sqlite")
        do {
            let db = try SQLiteDatabase.open(path: path, mode: .create)
            try db.setApplicationID(WorkbookSchema.applicationID)
            var first = Migrator()
            first.register("001-analyses", sql: WorkbookSchema.v1)
            try first.migrate(db)
        }
        let before = try Self.bytes(path)
        let locked = try #require(Immutable(path))
        let workbook = try Workbook(readingFrom: path)
        #expect(try workbook.appliedMigrations() == WorkbookSchema.migrator.migrationNames)
        #expect(try workbook.all().isEmpty)
        #expect(throws: AnalysisStoreError(.readOnly, path: path)) {
            try workbook.create(title: "Ny", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        }
        _ = locked
        #expect(try Self.bytes(path) == before)
        #expect(try dir.fileNames() == ["gammel.sqlite"])
    }

    @Test("a writable workbook is opened for writing, as kfl always does")
    func writable() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        try WorkbookOpenFailureTests.makeWorkbook(path)
        let workbook = try Workbook(readingFrom: path)
        try workbook.create(title: "Ny", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        #expect(try Workbook(path: path).all().map(\.title).sorted() == ["Ny", "Uro"])
    }

    @Test(
        "a read-only file that is no workbook is still refused as one",
        .enabled(if: Immutable.available, Comment(rawValue: Immutable.unavailableReason)))
    func notAWorkbook() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("tekst.sqlite")
        try Data("ikke en database".utf8).write(to: URL(fileURLWithPath: path))
        let locked = try #require(Immutable(path))
        #expect(throws: WorkbookOpenError.notAWorkbook(path: path)) { try Workbook(readingFrom: path) }
        _ = locked
    }
}
