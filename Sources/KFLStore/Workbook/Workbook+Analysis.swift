import KFLCore

/// Reading and writing a whole analysis.
extension Workbook {
    public func load(id: String) throws -> Analysis? {
        try guarded { try loadAnalysis(id: id) }
    }

    /// The analysis with all its steps and revisions, or nil. Read in one
    /// transaction, so it is consistent even while another process writes.
    func loadAnalysis(id: String) throws -> Analysis? {
        try db.transaction(.deferred) {
            var header: Analysis?
            try db.query(
                """
                SELECT title, unit_kind, unit_code, unit_name, round, group_id, trinn, gender, status,
                       created_at, updated_at, revision
                FROM analyses WHERE id = ?
                """, [id]
            ) { row in
                let context = AnalysisContext(
                    round: try row.int("round"), groupID: try row.optionalString("group_id"),
                    trinn: try row.int("trinn"),
                    gender: try row.decode(Gender.self, "gender"))
                var analysis = Analysis(
                    id: id, title: try row.string("title"), unit: try Self.unit(row), context: context,
                    status: try row.decode(AnalysisStatus.self, "status"),
                    createdAt: try Timestamp.read(row, "created_at"), updatedAt: try Timestamp.read(row, "updated_at"))
                analysis.revisions.header = try row.int("revision")
                header = analysis
            }
            guard var analysis = header else { return nil }
            try db.query("SELECT field, value, revision FROM analysis_texts WHERE analysis_id = ?", [id]) { row in
                let field = try row.decode(AnalysisTextField.self, "field")
                analysis[field] = try row.string("value")
                analysis.revisions.texts[field] = try row.int("revision")
            }
            for table in WorkbookSchema.itemTables { try table.load(into: &analysis, from: self) }
            return analysis
        }
    }

    /// Writes a whole new analysis (create, duplicate, import) and returns it
    /// as stored, with revisions.
    func insert(
        _ analysis: Analysis, importedFingerprint: String?, snapshot: SnapshotReference? = nil
    ) throws -> Analysis {
        try db.transaction(.immediate) {
            try db.execute(
                """
                INSERT INTO analyses (id, title, unit_kind, unit_code, unit_name, round, group_id, trinn, gender,
                                      status, created_at, updated_at, imported_fingerprint, snapshot_path,
                                      snapshot_fingerprint, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """,
                [
                    analysis.id, analysis.title, analysis.unit.kind.rawValue, analysis.unit.code, analysis.unit.name,
                    analysis.context.round, analysis.context.groupID, analysis.context.trinn,
                    analysis.context.gender.rawValue, analysis.status.rawValue, Timestamp.format(analysis.createdAt),
                    Timestamp.format(analysis.updatedAt), importedFingerprint, snapshot?.path, snapshot?.fingerprint,
                ])
            for field in AnalysisTextField.allCases where !analysis[field].isEmpty {
                try db.execute(
                    "INSERT INTO analysis_texts (analysis_id, field, value, revision) VALUES (?, ?, ?, 1)",
                    [analysis.id, field.rawValue, analysis[field]])
            }
            for table in WorkbookSchema.itemTables { try table.insertAll(of: analysis, into: self) }
            guard let stored = try loadAnalysis(id: analysis.id) else {
                throw AnalysisConflict(analysisID: analysis.id, item: .header, current: .deleted)
            }
            return stored
        }
    }

    /// True if any of the analysis's ids is already used in this workbook.
    func usesAnyID(of analysis: Analysis) throws -> Bool {
        if try rowExists(in: "analyses", id: analysis.id) { return true }
        for table in WorkbookSchema.itemTables where try table.usesAnyID(of: analysis, in: self) { return true }
        return false
    }

    func rowExists(in table: String, id: String) throws -> Bool {
        try db.scalar("SELECT 1 FROM \(table) WHERE id = ?", [id], as: Int.self) != nil
    }
}
