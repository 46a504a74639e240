import KFLStore
import Testing

/// Everything the privacy checks need, read straight from the snapshot's
/// tables with SQL (not through the reader the app uses).
struct StoredSnapshot {
    struct Unit {
        let id: Int
        let kind: String
        let code: String
        let parent: Int?
    }

    struct Factor {
        let number: Int
        let id: String
        let group: String
        let trinnLevel: Bool
        let genderSplit: Bool
        let scale: ClosedRange<Double>
    }

    struct Cell {
        let suppressed: Int
        let n: Int?
        let mean: Double?
        let sd: Double?
        /// Respondents per share band, when shown.
        var bands: [Int]? = nil
        /// The mean is shown, the shares are not.
        var sharesHidden = false
        /// The unfavourable count of a cell showing its split but not its bands.
        var unfavourable: Int?
    }

    struct Key: Hashable, Comparable {
        let round: Int
        let factor: Int
        let slot: Slot

        static func < (a: Key, b: Key) -> Bool { (a.round, a.factor, a.slot) < (b.round, b.factor, b.slot) }
    }

    let minimumN: Int
    /// `meta.protection`: the width in percent of the scale a small hidden group's mean keeps.
    let protectionPercent: Int
    let units: [Unit]
    let factors: [Factor]
    let rounds: [Int]
    let cells: [Key: Cell]

    init(path: String) throws {
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        minimumN = try #require(
            try db.scalar("SELECT value FROM meta WHERE key = 'min_n'", as: String.self).flatMap { Int($0) })
        protectionPercent = try #require(
            try db.scalar("SELECT value FROM meta WHERE key = 'protection'", as: String.self).flatMap { Int($0) })
        var units: [Unit] = []
        try db.query("SELECT id, kind, code, parent_id FROM units ORDER BY id") { row in
            units.append(
                Unit(
                    id: row.int(at: 0), kind: row.string(at: 1), code: row.string(at: 2), parent: row.optionalInt(at: 3)
                ))
        }
        var factors: [Factor] = []
        try db.query(
            """
            SELECT f.number, f.id, g.id, g.level = 'trinn', g.gender_split, f.scale_min, f.scale_max
            FROM factors f JOIN groups g ON g.id = f.group_id ORDER BY f.number
            """
        ) { row in
            factors.append(
                Factor(
                    number: row.int(at: 0), id: row.string(at: 1), group: row.string(at: 2),
                    trinnLevel: row.bool(at: 3),
                    genderSplit: row.bool(at: 4), scale: row.double(at: 5)...row.double(at: 6)))
        }
        var rounds: [Int] = []
        try db.query("SELECT round FROM rounds ORDER BY round") { rounds.append($0.int(at: 0)) }
        var cells: [Key: Cell] = [:]
        try db.query(
            "SELECT unit_id, round, trinn, gender, factor, n, mean, sd, suppressed,"
                + " band1, band2, band3, band4, shares_hidden, unfavourable FROM cells"
        ) { row in
            let key = Key(
                round: row.int(at: 1), factor: row.int(at: 4),
                slot: Slot(unit: row.int(at: 0), trinn: row.int(at: 2), gender: row.int(at: 3)))
            let bands = (9...12).compactMap { row.optionalInt(at: $0) }
            cells[key] = Cell(
                suppressed: row.int(at: 8), n: row.optionalInt(at: 5), mean: row.optionalDouble(at: 6),
                sd: row.optionalDouble(at: 7), bands: bands.isEmpty ? nil : bands, sharesHidden: row.int(at: 13) != 0,
                unfavourable: row.optionalInt(at: 14))
        }
        self.units = units
        self.factors = factors
        self.rounds = rounds
        self.cells = cells
    }

    /// Every cell as one line of text, doubles by their bits: equal dumps mean equal tables.
    static func dump(path: String) throws -> [String] {
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        var lines: [String] = []
        try db.query(
            "SELECT unit_id, round, trinn, gender, factor, n, mean, sd, suppressed,"
                + " band1, band2, band3, band4, shares_hidden, unfavourable FROM cells"
                + " ORDER BY unit_id, round, trinn, gender, factor"
        ) { row in
            let bits = [6, 7].map { row.optionalDouble(at: $0).map { String($0.bitPattern, radix: 16) } ?? "null" }
            lines.append(
                "\(row.int(at: 0)) \(row.int(at: 1)) \(row.int(at: 2)) \(row.int(at: 3)) \(row.int(at: 4)) "
                    + "\(row.optionalInt(at: 5) ?? -1) \(bits[0]) \(bits[1]) \(row.int(at: 8)) "
                    + (9...12).map { "\(row.optionalInt(at: $0) ?? -1)" }.joined(separator: ",") + " \(row.int(at: 13))"
                    + " \(row.optionalInt(at: 14) ?? -1)"
            )
        }
        try db.query("SELECT id, kind, code, name, parent_id, trinn_min, trinn_max FROM units ORDER BY id") { row in
            lines.append(
                "unit \(row.int(at: 0)) \(row.string(at: 1)) \(row.string(at: 2)) \(row.string(at: 3)) "
                    + "\(row.optionalInt(at: 4) ?? 0) \(row.optionalInt(at: 5) ?? 0) \(row.optionalInt(at: 6) ?? 0)")
        }
        return lines
    }
}
