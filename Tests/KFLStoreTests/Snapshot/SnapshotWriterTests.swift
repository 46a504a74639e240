import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// A cell that comes after the snapshot is finished is an error, never
/// silently lost.
@Suite struct SnapshotWriterTests {
    /// A writer of a snapshot of the county alone, described, in `dir`.
    static func countyOnly(in dir: TemporaryDirectory) throws -> (writer: SnapshotWriter, destination: URL) {
        let destination = URL(fileURLWithPath: dir.path("s.sqlite"))
        let writer = try SnapshotWriter(destination: destination)
        let tree = UnitTree(units: [ReportingUnit(id: 1, kind: .county, code: "04", name: "Hedmark", parentID: nil)])
        try writer.writeDescription(
            instrument: .builtIn, tree: tree, rounds: [2016],
            provenance: SnapshotProvenance(source: "test", isDemo: true, rule: .standard))
        return (writer, destination)
    }

    @Test func aCellWrittenAfterFinishIsAnErrorNotDropped() throws {
        let dir = try TemporaryDirectory()
        let (writer, destination) = try Self.countyOnly(in: dir)
        let key = CellKey(unitID: 1, round: 2016, trinn: 0, gender: .all, factorNumber: 0)
        try writer.write(key, .value(CellValue(n: 10, mean: 3, sd: 1)))
        try writer.finish()
        let error = #expect(throws: SQLiteError.self) { try writer.write(key, .suppressed(.hidden)) }
        #expect(error?.kind == .misuse)
        #expect(try SnapshotReader(path: destination.path).statistics().cells == 1)
    }
}
