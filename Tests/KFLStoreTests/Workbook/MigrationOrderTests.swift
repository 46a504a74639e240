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
        let db = try SQLiteDatabase.open(path: path, mode: .create)
        try db.setApplicationID(WorkbookSchema.applicationID)
        var migrator = Migrator()
        for (name, sql) in migrations { migrator.register(name, sql: sql) }
        try migrator.migrate(db)
        try db.execute(
            """
            INSERT INTO analyses (id, title, unit_kind, unit_code, unit_name, round, group_id, trinn, gender, status,
                                  created_at, updated_at, revision)
            VALUES ('a1', 'Uro', 'skole', '0425-02', 'Flisa skole', 2016, 'elev510', 7, 0, 'active',
                    '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z', 1);
            INSERT INTO linked_factors (id, analysis_id, position, factor_id, trinn, gender, revision)
            VALUES ('l1', 'a1', 1, 'e510_uro', 7, 0, 1);
            INSERT INTO hypotheses (id, analysis_id, position, text, perspective, evidence, assessment, importance,
                                    influence, revision)
            VALUES ('h1', 'a1', 1, 'Ulike regler', NULL, '[]', 'unclear', NULL, NULL, 1);
            """)
        return path
    }

    static let first = ("001-analyses", WorkbookSchema.v1)
    static let second = ("002-hypothesis-reason-and-snapshot", WorkbookSchema.v2)
    static let third = ("003-linked-changes", WorkbookSchema.linkedChanges)

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
