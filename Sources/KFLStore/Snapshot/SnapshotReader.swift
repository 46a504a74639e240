import Foundation
import KFLCore

/// Why a file could not be opened as a snapshot, in terms a user can act on.
public enum SnapshotOpenError: Error, Sendable {
    case missing(path: String)
    case notASnapshot(path: String, detail: String)
    case damaged(path: String, detail: String)
    case newerSchema(path: String, found: Int, supported: Int)
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
            if applicationID == WorkbookSchema.applicationID { throw SnapshotOpenError.isWorkbook(path: path) }
            guard applicationID == SnapshotSchema.applicationID, try database.tableExists("meta") else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: "mangler kfl-kjennetegn")
            }
            var meta: [String: String] = [:]
            try database.query("SELECT key, value FROM meta") { row in
                meta[try row.string("key")] = try row.string("value")
            }
            guard meta["format"] == SnapshotSchema.format, let version = meta["schema_version"].flatMap(Int.init) else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: "mangler formatopplysninger")
            }
            guard version <= SnapshotSchema.version else {
                throw SnapshotOpenError.newerSchema(path: path, found: version, supported: SnapshotSchema.version)
            }
            guard let instrumentJSON = meta["instrument"], let instrument = try? Instrument.decode(Data(instrumentJSON.utf8)) else {
                throw SnapshotOpenError.damaged(path: path, detail: "instrumentet kan ikke leses")
            }
            var rounds: [Int] = []
            try database.query("SELECT round FROM rounds ORDER BY round") { rounds.append(try $0.int("round")) }
            var units: [ReportingUnit] = []
            try database.query("SELECT id, kind, code, name, parent_id, trinn_min, trinn_max FROM units ORDER BY id") { row in
                let low = try row.optionalInt("trinn_min"), high = try row.optionalInt("trinn_max")
                units.append(ReportingUnit(
                    id: try row.int("id"), kind: UnitKind(rawValue: try row.string("kind")) ?? .school,
                    code: try row.string("code"), name: try row.string("name"),
                    parentID: try row.optionalInt("parent_id"),
                    trinnRange: low.flatMap { l in high.map { h in l...max(l, h) } }))
            }
            guard !units.isEmpty, units.enumerated().allSatisfy({ $0.offset + 1 == $0.element.id }) else {
                throw SnapshotOpenError.damaged(path: path, detail: "enhetene er ufullstendige")
            }
            info = SnapshotInfo(
                schemaVersion: version, createdAt: meta["created_at"] ?? "", source: meta["source"] ?? "",
                isDemo: meta["demo"] == "1", minimumN: meta["min_n"].flatMap(Int.init) ?? 7,
                instrument: instrument, rounds: rounds, tree: UnitTree(units: units))
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

    private static func result(_ row: Statement) throws -> CellResult {
        let flag = try row.int("suppressed")
        if flag != 0 { return .suppressed(SuppressionReason(rawValue: flag) ?? .tooFewRespondents) }
        return .value(CellValue(n: try row.int("n"), mean: try row.double("mean"), sd: try row.optionalDouble("sd")))
    }

    public func results(unitID: Int, round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]) throws -> [Int: CellResult] {
        let wanted = Set(factorNumbers)
        var out: [Int: CellResult] = [:]
        try cellsOfUnitRound.bind([unitID, round, trinn, gender.rawValue])
        defer { cellsOfUnitRound.reset() }
        while try cellsOfUnitRound.step() {
            let factor = try cellsOfUnitRound.int("factor")
            if wanted.contains(factor) { out[factor] = try Self.result(cellsOfUnitRound) }
        }
        return out
    }

    public func results(unitID: Int, factorNumber: Int) throws -> [CellKey: CellResult] {
        var out: [CellKey: CellResult] = [:]
        try cellsOfUnitFactor.bind([unitID, factorNumber])
        defer { cellsOfUnitFactor.reset() }
        while try cellsOfUnitFactor.step() {
            let s = cellsOfUnitFactor
            let key = CellKey(
                unitID: unitID, round: try s.int("round"), trinn: try s.int("trinn"),
                gender: Gender(rawValue: try s.int("gender")) ?? .all, factorNumber: factorNumber)
            out[key] = try Self.result(s)
        }
        return out
    }

    public func groupsPresent(unitID: Int) throws -> Set<String> {
        let factors = info.instrument.factors
        var groups = Set<String>()
        try factorsOfUnit.bind([unitID])
        defer { factorsOfUnit.reset() }
        while try factorsOfUnit.step() {
            let number = try factorsOfUnit.int("factor")
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
