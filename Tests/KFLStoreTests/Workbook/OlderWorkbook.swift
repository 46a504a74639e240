import KFLTestSupport

@testable import KFLStore

/// A workbook as an older kfl left it, for the migration tests: only the given
/// migrations applied, one analysis ('a1', Flisa skole, 7. trinn) with one linked
/// factor ('l1', e510_uro) and, when asked, one hypothesis ('h1').
enum OlderWorkbook {
    static let first = ("001-analyses", WorkbookSchema.v1)
    static let second = ("002-hypothesis-reason-and-snapshot", WorkbookSchema.v2)
    static let third = ("003-linked-changes", WorkbookSchema.linkedChanges)

    /// Writes it at `path`; `linkedGender` is the linked factor's gender code.
    static func write(
        at path: String, migrations: [(String, String)], linkedGender: Int = 0, hypothesis: Bool = false
    ) throws {
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
            """)
        try db.execute(
            """
            INSERT INTO linked_factors (id, analysis_id, position, factor_id, trinn, gender, revision)
            VALUES ('l1', 'a1', 1, 'e510_uro', 7, ?, 1)
            """, [linkedGender])
        guard hypothesis else { return }
        try db.execute(
            """
            INSERT INTO hypotheses (id, analysis_id, position, text, perspective, evidence, assessment, importance,
                                    influence, revision)
            VALUES ('h1', 'a1', 1, 'Ulike regler', NULL, '[]', 'unclear', NULL, NULL, 1);
            """)
    }
}
