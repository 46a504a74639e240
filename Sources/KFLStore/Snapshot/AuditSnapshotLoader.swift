import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a snapshot's tables as they are stored, for the privacy audit: every
/// row, published or hidden, and (for an extract) the schools it leaves out.
/// Reads schema 1 too, so that older files can be audited; schema 1 says which
/// hidden cells hold at least `min_n` answers, and the audit uses that as an
/// attacker would.
public enum AuditSnapshotLoader {
    /// - Throws: `SnapshotOpenError` when the file is missing, not a snapshot, damaged or newer.
    public static func load(path: String) throws(SnapshotOpenError) -> AuditSnapshot {
        if let refusal = InputFile.refusal(for: path) { throw .notARegularFile(path: path, message: refusal) }
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase.open(path: path, mode: .readOnly)
        } catch let error as SQLiteError {
            throw SnapshotReader.translate(error, path: path)
        } catch {
            throw .notASnapshot(path: path, detail: ErrorText.debugText(for: error))
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
            // Schema 1 had no protection intervals: audit it against today's rule.
            let rule = ProtectionRule(
                minimumN: meta["min_n"].flatMap(Int.init) ?? PrivacyThreshold.defaultMinimumN,
                protectionPercent: meta["protection"].flatMap(Int.init) ?? ProtectionRule.standard.protectionPercent)
            var units: [AuditSnapshot.Unit] = []
            try database.query("SELECT id, kind, code, name, parent_id FROM units ORDER BY id") { row in
                units.append(
                    AuditSnapshot.Unit(
                        id: try row.int("id"), kind: try row.decode(UnitKind.self, "kind"),
                        code: try row.string("code"),
                        name: try row.string("name"), parent: try row.optionalInt("parent_id")))
            }
            guard !units.isEmpty, units.enumerated().allSatisfy({ $0.offset + 1 == $0.element.id }) else {
                throw SnapshotOpenError.damaged(path: path, detail: "enhetene er ufullstendige")
            }
            var factors: [AuditSnapshot.Factor] = []
            try database.query(
                """
                SELECT f.number, f.id AS factor_id, f.name, g.id AS group_id, g.level = 'trinn' AS trinn_level,
                       g.gender_split, f.scale_min, f.scale_max
                FROM factors f JOIN groups g ON g.id = f.group_id ORDER BY f.number
                """
            ) { row in
                let low = try row.double("scale_min"), high = try row.double("scale_max")
                factors.append(
                    AuditSnapshot.Factor(
                        number: try row.int("number"), id: try row.string("factor_id"), name: try row.string("name"),
                        group: try row.string("group_id"), trinnLevel: try row.bool("trinn_level"),
                        genderSplit: try row.bool("gender_split"), scale: low...max(low, high)))
            }
            // Schema 3 on: the shares, and which bands of each factor are unfavourable.
            let hasShares = version >= 3
            if hasShares, let json = meta["instrument"], let instrument = try? Instrument.decode(Data(json.utf8)) {
                for i in factors.indices {
                    guard let factor = instrument.factor(id: factors[i].id), let shares = factor.shares else {
                        continue
                    }
                    factors[i].unfavourableBands = (0..<shares.bandCount).map {
                        shares.isUnfavourable(band: $0, direction: factor.direction)
                    }
                }
            }
            var cells: [AuditSnapshot.Cell] = []
            // Columns found by name once; millions of rows then read by index.
            let names =
                ["unit_id", "round", "trinn", "gender", "factor", "n", "mean", "sd", "suppressed"]
                + (hasShares ? ["band1", "band2", "band3", "band4", "unfavourable"] : [])
            var at: [Int] = []
            try database.query("SELECT \(names.joined(separator: ", ")) FROM cells") { row in
                if at.isEmpty { at = try names.map { try row.columnIndex($0) } }
                let flag = row.int(at: at[8])
                var shares: CellShares?
                if hasShares {
                    let bands = at[9...12].prefix { !row.isNull(at: $0) }.map { row.int(at: $0) }
                    if !bands.isEmpty {
                        shares = .shown(bands)
                    } else if !row.isNull(at: at[13]) {
                        shares = .split(unfavourable: row.int(at: at[13]))
                    }
                }
                let value =
                    flag == 0 && !row.isNull(at: at[5]) && !row.isNull(at: at[6])
                    ? CellValue(
                        n: row.int(at: at[5]), mean: row.double(at: at[6]), sd: row.optionalDouble(at: at[7]),
                        shares: shares)
                    : nil
                cells.append(
                    AuditSnapshot.Cell(
                        unit: row.int(at: at[0]), round: row.int(at: at[1]), trinn: row.int(at: at[2]),
                        gender: row.int(at: at[3]), factor: row.int(at: at[4]), value: value,
                        saysLarge: version == 1 && flag == 2))
            }
            var outside: [Int: [String]] = [:]
            if try database.tableExists("extract_members") {
                try database.query("SELECT unit_id, school_code FROM extract_members ORDER BY unit_id, school_code") {
                    row in
                    outside[try row.int("unit_id"), default: []].append(try row.string("school_code"))
                }
            }
            return AuditSnapshot(
                path: path, schemaVersion: version, rule: rule, units: units, factors: factors, cells: cells,
                outsideSchools: outside)
        } catch let error as SnapshotOpenError {
            throw error
        } catch let error as SQLiteError {
            throw SnapshotReader.translate(error, path: path)
        } catch {
            throw .damaged(path: path, detail: ErrorText.debugText(for: error))
        }
    }
}
