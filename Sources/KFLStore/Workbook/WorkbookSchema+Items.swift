import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tables of the analysis items: the columns each kind is stored in and
/// how a row is read back by column name. A new kind of item gets its table
/// here and in a migration, and nowhere else in the store.
extension WorkbookSchema {
    /// One table per kind in `Analysis.itemTypes`, in that order.
    static var itemTables: [any AnyItemTable] { [linkedFactors, hypotheses, actions, indicators] }

    /// The table of `type`.
    /// - Throws: `SQLiteError` (`.misuse`) for a kind without a table: a programming error.
    static func table<Item: AnalysisItem>(for type: Item.Type) throws -> ItemTable<Item> {
        for table in itemTables {
            if let table = table as? ItemTable<Item> { return table }
        }
        throw SQLiteError(kind: .misuse, extendedResultCode: 21, message: "no workbook table for \(Item.kind)")
    }

    /// The table name of an item kind.
    static func tableName(for type: any AnalysisItem.Type) throws -> String {
        guard let table = itemTables.first(where: { $0.itemType.kind == type.kind }) else {
            throw SQLiteError(kind: .misuse, extendedResultCode: 21, message: "no workbook table for \(type.kind)")
        }
        return table.name
    }

    static var linkedFactors: ItemTable<LinkedFactor> {
        ItemTable(
            name: "linked_factors",
            columns: ["factor_id", "trinn", "gender", "view", "round", "base_round", "starting_point"],
            values: {
                [
                    $0.factorID, $0.trinn, $0.gender.rawValue, $0.view.rawValue, $0.round, $0.baseRound,
                    $0.isStartingPoint ? 1 : 0,
                ]
            },
            read: { row in
                var item = LinkedFactor(
                    id: try row.string("id"), factorID: try row.string("factor_id"), trinn: try row.int("trinn"),
                    gender: try row.decode(Gender.self, "gender"), view: try row.decode(LinkedView.self, "view"),
                    round: try row.optionalInt("round"), baseRound: try row.optionalInt("base_round"),
                    isStartingPoint: try row.int("starting_point") == 1)
                item.revision = try row.int("revision")
                return item
            })
    }

    static var hypotheses: ItemTable<Hypothesis> {
        ItemTable(
            name: "hypotheses",
            columns: ["text", "perspective", "evidence", "assessment", "importance", "influence", "reason"],
            values: {
                [
                    $0.text, $0.perspective?.rawValue, JSONList.encode($0.evidence), $0.assessment.rawValue,
                    $0.importance?.rawValue, $0.influence?.rawValue, $0.reason,
                ]
            },
            read: { row in
                var item = Hypothesis(
                    id: try row.string("id"), text: try row.string("text"),
                    perspective: try row.decodeIfPresent(Perspective.self, "perspective"),
                    evidence: try JSONList.decode(row, "evidence"),
                    assessment: try row.decode(Assessment.self, "assessment"),
                    importance: try row.decodeIfPresent(Importance.self, "importance"),
                    influence: try row.decodeIfPresent(Influence.self, "influence"), reason: try row.string("reason"))
                item.revision = try row.int("revision")
                return item
            })
    }

    static var actions: ItemTable<AnalysisAction> {
        ItemTable(
            name: "actions", columns: ["what", "who", "from_when", "how_often"],
            values: { [$0.what, $0.who, $0.fromWhen, $0.howOften] },
            read: { row in
                var item = AnalysisAction(
                    id: try row.string("id"), what: try row.string("what"), who: try row.string("who"),
                    fromWhen: try row.string("from_when"), howOften: try row.string("how_often"))
                item.revision = try row.int("revision")
                return item
            },
            links: ItemLinks(
                table: "action_targets", ownerColumn: "action_id", targetColumn: "hypothesis_id",
                target: Hypothesis.self, ids: \.hypothesisIDs))
    }

    static var indicators: ItemTable<Indicator> {
        ItemTable(
            name: "indicators", columns: ["factor_id", "trinn", "gender", "change_sought", "target", "by_round"],
            values: { [$0.factorID, $0.trinn, $0.gender.rawValue, $0.changeSought, $0.target, $0.byRound] },
            read: { row in
                var item = Indicator(
                    id: try row.string("id"), factorID: try row.string("factor_id"), trinn: try row.int("trinn"),
                    gender: try row.decode(Gender.self, "gender"), changeSought: try row.string("change_sought"),
                    target: try row.optionalDouble("target"), byRound: try row.optionalInt("by_round"))
                item.revision = try row.int("revision")
                return item
            })
    }
}

/// A list of ids stored as a JSON array in one column.
enum JSONList {
    static func encode(_ list: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(list), as: UTF8.self)) ?? "[]"
    }

    /// - Throws: `.corrupt` when the column holds no JSON list of strings.
    static func decode(_ row: Statement, _ column: String) throws -> [String] {
        let text = try row.string(column)
        guard let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw row.unreadable(column, as: "list of ids")
        }
        return list
    }
}
