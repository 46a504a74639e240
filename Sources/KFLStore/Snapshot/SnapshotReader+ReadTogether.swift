#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SnapshotReader {
    /// Runs `body` in one read transaction: SQLite takes the shared lock and checks that the
    /// file is unchanged at the first query and lets go at the end, instead of around every
    /// query (a third of a first visit on the national snapshot). The lock is held for one
    /// key only, so a file changed or damaged between keys is seen as before, and other
    /// processes read it as before. Without a transaction (BEGIN refused) each query locks.
    public func readTogether(_ body: () -> Void) {
        guard !database.isInTransaction, let begin = try? prepared(\.preparedBegin, "BEGIN DEFERRED"),
            let commit = try? prepared(\.preparedCommit, "COMMIT"), (try? begin.execute()) != nil
        else { return body() }
        defer {
            // A failed read may have ended the transaction already.
            if database.isInTransaction { try? commit.execute() }
        }
        body()
    }
}
