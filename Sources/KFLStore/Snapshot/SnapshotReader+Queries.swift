import KFLCore

/// What the snapshot answers beyond one unit's cells: counts of a kommune's other schools
/// (`tally`), one factor's every cell of a unit, and `kfl check`'s counts.
extension SnapshotReader {
    public func tally(
        unitIDs: [Int], round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: CellTally] {
        guard !unitIDs.isEmpty, let low = factorNumbers.min(), let high = factorNumbers.max() else { return [:] }
        if tallyStatements[unitIDs] == nil {
            if tallyStatements.count >= 32 { tallyStatements = [:] }
            // The units spelt out, so SQLite seeks each one's cells by the primary key.
            let statement = try database.prepare(
                "SELECT unit_id, factor, \(Self.valueColumns) FROM cells"
                    + " WHERE unit_id IN (\(unitIDs.map(String.init).joined(separator: ", ")))"
                    + " AND round = ? AND trinn = ? AND gender = ? AND factor BETWEEN ? AND ?")
            tallyStatements[unitIDs] = (
                statement, try statement.columnIndex("unit_id"), try statement.columnIndex("factor"),
                try CellColumns(statement)
            )
        }
        let (statement, unitColumn, factorColumn, columns) = tallyStatements[unitIDs]!
        let wanted = Set(factorNumbers)
        var out: [Int: CellTally] = [:]
        try statement.bind([round, trinn, gender.rawValue, low, high])
        defer { statement.reset() }
        while try statement.step() {
            let factor = try Self.required(statement, at: factorColumn, "factor")
            guard wanted.contains(factor) else { continue }
            let unitID = try Self.required(statement, at: unitColumn, "unit_id")
            let cell = try stored(statement, columns, factorNumber: factor) {
                place(unitID: unitID, round: round, trinn: trinn, gender: gender.rawValue, factorNumber: factor)
            }
            switch cell {
            case .shown(let value): out[factor, default: CellTally()].shownN += value.n
            case .hidden:
                out[factor, default: CellTally()].hidden += 1
                out[factor, default: CellTally()].hiddenUnits.insert(unitID)
            }
        }
        return out
    }

    public func results(unitID: Int, factorNumber: Int) throws -> [CellKey: CellResult] {
        var out: [CellKey: CellResult] = [:]
        let (s, columns) = try cellsOfUnitFactor
        try s.bind([unitID, factorNumber])
        defer { s.reset() }
        while try s.step() {
            let round = try Self.required(s, at: columns.round, "round")
            let trinn = try Self.required(s, at: columns.trinn, "trinn")
            let code = try Self.required(s, at: columns.gender, "gender")
            let place = {
                self.place(unitID: unitID, round: round, trinn: trinn, gender: code, factorNumber: factorNumber)
            }
            guard let gender = Gender(rawValue: code) else { throw invalidCell(Strings.Snapshot.cellsBadCode, place()) }
            let key = CellKey(unitID: unitID, round: round, trinn: trinn, gender: gender, factorNumber: factorNumber)
            out[key] = try result(s, columns.cell, key: key, place: place)
        }
        return out
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
