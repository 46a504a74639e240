import Foundation
import KFLCore

/// A row type inside an analysis (linked factor, hypothesis, tiltak,
/// indicator): its table, its columns and how to read and write them. Lets
/// the workbook add, update and remove all four the same way.
protocol WorkbookItem: Sendable, Equatable {
    static var table: String { get }
    /// Content columns, in the order of `columnValues` and `init(row:…)`.
    static var columns: [String] { get }
    var id: String { get }
    var revision: Int { get set }
    var columnValues: [(any SQLiteValue)?] { get }
    /// Reads the content columns, which start at column `offset`.
    init(row: Statement, id: String, revision: Int, offset: Int)
    static func conflictItem(id: String) -> WorkbookConflict.Item
    var asCurrent: WorkbookConflict.Current { get }
}

extension LinkedFactor: WorkbookItem {
    static let table = "linked_factors"
    static let columns = ["factor_id", "trinn", "gender"]
    var columnValues: [(any SQLiteValue)?] { [factorID, trinn, gender.rawValue] }
    init(row: Statement, id: String, revision: Int, offset: Int) {
        self.init(id: id, factorID: row.string(at: offset), trinn: row.int(at: offset + 1),
                  gender: Gender(rawValue: row.int(at: offset + 2)) ?? .all)
        self.revision = revision
    }
    static func conflictItem(id: String) -> WorkbookConflict.Item { .linkedFactor(id: id) }
    var asCurrent: WorkbookConflict.Current { .linkedFactor(self) }
}

extension Hypothesis: WorkbookItem {
    static let table = "hypotheses"
    static let columns = ["text", "perspective", "evidence", "assessment", "importance", "influence"]
    var columnValues: [(any SQLiteValue)?] {
        [text, perspective?.rawValue, JSONList.encode(evidence), assessment.rawValue, importance?.rawValue, influence?.rawValue]
    }
    init(row: Statement, id: String, revision: Int, offset: Int) {
        self.init(
            id: id, text: row.string(at: offset),
            perspective: row.optionalString(at: offset + 1).flatMap(Perspective.init(rawValue:)),
            evidence: JSONList.decode(row.string(at: offset + 2)),
            assessment: Assessment(rawValue: row.string(at: offset + 3)) ?? .unclear,
            importance: row.optionalString(at: offset + 4).flatMap(Importance.init(rawValue:)),
            influence: row.optionalString(at: offset + 5).flatMap(Influence.init(rawValue:)))
        self.revision = revision
    }
    static func conflictItem(id: String) -> WorkbookConflict.Item { .hypothesis(id: id) }
    var asCurrent: WorkbookConflict.Current { .hypothesis(self) }
}

extension AnalysisAction: WorkbookItem {
    static let table = "actions"
    static let columns = ["what", "who", "from_when", "how_often"]
    var columnValues: [(any SQLiteValue)?] { [what, who, fromWhen, howOften] }
    /// Reads the row; `hypothesisIDs` come from `action_targets` afterwards.
    init(row: Statement, id: String, revision: Int, offset: Int) {
        self.init(id: id, what: row.string(at: offset), who: row.string(at: offset + 1),
                  fromWhen: row.string(at: offset + 2), howOften: row.string(at: offset + 3))
        self.revision = revision
    }
    static func conflictItem(id: String) -> WorkbookConflict.Item { .action(id: id) }
    var asCurrent: WorkbookConflict.Current { .action(self) }
}

extension Indicator: WorkbookItem {
    static let table = "indicators"
    static let columns = ["factor_id", "trinn", "gender", "change_sought", "target", "by_round"]
    var columnValues: [(any SQLiteValue)?] { [factorID, trinn, gender.rawValue, changeSought, target, byRound] }
    init(row: Statement, id: String, revision: Int, offset: Int) {
        self.init(id: id, factorID: row.string(at: offset), trinn: row.int(at: offset + 1),
                  gender: Gender(rawValue: row.int(at: offset + 2)) ?? .all, changeSought: row.string(at: offset + 3),
                  target: row.optionalDouble(at: offset + 4), byRound: row.optionalInt(at: offset + 5))
        self.revision = revision
    }
    static func conflictItem(id: String) -> WorkbookConflict.Item { .indicator(id: id) }
    var asCurrent: WorkbookConflict.Current { .indicator(self) }
}

/// A list of ids stored as a JSON array in one column.
enum JSONList {
    static func encode(_ list: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(list), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
