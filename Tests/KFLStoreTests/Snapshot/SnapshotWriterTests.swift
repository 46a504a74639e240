import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// A cell that comes after the snapshot is finished is an error, never
/// silently lost.
@Suite struct SnapshotWriterTests {
    @Test func aCellWrittenAfterFinishIsAnErrorNotDropped() throws {
        let dir = try TemporaryDirectory()
        let destination = URL(fileURLWithPath: dir.path("s.sqlite"))
        let writer = try SnapshotWriter(destination: destination)
        let tree = UnitTree(units: [ReportingUnit(id: 1, kind: .county, code: "04", name: "Hedmark", parentID: nil)])
        try writer.writeDescription(
            instrument: .builtIn, tree: tree, rounds: [2016],
            provenance: SnapshotProvenance(source: "test", isDemo: true, rule: .standard))
        let key = CellKey(unitID: 1, round: 2016, trinn: 0, gender: .all, factorNumber: 0)
        try writer.write(key, .value(CellValue(n: 10, mean: 3, sd: 1)))
        try writer.finish()
        let error = #expect(throws: SQLiteError.self) { try writer.write(key, .suppressed(.hidden)) }
        #expect(error?.kind == .misuse)
        #expect(try SnapshotReader(path: destination.path).statistics().cells == 1)
    }
}
