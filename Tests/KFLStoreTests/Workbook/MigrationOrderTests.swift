import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Migrations 002 (a hypothesis's reason, the snapshot an analysis was made
/// from) and 003 (linked changes) were written on two branches at once: a
/// workbook that has either one, or neither, gets the missing ones and keeps
/// what it holds.
@Suite struct MigrationOrderTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// A workbook with only the named migrations, one analysis and one linked factor in it.
    func workbook(with migrations: [(String, String)]) throws -> String {
        let path = dir.path()
        try OlderWorkbook.write(at: path, migrations: migrations, hypothesis: true)
        return path
    }

    static let first = OlderWorkbook.first
    static let second = OlderWorkbook.second
    static let third = OlderWorkbook.third

    @Test(arguments: [
        [first], [first, second], [first, third],
    ])
    func everyEarlierWorkbookGetsTheMissingMigrationsAndKeepsItsContent(_ migrations: [(String, String)]) throws {
        let path = try workbook(with: migrations)
        let workbook = try Workbook(path: path)
        #expect(Set(try workbook.appliedMigrations()) == Set(WorkbookSchema.migrator.migrationNames))
        var analysis = try #require(try workbook.load(id: "a1"))
        #expect(analysis.linkedFactors.map(\.view) == [.level])
        #expect(analysis.hypotheses.map(\.text) == ["Ulike regler"])
        #expect(analysis.hypotheses.first?.reason == "")
        // Both new columns take writes now.
        var hypothesis = try #require(analysis.hypotheses.first)
        hypothesis.reason = "Klart over fylket."
        _ = try workbook.update(hypothesis, in: "a1")
        var linked = try #require(analysis.linkedFactors.first)
        linked.view = .development
        linked.round = 2018
        _ = try workbook.update(linked, in: "a1")
        analysis = try #require(try Workbook(path: path).load(id: "a1"))
        #expect(analysis.hypotheses.first?.reason == "Klart over fylket.")
        #expect(analysis.linkedFactors.first?.view == .development)
    }
}
