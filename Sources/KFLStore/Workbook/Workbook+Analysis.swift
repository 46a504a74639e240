import KFLCore

/// Reading and writing a whole analysis.
extension Workbook {
    /// The analysis with all its steps and revisions, or nil if there is none
    /// with this id. Read in one transaction, so it is consistent even while
    /// another process writes.
    public func load(id: String) throws -> Analysis? {
        try db.transaction(.deferred) {
            var header: (Analysis, Int)?
            try db.query("""
                SELECT title, unit_kind, unit_code, unit_name, round, group_id, trinn, gender, status, created_at, updated_at, revision
                FROM analyses WHERE id = ?
                """, [id]) { row in
                let unit = UnitReference(kind: UnitKind(rawValue: row.string(at: 1)) ?? .school, code: row.string(at: 2), name: row.string(at: 3))
                let context = AnalysisContext(
                    round: row.int(at: 4), groupID: row.optionalString(at: 5), trinn: row.int(at: 6),
                    gender: Gender(rawValue: row.int(at: 7)) ?? .all)
                let analysis = Analysis(
                    id: id, title: row.string(at: 0), unit: unit, context: context,
                    status: AnalysisStatus(rawValue: row.string(at: 8)) ?? .active,
                    createdAt: Timestamp.parse(row.string(at: 9)), updatedAt: Timestamp.parse(row.string(at: 10)))
                header = (analysis, row.int(at: 11))
            }
            guard let (loaded, revision) = header else { return nil }
            var analysis = loaded
            analysis.revisions.header = revision
            try db.query("SELECT field, value, revision FROM analysis_texts WHERE analysis_id = ?", [id]) { row in
                guard let field = AnalysisTextField(rawValue: row.string(at: 0)) else { return }
                analysis[field] = row.string(at: 1)
                analysis.revisions.texts[field] = row.int(at: 2)
            }
            analysis.linkedFactors = try items(LinkedFactor.self, where: "analysis_id = ?", [id])
            analysis.hypotheses = try items(Hypothesis.self, where: "analysis_id = ?", [id])
            analysis.actions = try items(AnalysisAction.self, where: "analysis_id = ?", [id])
            analysis.indicators = try items(Indicator.self, where: "analysis_id = ?", [id])
            return analysis
        }
    }

    /// Writes a whole new analysis (create, duplicate, import) and returns it
    /// as stored, with revisions.
    func insert(_ analysis: Analysis, importedFingerprint: String?) throws -> Analysis {
        try db.transaction(.immediate) {
            try db.execute("""
                INSERT INTO analyses (id, title, unit_kind, unit_code, unit_name, round, group_id, trinn, gender, status,
                                      created_at, updated_at, imported_fingerprint, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """, [
                    analysis.id, analysis.title, analysis.unit.kind.rawValue, analysis.unit.code, analysis.unit.name,
                    analysis.context.round, analysis.context.groupID, analysis.context.trinn, analysis.context.gender.rawValue,
                    analysis.status.rawValue, Timestamp.format(analysis.createdAt), Timestamp.format(analysis.updatedAt),
                    importedFingerprint,
                ])
            for field in AnalysisTextField.allCases where !analysis[field].isEmpty {
                try db.execute(
                    "INSERT INTO analysis_texts (analysis_id, field, value, revision) VALUES (?, ?, ?, 1)",
                    [analysis.id, field.rawValue, analysis[field]])
            }
            for item in analysis.linkedFactors { try insertRow(item, analysisID: analysis.id) }
            for item in analysis.hypotheses { try insertRow(item, analysisID: analysis.id) }
            for item in analysis.actions {
                try insertRow(item, analysisID: analysis.id)
                try writeTargets(of: item, analysisID: analysis.id)
            }
            for item in analysis.indicators { try insertRow(item, analysisID: analysis.id) }
            guard let stored = try load(id: analysis.id) else {
                throw WorkbookConflict(analysisID: analysis.id, item: .header, current: .deleted)
            }
            return stored
        }
    }

    /// True if any of the analysis's ids is already used in this workbook.
    func usesAnyID(of analysis: Analysis) throws -> Bool {
        let checks: [(String, [String])] = [
            ("analyses", [analysis.id]),
            ("linked_factors", analysis.linkedFactors.map(\.id)),
            ("hypotheses", analysis.hypotheses.map(\.id)),
            ("actions", analysis.actions.map(\.id)),
            ("indicators", analysis.indicators.map(\.id)),
        ]
        for (table, ids) in checks {
            for id in ids where try db.scalar("SELECT 1 FROM \(table) WHERE id = ?", [id], as: Int.self) != nil {
                return true
            }
        }
        return false
    }
}
