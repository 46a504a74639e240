import KFLCore

/// Reads a snapshot's tables as they are stored, for the privacy audit: every
/// row, published or hidden, and (for an extract) the schools it leaves out.
/// Reads schema 1 too, so that older files can be audited; schema 1 says which
/// hidden cells hold at least `min_n` answers, and the audit uses that as an
/// attacker would.
public enum AuditSnapshotLoader {
    /// - Throws: `SnapshotOpenError` when the file is missing, not a snapshot, damaged or newer.
    public static func load(path: String) throws(SnapshotOpenError) -> AuditSnapshot {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase.open(path: path, mode: .readOnly)
        } catch let error as SQLiteError {
            throw SnapshotReader.translate(error, path: path)
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
            // Schema 1 had no protection intervals: audit it against today's rule.
            let rule = ProtectionRule(
                minimumN: meta["min_n"].flatMap(Int.init) ?? 7,
                protectionPercent: meta["protection"].flatMap(Int.init) ?? ProtectionRule.standard.protectionPercent)
            var units: [AuditSnapshot.Unit] = []
            try database.query("SELECT id, kind, code, name, parent_id FROM units ORDER BY id") { row in
                units.append(AuditSnapshot.Unit(
                    id: row.int(at: 0), kind: UnitKind(rawValue: row.string(at: 1)) ?? .school, code: row.string(at: 2),
                    name: row.string(at: 3), parent: row.optionalInt(at: 4)))
            }
            guard !units.isEmpty, units.enumerated().allSatisfy({ $0.offset + 1 == $0.element.id }) else {
                throw SnapshotOpenError.damaged(path: path, detail: "enhetene er ufullstendige")
            }
            var factors: [AuditSnapshot.Factor] = []
            try database.query("""
                SELECT f.number, f.id, f.name, g.id, g.level = 'trinn', g.gender_split, f.scale_min, f.scale_max
                FROM factors f JOIN groups g ON g.id = f.group_id ORDER BY f.number
                """) { row in
                factors.append(AuditSnapshot.Factor(
                    number: row.int(at: 0), id: row.string(at: 1), name: row.string(at: 2), group: row.string(at: 3),
                    trinnLevel: row.bool(at: 4), genderSplit: row.bool(at: 5),
                    scale: row.double(at: 6)...max(row.double(at: 6), row.double(at: 7))))
            }
            var cells: [AuditSnapshot.Cell] = []
            try database.query("SELECT unit_id, round, trinn, gender, factor, n, mean, sd, suppressed FROM cells") { row in
                let flag = row.int(at: 8)
                let value = flag == 0 ? CellValue(n: row.int(at: 5), mean: row.double(at: 6), sd: row.optionalDouble(at: 7)) : nil
                cells.append(AuditSnapshot.Cell(
                    unit: row.int(at: 0), round: row.int(at: 1), trinn: row.int(at: 2), gender: row.int(at: 3),
                    factor: row.int(at: 4), value: value, saysLarge: version == 1 && flag == 2))
            }
            var outside: [Int: [String]] = [:]
            if try database.tableExists("extract_members") {
                try database.query("SELECT unit_id, school_code FROM extract_members ORDER BY unit_id, school_code") { row in
                    outside[row.int(at: 0), default: []].append(row.string(at: 1))
                }
            }
            return AuditSnapshot(
                path: path, schemaVersion: version, rule: rule, units: units, factors: factors, cells: cells, outsideSchools: outside)
        } catch let error as SnapshotOpenError {
            throw error
        } catch let error as SQLiteError {
            throw SnapshotReader.translate(error, path: path)
        } catch {
            throw .damaged(path: path, detail: "\(error)")
        }
    }
}
