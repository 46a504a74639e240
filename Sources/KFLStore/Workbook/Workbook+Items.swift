import KFLCore

/// Adding, changing and removing the rows inside an analysis. Each call is
/// one IMMEDIATE transaction that also stamps the analysis as changed.
/// Updates and removals are based on the item's own `revision` (as loaded or
/// as returned by the last update) and throw `WorkbookConflict` when the
/// stored row has moved on.
extension Workbook {
    // MARK: Linked factors (step 3)

    /// - Returns: the factor as stored (revision 1).
    @discardableResult
    public func addLinkedFactor(_ factor: LinkedFactor, to analysisID: String) throws -> LinkedFactor {
        try add(factor, to: analysisID)
    }

    /// - Returns: the new revision. - Throws: `WorkbookConflict`.
    public func updateLinkedFactor(_ factor: LinkedFactor, in analysisID: String) throws -> Int {
        try update(factor, in: analysisID)
    }

    public func removeLinkedFactor(_ factor: LinkedFactor, from analysisID: String) throws {
        try remove(factor, from: analysisID)
    }

    // MARK: Hypotheses (step 4)

    @discardableResult
    public func addHypothesis(_ hypothesis: Hypothesis, to analysisID: String) throws -> Hypothesis {
        try add(hypothesis, to: analysisID)
    }

    public func updateHypothesis(_ hypothesis: Hypothesis, in analysisID: String) throws -> Int {
        try update(hypothesis, in: analysisID)
    }

    /// Removes a hypothesis and unlinks it from its tiltak (whose revisions
    /// move on, so a stale edit of such a tiltak conflicts instead of
    /// silently linking it back).
    public func removeHypothesis(_ hypothesis: Hypothesis, from analysisID: String) throws {
        try remove(hypothesis, from: analysisID) {
            try db.execute(
                "UPDATE actions SET revision = revision + 1 WHERE id IN (SELECT action_id FROM action_targets WHERE hypothesis_id = ?)",
                [hypothesis.id])
        }
    }

    // MARK: Tiltak (step 5)

    /// - Throws: `WorkbookConflict` for a hypothesis id that is not (any
    ///   more) in the analysis.
    @discardableResult
    public func addAction(_ action: AnalysisAction, to analysisID: String) throws -> AnalysisAction {
        var stored: AnalysisAction = try add(action, to: analysisID) { try writeTargets(of: action, analysisID: analysisID) }
        stored.hypothesisIDs = action.hypothesisIDs
        return stored
    }

    public func updateAction(_ action: AnalysisAction, in analysisID: String) throws -> Int {
        try update(action, in: analysisID) { try writeTargets(of: action, analysisID: analysisID) }
    }

    public func removeAction(_ action: AnalysisAction, from analysisID: String) throws {
        try remove(action, from: analysisID)
    }

    func writeTargets(of action: AnalysisAction, analysisID: String) throws {
        try db.execute("DELETE FROM action_targets WHERE action_id = ?", [action.id])
        for (position, hypothesisID) in action.hypothesisIDs.enumerated() {
            let exists = try db.scalar("SELECT 1 FROM hypotheses WHERE id = ? AND analysis_id = ?", [hypothesisID, analysisID], as: Int.self) != nil
            guard exists else {
                throw WorkbookConflict(analysisID: analysisID, item: .hypothesis(id: hypothesisID), current: .deleted)
            }
            try db.execute(
                "INSERT OR IGNORE INTO action_targets (action_id, hypothesis_id, position) VALUES (?, ?, ?)",
                [action.id, hypothesisID, position])
        }
    }

    // MARK: Indicators (step 7)

    @discardableResult
    public func addIndicator(_ indicator: Indicator, to analysisID: String) throws -> Indicator {
        try add(indicator, to: analysisID)
    }

    public func updateIndicator(_ indicator: Indicator, in analysisID: String) throws -> Int {
        try update(indicator, in: analysisID)
    }

    public func removeIndicator(_ indicator: Indicator, from analysisID: String) throws {
        try remove(indicator, from: analysisID)
    }

    // MARK: Generic row operations

    func add<T: WorkbookItem>(_ item: T, to analysisID: String, then: () throws -> Void = {}) throws -> T {
        try db.transaction(.immediate) {
            try touch(analysisID, item: T.conflictItem(id: item.id))
            try insertRow(item, analysisID: analysisID)
            try then()
            var stored = item
            stored.revision = 1
            return stored
        }
    }

    /// Inserts at the end of the analysis's list, with revision 1.
    func insertRow<T: WorkbookItem>(_ item: T, analysisID: String) throws {
        let columns = T.columns.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: T.columns.count).joined(separator: ", ")
        try db.execute("""
            INSERT INTO \(T.table) (id, analysis_id, position, revision, \(columns))
            VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM \(T.table) WHERE analysis_id = ?), 1, \(placeholders))
            """, [item.id, analysisID, analysisID] + item.columnValues)
    }

    func update<T: WorkbookItem>(_ item: T, in analysisID: String, then: () throws -> Void = {}) throws -> Int {
        try db.transaction(.immediate) {
            try touch(analysisID, item: T.conflictItem(id: item.id))
            let assignments = T.columns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(
                "UPDATE \(T.table) SET \(assignments), revision = revision + 1 WHERE id = ? AND analysis_id = ? AND revision = ?",
                item.columnValues + [item.id, analysisID, item.revision])
            guard db.changes == 1 else { throw try conflict(for: item, analysisID: analysisID) }
            try then()
            return item.revision + 1
        }
    }

    /// Removes a row; removing one that is already gone is not an error.
    func remove<T: WorkbookItem>(_ item: T, from analysisID: String, before: () throws -> Void = {}) throws {
        try db.transaction(.immediate) {
            guard try storedItem(T.self, id: item.id, analysisID: analysisID) != nil else { return }
            try touch(analysisID, item: T.conflictItem(id: item.id))
            try before()
            try db.execute("DELETE FROM \(T.table) WHERE id = ? AND analysis_id = ? AND revision = ?", [item.id, analysisID, item.revision])
            guard db.changes == 1 else { throw try conflict(for: item, analysisID: analysisID) }
        }
    }

    func conflict<T: WorkbookItem>(for item: T, analysisID: String) throws -> WorkbookConflict {
        let current = try storedItem(T.self, id: item.id, analysisID: analysisID)
        return WorkbookConflict(analysisID: analysisID, item: T.conflictItem(id: item.id), current: current?.asCurrent ?? .deleted)
    }

    func storedItem<T: WorkbookItem>(_ type: T.Type, id: String, analysisID: String) throws -> T? {
        try items(T.self, where: "id = ? AND analysis_id = ?", [id, analysisID]).first
    }

    func items<T: WorkbookItem>(_ type: T.Type, where condition: String, _ bindings: [(any SQLiteValue)?]) throws -> [T] {
        var out: [T] = []
        try db.query(
            "SELECT id, revision, \(T.columns.joined(separator: ", ")) FROM \(T.table) WHERE \(condition) ORDER BY position, rowid",
            bindings
        ) { row in
            out.append(T(row: row, id: row.string(at: 0), revision: row.int(at: 1), offset: 2))
        }
        if var actions = out as? [AnalysisAction] {
            for index in actions.indices {
                try db.query("SELECT hypothesis_id FROM action_targets WHERE action_id = ? ORDER BY position", [actions[index].id]) {
                    actions[index].hypothesisIDs.append($0.string(at: 0))
                }
            }
            out = actions as! [T]
        }
        return out
    }
}
