import KFLCore

/// Adding, changing and removing the items inside an analysis, every kind
/// through its `ItemTable`. Each call is one IMMEDIATE transaction that also
/// stamps the analysis as changed. Updates and removals are based on the
/// item's own `revision` (as loaded or as returned by the last update) and
/// throw `AnalysisConflict` when the stored row has moved on.
extension Workbook {
    /// - Throws: `AnalysisConflict` when the analysis is gone, or for a link
    ///   to an item that is not (any more) in the analysis.
    @discardableResult
    public func add<Item: AnalysisItem>(_ item: Item, to analysisID: String) throws -> Item {
        try guarded {
            let table = try WorkbookSchema.table(for: Item.self)
            return try db.transaction(.immediate) {
                try touch(analysisID, item: .item(item.ref))
                try insertRow(item, into: table, analysisID: analysisID)
                var stored = item
                stored.revision = 1
                return stored
            }
        }
    }

    public func update<Item: AnalysisItem>(_ item: Item, in analysisID: String) throws -> Int {
        try guarded {
            let table = try WorkbookSchema.table(for: Item.self)
            return try db.transaction(.immediate) {
                try touch(analysisID, item: .item(item.ref))
                let assignments = table.columns.map { "\($0) = ?" }.joined(separator: ", ")
                try db.execute(
                    """
                    UPDATE \(table.name) SET \(assignments), revision = revision + 1
                    WHERE id = ? AND analysis_id = ? AND revision = ?
                    """, table.values(item) + [item.id, analysisID, item.revision])
                guard db.changes == 1 else { throw try conflict(for: item, in: table, analysisID: analysisID) }
                try writeLinks(of: item, table, analysisID: analysisID)
                return item.revision + 1
            }
        }
    }

    /// Removing an item that is already gone is not an error. Items of other
    /// kinds that link to it lose the link, and their revision moves on.
    public func remove<Item: AnalysisItem>(_ item: Item, from analysisID: String) throws {
        try guarded {
            let table = try WorkbookSchema.table(for: Item.self)
            try db.transaction(.immediate) {
                guard try storedItem(item.id, in: table, analysisID: analysisID) != nil else { return }
                try touch(analysisID, item: .item(item.ref))
                for other in WorkbookSchema.itemTables {
                    try other.touchOwners(linkingTo: item.id, of: Item.kind, in: self)
                }
                try db.execute(
                    "DELETE FROM \(table.name) WHERE id = ? AND analysis_id = ? AND revision = ?",
                    [item.id, analysisID, item.revision])
                guard db.changes == 1 else { throw try conflict(for: item, in: table, analysisID: analysisID) }
            }
        }
    }

    /// Inserts at the end of the analysis's list, with revision 1, and its links.
    func insertRow<Item: AnalysisItem>(_ item: Item, into table: ItemTable<Item>, analysisID: String) throws {
        let columns = table.columns.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        try db.execute(
            """
            INSERT INTO \(table.name) (id, analysis_id, position, revision, \(columns))
            VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM \(table.name) WHERE analysis_id = ?), 1,
                    \(placeholders))
            """, [item.id, analysisID, analysisID] + table.values(item))
        try writeLinks(of: item, table, analysisID: analysisID)
    }

    /// Replaces the item's links; a link to an item not in the analysis is a conflict.
    func writeLinks<Item: AnalysisItem>(of item: Item, _ table: ItemTable<Item>, analysisID: String) throws {
        guard let links = table.links else { return }
        let target = try WorkbookSchema.tableName(for: links.target)
        try db.execute("DELETE FROM \(links.table) WHERE \(links.ownerColumn) = ?", [item.id])
        for (position, id) in item[keyPath: links.ids].enumerated() {
            let exists =
                try db.scalar(
                    "SELECT 1 FROM \(target) WHERE id = ? AND analysis_id = ?", [id, analysisID], as: Int.self)
                != nil
            guard exists else {
                throw AnalysisConflict(
                    analysisID: analysisID, item: .item(ItemRef(kind: links.target.kind, id: id)), current: .deleted)
            }
            try db.execute(
                """
                INSERT OR IGNORE INTO \(links.table) (\(links.ownerColumn), \(links.targetColumn), position)
                VALUES (?, ?, ?)
                """, [item.id, id, position])
        }
    }

    func conflict<Item: AnalysisItem>(
        for item: Item, in table: ItemTable<Item>, analysisID: String
    ) throws -> AnalysisConflict {
        let current = try storedItem(item.id, in: table, analysisID: analysisID)
        return AnalysisConflict(
            analysisID: analysisID, item: .item(item.ref),
            current: current.map { .item(AnyAnalysisItem($0)) } ?? .deleted)
    }

    func storedItem<Item: AnalysisItem>(_ id: String, in table: ItemTable<Item>, analysisID: String) throws -> Item? {
        try items(of: table, where: "id = ? AND analysis_id = ?", [id, analysisID]).first
    }

    /// The items of a table that meet `condition`, in the group's order, with their links.
    func items<Item: AnalysisItem>(
        of table: ItemTable<Item>, where condition: String, _ bindings: [(any SQLiteValue)?]
    ) throws -> [Item] {
        var out: [Item] = []
        try db.query(
            """
            SELECT id, revision, \(table.columns.joined(separator: ", ")) FROM \(table.name)
            WHERE \(condition) ORDER BY position, rowid
            """, bindings
        ) { row in out.append(try table.read(row)) }
        guard let links = table.links else { return out }
        for index in out.indices {
            try db.query(
                "SELECT \(links.targetColumn) FROM \(links.table) WHERE \(links.ownerColumn) = ? ORDER BY position",
                [out[index].id]
            ) { out[index][keyPath: links.ids].append(try $0.string(links.targetColumn)) }
        }
        return out
    }
}
