import Foundation
import KFLCore

/// Why a file could not be opened as a snapshot, in terms a user can act on.
public enum SnapshotOpenError: Error, Sendable {
    case missing(path: String)
    case notASnapshot(path: String, detail: String)
    case damaged(path: String, detail: String)
    case newerSchema(path: String, found: Int, supported: Int)
    /// Made by an older kfl whose files this one does not read (version 1: weaker protection).
    case olderSchema(path: String, found: Int, supported: Int)
    case isWorkbook(path: String)
}

/// Opens a snapshot read-only and answers queries for cells.
/// Checks at open that the file is a kfl snapshot of a schema this build reads.
public final class SnapshotReader: ResultsSource {
    public let path: String
    public let info: SnapshotInfo
    let database: SQLiteDatabase
    private let cellsOfUnitRound: Statement
    private let cellsOfUnitFactor: Statement
    private let factorsOfUnit: Statement

    /// - Throws: `SnapshotOpenError`.
    public init(path: String) throws(SnapshotOpenError) {
        self.path = path
        do {
            database = try SQLiteDatabase.open(path: path, mode: .readOnly)
        } catch let error as SQLiteError {
            throw Self.translate(error, path: path)
        } catch {
            throw .notASnapshot(path: path, detail: "\(error)")
        }
        do {
            let applicationID = try database.applicationID()
            if applicationID == WorkbookSchemaID.applicationID { throw SnapshotOpenError.isWorkbook(path: path) }
            guard applicationID == SnapshotSchema.applicationID, try database.tableExists("meta") else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: "mangler kfl-kjennetegn")
            }
            var meta: [String: String] = [:]
            try database.query("SELECT key, value FROM meta") { row in meta[row.string(at: 0)] = row.string(at: 1) }
            guard meta["format"] == SnapshotSchema.format, let version = meta["schema_version"].flatMap(Int.init) else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: "mangler formatopplysninger")
            }
            guard version <= SnapshotSchema.version else {
                throw SnapshotOpenError.newerSchema(path: path, found: version, supported: SnapshotSchema.version)
            }
            guard version == SnapshotSchema.version else {
                throw SnapshotOpenError.olderSchema(path: path, found: version, supported: SnapshotSchema.version)
            }
            guard let instrumentJSON = meta["instrument"], let instrument = try? Instrument.decode(Data(instrumentJSON.utf8)) else {
                throw SnapshotOpenError.damaged(path: path, detail: "instrumentet kan ikke leses")
            }
            var rounds: [Int] = []
            try database.query("SELECT round FROM rounds ORDER BY round") { rounds.append($0.int(at: 0)) }
            var units: [ReportingUnit] = []
            try database.query("SELECT id, kind, code, name, parent_id, trinn_min, trinn_max FROM units ORDER BY id") { row in
                let low = row.optionalInt(at: 5), high = row.optionalInt(at: 6)
                units.append(ReportingUnit(
                    id: row.int(at: 0), kind: UnitKind(rawValue: row.string(at: 1)) ?? .school, code: row.string(at: 2),
                    name: row.string(at: 3), parentID: row.optionalInt(at: 4),
                    trinnRange: low.flatMap { l in high.map { h in l...max(l, h) } }))
            }
            guard !units.isEmpty, units.enumerated().allSatisfy({ $0.offset + 1 == $0.element.id }) else {
                throw SnapshotOpenError.damaged(path: path, detail: "enhetene er ufullstendige")
            }
            info = SnapshotInfo(
                schemaVersion: version, createdAt: meta["created_at"] ?? "", source: meta["source"] ?? "",
                isDemo: meta["demo"] == "1", minimumN: meta["min_n"].flatMap(Int.init) ?? 7,
                protectionPercent: meta["protection"].flatMap(Int.init) ?? 0,
                instrument: instrument, rounds: rounds, tree: UnitTree(units: units),
                extract: meta["extract_of"].map { SnapshotExtractInfo(source: $0, scope: meta["extract_scope"] ?? "") })
            cellsOfUnitRound = try database.prepare(
                "SELECT factor, n, mean, sd, suppressed FROM cells WHERE unit_id = ? AND round = ? AND trinn = ? AND gender = ?")
            cellsOfUnitFactor = try database.prepare(
                "SELECT round, trinn, gender, n, mean, sd, suppressed FROM cells WHERE unit_id = ? AND factor = ?")
            factorsOfUnit = try database.prepare("SELECT DISTINCT factor FROM cells WHERE unit_id = ?")
        } catch let error as SnapshotOpenError {
            throw error
        } catch let error as SQLiteError {
            throw Self.translate(error, path: path)
        } catch {
            throw .damaged(path: path, detail: "\(error)")
        }
    }

    static func translate(_ error: SQLiteError, path: String) -> SnapshotOpenError {
        switch error.kind {
        case .fileMissing: return .missing(path: path)
        case .corrupt: return .damaged(path: path, detail: error.message)
        case .notADatabase, .cannotOpen, .wrongApplication: return .notASnapshot(path: path, detail: error.message)
        default: return .damaged(path: path, detail: error.message)
        }
    }

    private static func result(_ row: Statement, n: Int, mean: Int, sd: Int, suppressed: Int) -> CellResult {
        let flag = row.int(at: suppressed)
        if flag != 0 { return .suppressed(SuppressionReason(rawValue: flag) ?? .hidden) }
        return .value(CellValue(n: row.int(at: n), mean: row.double(at: mean), sd: row.optionalDouble(at: sd)))
    }

    public func results(unitID: Int, round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]) throws -> [Int: CellResult] {
        let wanted = Set(factorNumbers)
        var out: [Int: CellResult] = [:]
        try cellsOfUnitRound.bind([unitID, round, trinn, gender.rawValue])
        defer { cellsOfUnitRound.reset() }
        while try cellsOfUnitRound.step() {
            let factor = cellsOfUnitRound.int(at: 0)
            if wanted.contains(factor) { out[factor] = Self.result(cellsOfUnitRound, n: 1, mean: 2, sd: 3, suppressed: 4) }
        }
        return out
    }

    public func results(unitID: Int, factorNumber: Int) throws -> [CellKey: CellResult] {
        var out: [CellKey: CellResult] = [:]
        try cellsOfUnitFactor.bind([unitID, factorNumber])
        defer { cellsOfUnitFactor.reset() }
        while try cellsOfUnitFactor.step() {
            let s = cellsOfUnitFactor
            let key = CellKey(unitID: unitID, round: s.int(at: 0), trinn: s.int(at: 1), gender: Gender(rawValue: s.int(at: 2)) ?? .all, factorNumber: factorNumber)
            out[key] = Self.result(s, n: 3, mean: 4, sd: 5, suppressed: 6)
        }
        return out
    }

    public func groupsPresent(unitID: Int) throws -> Set<String> {
        let factors = info.instrument.factors
        var groups = Set<String>()
        try factorsOfUnit.bind([unitID])
        defer { factorsOfUnit.reset() }
        while try factorsOfUnit.step() {
            let number = factorsOfUnit.int(at: 0)
            if number >= 0 && number < factors.count { groups.insert(factors[number].groupID) }
        }
        return groups
    }

    /// Counts for `kfl check`.
    public func statistics() throws -> (cells: Int, suppressed: Int, schools: Int, municipalities: Int) {
        let cells = try database.scalar("SELECT count(*) FROM cells", as: Int.self) ?? 0
        let suppressed = try database.scalar("SELECT count(*) FROM cells WHERE suppressed != 0", as: Int.self) ?? 0
        let schools = info.tree.units.filter { $0.kind == .school }.count
        let municipalities = info.tree.units.filter { $0.kind == .municipality }.count
        return (cells, suppressed, schools, municipalities)
    }

    /// SQLite's full integrity check: ["ok"] when the file is sound.
    public func integrityCheck() throws -> [String] { try database.integrityCheck() }
}

/// The workbook's application id, known here so a workbook opened as a snapshot gets a clear message.
public enum WorkbookSchemaID {
    /// `PRAGMA application_id`: "KFLW".
    public static let applicationID: Int32 = 0x4B46_4C57
}
