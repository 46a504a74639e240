import KFLCore

/// How one kind of analysis item is stored in the workbook: its table, its
/// content columns and how a row is read back (by column name). Every table
/// also has `id`, `analysis_id`, `position` and `revision`. The tables are
/// part of the schema (`WorkbookSchema.itemTables`); the workbook adds,
/// changes, removes and loads every kind through them alike.
struct ItemTable<Item: AnalysisItem> {
    let name: String
    /// Content columns, in the order of `values`.
    let columns: [String]
    let values: (Item) -> [(any SQLiteValue)?]
    /// Reads an item (without its links) from a row with `id`, `revision` and the content columns.
    let read: (Statement) throws -> Item
    /// Ids of other items kept in a link table, not in a column.
    var links: ItemLinks<Item>?
}

/// A list of other items' ids kept in a table of its own (a tiltak's
/// hypotheses in `action_targets`), so that removing a linked item removes
/// the link too (ON DELETE CASCADE).
struct ItemLinks<Item: AnalysisItem> {
    let table: String
    /// The column holding the owner's id (`action_id`).
    let ownerColumn: String
    /// The column holding the linked item's id (`hypothesis_id`).
    let targetColumn: String
    /// The kind of the linked items.
    let target: any AnalysisItem.Type
    let ids: WritableKeyPath<Item, [String]>
}

/// An `ItemTable` of any kind, for the operations on every kind at once.
protocol AnyItemTable {
    var name: String { get }
    var itemType: any AnalysisItem.Type { get }
    /// Loads every item of this kind of an analysis into it.
    func load(into analysis: inout Analysis, from workbook: Workbook) throws
    /// Writes every item of this kind of a new analysis.
    func insertAll(of analysis: Analysis, into workbook: Workbook) throws
    /// True if any of the analysis's items of this kind has an id already used in the workbook.
    func usesAnyID(of analysis: Analysis, in workbook: Workbook) throws -> Bool
    /// When items of `kind` are removed: moves on the revision of this kind's
    /// items that link to the removed one (so a stale edit of them conflicts
    /// instead of silently linking it back).
    func touchOwners(linkingTo id: String, of kind: AnalysisItemKind, in workbook: Workbook) throws
}

extension ItemTable: AnyItemTable {
    var itemType: any AnalysisItem.Type { Item.self }

    func load(into analysis: inout Analysis, from workbook: Workbook) throws {
        analysis[keyPath: Item.list] = try workbook.items(of: self, where: "analysis_id = ?", [analysis.id])
    }

    func insertAll(of analysis: Analysis, into workbook: Workbook) throws {
        for item in analysis[keyPath: Item.list] { try workbook.insertRow(item, into: self, analysisID: analysis.id) }
    }

    func usesAnyID(of analysis: Analysis, in workbook: Workbook) throws -> Bool {
        for item in analysis[keyPath: Item.list] where try workbook.rowExists(in: name, id: item.id) { return true }
        return false
    }

    func touchOwners(linkingTo id: String, of kind: AnalysisItemKind, in workbook: Workbook) throws {
        guard let links, links.target.kind == kind else { return }
        try workbook.db.execute(
            """
            UPDATE \(name) SET revision = revision + 1
            WHERE id IN (SELECT \(links.ownerColumn) FROM \(links.table) WHERE \(links.targetColumn) = ?)
            """, [id])
    }
}
