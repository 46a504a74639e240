import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// `kill -9` leaves the files exactly as the process last wrote them (the
/// kernel keeps its page cache). Copying the database and its WAL while the
/// workbook is still open, even mid-transaction, is that state.
@Suite struct WorkbookCrashTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    func copyAsIfKilled(_ path: String, to name: String) throws -> String {
        let target = dir.path(name)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }

    @Test func aKilledProcessLosesOnlyTheEditInFlightAndLeavesASoundFile() throws {
        let path = dir.path()
        let workbook = try Workbook(path: path)
        let a = try workbook.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        var revision = 0
        for keystroke in 1...200 {
            revision = try workbook.updateText(
                analysisID: a.id, field: .challenge, value: String(repeating: "x", count: keystroke), basedOn: revision)
        }
        // The next keystroke is in flight: its transaction has written but not committed.
        try workbook.db.execute("BEGIN IMMEDIATE")
        try workbook.db.execute("UPDATE analysis_texts SET value = 'in flight' WHERE analysis_id = ?", [a.id])
        let killed = try copyAsIfKilled(path, to: "killed.sqlite")
        try workbook.db.execute("ROLLBACK")

        let recovered = try Workbook(path: killed)
        #expect(try recovered.integrityCheck() == ["ok"])
        let loaded = try #require(try recovered.load(id: a.id))
        #expect(loaded.challenge.count == 200 && loaded.revisions.text(.challenge) == 200)
    }
}
