import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// `readTogether` (the browser's reads for one key) holds SQLite's shared lock from its first
/// query to its end, and only that long: other readers read meanwhile, a writer cannot write
/// until it ends, and after it the file is as free as it was.
@Suite struct SnapshotReadTogetherTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: try DemoFixture.snapshotPath(), toPath: path)
    }

    /// A write that needs the whole file, refused at once (no wait) while a reader holds it.
    func write() throws {
        let writer = try SQLiteDatabase.open(path: path, mode: .readWrite, busyTimeout: .zero)
        try writer.execute("UPDATE meta SET value = value || '.' WHERE key = 'source'")
    }

    func isBusy(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return false
        } catch let error as SQLiteError {
            return error.kind == .busy
        } catch {
            return false
        }
    }

    @Test("the lock is held through the reads of one call, shared with other readers, and let go after")
    func heldForOneCallOnly() throws {
        let reader = try SnapshotReader(path: path)
        let other = try SnapshotReader(path: path)
        let unit = reader.info.tree.units[0].id, round = reader.info.rounds[0]
        var busyInside = false
        var otherRead = 0
        reader.readTogether {
            _ = try? reader.groupsPresent(unitID: unit)
            busyInside = isBusy(write)
            let cells = try? other.results(unitID: unit, round: round, trinn: 0, gender: .all, factorNumbers: [0, 1])
            otherRead = cells?.count ?? -1
            #expect((try? reader.groupsPresent(unitID: unit + 1)) != nil, "still reading")
        }
        #expect(busyInside, "a write waits while the reads go on")
        #expect(otherRead > 0, "another reader reads meanwhile")
        #expect(!isBusy(write), "the lock is let go when the call ends")
        #expect(throws: Never.self) { try write() }
        // Read again after the file changed: SQLite sees it at the next call's first query.
        var source = ""
        reader.readTogether {
            let sql = "SELECT value FROM meta WHERE key = 'source'"
            source = (try? reader.database.scalar(sql, as: String.self)) ?? ""
        }
        #expect(source.hasSuffix(".."))
    }

    @Test("outside a call, and after a failed read inside one, each query locks on its own")
    func noTransactionLeftOpen() throws {
        let reader = try SnapshotReader(path: path)
        _ = try reader.groupsPresent(unitID: 1)
        #expect(!reader.database.isInTransaction)
        reader.readTogether {
            _ = try? reader.database.scalar("SELECT value FROM no_such_table", as: String.self)
        }
        #expect(!reader.database.isInTransaction)
        #expect(!isBusy(write))
    }
}
