import KFLCore

/// The reader's statements besides `cellsOfUnitRound`, each prepared the first time it is used
/// and kept: `kfl show` needs two or three of them, the browser most.
extension SnapshotReader {
    /// One factor's cells of a unit. Every round, trinn and gender spelt out, so SQLite seeks each
    /// of the factor's cells by the primary key instead of reading all the unit's cells (thousands
    /// for a school); the factor detail reads this for each school of the kommune. The same rows as
    /// reading them all: the schema's CHECKs keep trinn and gender in these ranges, and a cell of a
    /// round the snapshot does not list is never shown.
    var cellsOfUnitFactor: (Statement, columns: (round: Int, trinn: Int, gender: Int, cell: CellColumns)) {
        get throws {
            if let prepared = preparedCellsOfUnitFactor { return prepared }
            let statement = try database.prepare(
                "SELECT round, trinn, gender, \(Self.valueColumns) FROM cells WHERE unit_id = ?"
                    + " AND round IN (\(roundList)) AND trinn IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"
                    + " AND gender IN (0, 1, 2) AND factor = ?")
            let prepared = (
                statement,
                columns: (
                    round: try statement.columnIndex("round"), trinn: try statement.columnIndex("trinn"),
                    gender: try statement.columnIndex("gender"), cell: try CellColumns(statement)
                )
            )
            preparedCellsOfUnitFactor = prepared
            return prepared
        }
    }

    /// Whether a unit has any cell of a range of factors (a group's). A group that is there is
    /// found in the unit's first rows; only one that is not reads all of them (as DISTINCT did
    /// for every unit). No IN list: SQLite builds a temporary table with a page cache for each.
    var cellOfUnitInFactors: Statement {
        get throws {
            try prepared(
                \.preparedCellOfUnitInFactors,
                "SELECT 1 FROM cells WHERE unit_id = ? AND factor BETWEEN ? AND ? LIMIT 1")
        }
    }

    /// Whether a unit has a shown cell of a factor in a round. Trinn and gender as lists (one value
    /// repeated, or every value), so SQLite seeks by the primary key instead of reading all the
    /// unit's cells of the round for each hidden cell.
    var shownPartOfUnit: Statement {
        get throws {
            try prepared(
                \.preparedShownPartOfUnit,
                "SELECT 1 FROM cells WHERE unit_id = ?1 AND round = ?2"
                    + " AND trinn IN (" + (4...14).map { "?\($0)" }.joined(separator: ", ") + ")"
                    + " AND gender IN (?15, ?16, ?17) AND factor = ?3 AND suppressed = 0 LIMIT 1")
        }
    }

    /// One cell by its whole key.
    var oneCell: (Statement, columns: CellColumns) {
        get throws {
            if let prepared = preparedOneCell { return prepared }
            let statement = try database.prepare(
                "SELECT \(Self.valueColumns) FROM cells"
                    + " WHERE unit_id = ? AND round = ? AND trinn = ? AND gender = ? AND factor = ?")
            let prepared = (statement, columns: try CellColumns(statement))
            preparedOneCell = prepared
            return prepared
        }
    }

    /// The trinn a unit has cells of for a factor in a round.
    var trinnOfFactor: Statement {
        get throws {
            try prepared(
                \.preparedTrinnOfFactor,
                "SELECT DISTINCT trinn FROM cells WHERE unit_id = ? AND round = ?"
                    + " AND trinn IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) AND gender IN (0, 1, 2) AND factor = ?"
                    + " ORDER BY trinn")
        }
    }

    /// A unit's cells of every trinn of a round and gender. Every trinn spelt out, so SQLite seeks
    /// each trinn's cells by the primary key.
    var cellsOfUnitRoundTrinns: (Statement, columns: (trinn: Int, factor: Int, cell: CellColumns)) {
        get throws {
            if let prepared = preparedCellsOfUnitRoundTrinns { return prepared }
            let statement = try database.prepare(
                "SELECT trinn, factor, \(Self.valueColumns) FROM cells WHERE unit_id = ? AND round = ?"
                    + " AND trinn IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) AND gender = ?")
            let prepared = (
                statement,
                columns: (
                    trinn: try statement.columnIndex("trinn"), factor: try statement.columnIndex("factor"),
                    cell: try CellColumns(statement)
                )
            )
            preparedCellsOfUnitRoundTrinns = prepared
            return prepared
        }
    }

    /// The statement kept in `slot`, prepared from `sql` the first time it is asked for.
    func prepared(
        _ slot: ReferenceWritableKeyPath<SnapshotReader, Statement?>, _ sql: @autoclosure () -> String
    )
        throws -> Statement
    {
        if let statement = self[keyPath: slot] { return statement }
        let statement = try database.prepare(sql())
        self[keyPath: slot] = statement
        return statement
    }
}
