import KFLCore

/// Checks at open what a snapshot's schema cannot: that every value the
/// program will compute with is one it can compute with.
///
/// A snapshot is a file anyone can edit. The schema's CHECKs hold for files
/// kfl wrote, but not for one rebuilt by hand, and they cannot say that a mean
/// lies on its factor's scale or that units form a tree. Values that break
/// those rules would trap (a negative sd in `Comparison`, a dangling parent in
/// `UnitTree`), hang (a parent cycle) or show what must not be shown (a cell
/// below `min_n`). So they are refused at open, each with a Norwegian sentence.
///
/// Meta, instrument, factors, rounds and units are small and checked in Swift
/// at every open (a few milliseconds, even for all of Norway). The cells are
/// too many for that: one SQL scan that checks them all takes about 0,3 s for
/// a county and several seconds for the 4,4 million cells of Norway. So each
/// cell is checked as it is read (`problem(shown:factor:minimumN:)`), before
/// anything computes with it or shows it, and the scan runs in `kfl check`:
/// it counts each kind of problem, and only a kind that occurs costs a second
/// query, for its first example.
struct SnapshotValidator {
    /// The most problems listed about units; the rest are counted.
    static let unitProblemLimit = 25

    /// How much to check.
    enum Scope {
        /// Everything but the cells.
        case structure
        /// Everything, with the scan over all cells.
        case everything
    }

    let database: SQLiteDatabase
    let meta: [String: String]
    let instrument: Instrument

    /// `min_n` when the file states a valid one; nil otherwise (and a problem says why).
    var minimumN: Int? {
        guard let text = meta["min_n"], let value = Int(text), value >= 1 else { return nil }
        return value
    }

    /// What a check found: every problem, in Norwegian (empty for a sound snapshot), and the
    /// rounds and units as read, which the reader takes when there is no problem (one read at each open).
    struct Findings {
        let problems: [String]
        let rounds: [Int]
        let units: [RawUnit]
    }

    /// Checks the snapshot.
    /// - Throws: `SQLiteError` when the file cannot be read at all (a damaged page).
    func check(_ scope: Scope) throws -> Findings {
        var found = metaProblems()
        let instrumentProblems = self.instrumentProblems()
        found += instrumentProblems
        found += try factorTableProblems()
        let rounds = try readRounds(problems: &found)
        let units = try readUnits()
        let unitProblems = Self.problems(of: units)
        found += unitProblems
        let scalesKnown = instrumentProblems.isEmpty && !found.contains(Strings.Snapshot.factorTableMismatch)
        if scope == .everything, scalesKnown, !units.isEmpty {
            found += try cellProblems(minimumN: minimumN, units: units, rounds: rounds)
        }
        return Findings(problems: found, rounds: rounds, units: units)
    }

    // MARK: Meta and instrument

    private func metaProblems() -> [String] {
        var found: [String] = []
        switch meta["min_n"] {
        case nil: found.append(Strings.Snapshot.minimumNMissing)
        case let text? where minimumN == nil:
            found.append(Strings.Snapshot.minimumNInvalid(ControlCharacters.escaped(text)))
        default: break
        }
        // Schema 2 records the protection width; `kfl check` and the audit report it.
        switch meta["protection"] {
        case nil: found.append(Strings.Snapshot.protectionMissing)
        case let text? where Int(text).map({ !(0...100).contains($0) }) ?? true:
            found.append(Strings.Snapshot.protectionInvalid(ControlCharacters.escaped(text)))
        default: break
        }
        for key in ["source", "created_at", "county"] {
            if let value = meta[key], let bad = ControlCharacters.first(in: value) {
                found.append(Strings.Snapshot.controlInMeta(key, character: ControlCharacters.escape(bad)))
            }
        }
        return found
    }

    private func instrumentProblems() -> [String] {
        var found: [String] = []
        if instrument.factors.isEmpty { found.append(Strings.Snapshot.noFactors) }
        var groupIDs = Set<String>()
        for group in instrument.groups {
            if !groupIDs.insert(group.id).inserted { found.append(Strings.Snapshot.duplicateGroup(escaped(group.id))) }
            // `trinnRange` builds a range from the two numbers: they must be in order.
            if let trinn = group.trinn,
                trinn.count != 2 || !(1...10).contains(trinn[0]) || !(trinn[0]...10).contains(trinn[1])
            {
                found.append(Strings.Snapshot.groupTrinn(escaped(group.id), trinn))
            }
            for text in [group.id, group.storedName, group.storedShortName] + group.areas.map(\.storedName) {
                if let bad = ControlCharacters.first(in: text) {
                    let character = ControlCharacters.escape(bad)
                    found.append(Strings.Snapshot.controlInInstrument(escaped(group.id), character: character))
                }
            }
        }
        var factorIDs = Set<String>()
        for factor in instrument.factors {
            if !factorIDs.insert(factor.id).inserted {
                found.append(Strings.Snapshot.duplicateFactor(escaped(factor.id)))
            }
            if !factor.scale.lowerBound.isFinite || !factor.scale.upperBound.isFinite {
                found.append(Strings.Snapshot.scaleInvalid(escaped(factor.id)))
            }
            for text in [factor.id, factor.storedName, factor.storedDescription] {
                if let bad = ControlCharacters.first(in: text) {
                    let character = ControlCharacters.escape(bad)
                    found.append(Strings.Snapshot.controlInInstrument(escaped(factor.id), character: character))
                }
            }
        }
        for theme in instrument.themes {
            for text in [theme.id, theme.name, theme.description] {
                if let bad = ControlCharacters.first(in: text) {
                    let character = ControlCharacters.escape(bad)
                    found.append(Strings.Snapshot.controlInInstrument(escaped(theme.id), character: character))
                }
            }
        }
        return found
    }

    private func escaped(_ text: String) -> String { ControlCharacters.escaped(text) }

    /// The `factors` table must describe the stored instrument's factors:
    /// the cell scan takes the scales from it.
    private func factorTableProblems() throws -> [String] {
        // By number, as the instrument numbers its factors (0, 1, …), in an array: a dictionary of a
        // type not used before costs a scan of the runtime's conformance records (a tenth of a
        // millisecond at every open). A number given twice keeps its last row; one outside the
        // instrument's is a mismatch.
        let count = instrument.factors.count
        var stored = [(id: String, low: Double, high: Double)?](repeating: nil, count: count)
        var outside = false
        try eachRow("SELECT number, id, scale_min, scale_max FROM factors") { row, c in
            let number = row.int(at: c["number"]!)
            guard number >= 0 && number < count else {
                outside = true
                return
            }
            stored[number] = (
                row.string(at: c["id"]!), row.double(at: c["scale_min"]!), row.double(at: c["scale_max"]!)
            )
        }
        let matches =
            !outside
            && instrument.factors.allSatisfy { factor in
                guard factor.number >= 0 && factor.number < count, let row = stored[factor.number] else { return false }
                return row.id == factor.id && row.low == factor.scale.lowerBound && row.high == factor.scale.upperBound
            }
        return matches ? [] : [Strings.Snapshot.factorTableMismatch]
    }

    // MARK: Rounds

    /// The rounds (whole numbers only); a problem for each that is not one.
    private func readRounds(problems: inout [String]) throws -> [Int] {
        var rounds: [Int] = []
        try eachRow("SELECT round, typeof(round) AS type FROM rounds ORDER BY round") { row, columns in
            if row.string(at: columns["type"]!) == "integer" {
                rounds.append(row.int(at: columns["round"]!))
            } else {
                let text = ControlCharacters.escaped(row.string(at: columns["round"]!))
                problems.append(Strings.Snapshot.roundInvalid(text))
            }
        }
        if rounds.isEmpty { problems.append(Strings.Snapshot.noRounds) }
        return rounds
    }

    // MARK: Cells

    /// The rule for one shown cell as it is read, the same as the scan's
    /// (`cellChecks`): nil when kfl can compute with it and show it.
    static func problem(shown value: CellValue, factor: Factor, minimumN: Int) -> String? {
        let scale = factor.scale
        if value.n < minimumN { return Strings.Snapshot.cellsBelowMinimumN(minimumN) }
        if let bands = value.bands {
            guard let shares = factor.shares, bands.count == shares.bandCount, bands.allSatisfy({ $0 >= 0 }),
                bands.reduce(0, +) == value.n,
                ShareDisclosure.allows(
                    bands: bands, unfavourable: shares.unfavourable(bands, direction: factor.direction), n: value.n)
            else { return Strings.Snapshot.cellsBadShares }
        }
        if case .split(let unfavourable)? = value.shares {
            guard factor.shares != nil, ShareDisclosure.allowsSplit(unfavourable: unfavourable, n: value.n) else {
                return Strings.Snapshot.cellsBadShares
            }
        }
        if !value.mean.isFinite || !scale.contains(value.mean) { return Strings.Snapshot.cellsMeanOutsideScale }
        if let sd = value.sd, !(sd >= 0 && sd <= scale.upperBound - scale.lowerBound) {
            return Strings.Snapshot.cellsBadSD
        }
        return nil
    }

    /// One kind of bad cell: what it means and the SQL condition that finds it
    /// (over `cells AS c LEFT JOIN factors AS s ON s.number = c.factor`).
    private struct CellCheck {
        let what: String
        let condition: String
    }

    /// The scan's rules; a shown cell's are also `problem(shown:factor:minimumN:)`.
    /// Without a valid `min_n` (a problem of its own) that rule is left out.
    private func cellChecks(minimumN: Int?, unitCount: Int, rounds: [Int]) -> [CellCheck] {
        let shown = "c.suppressed = 0 AND typeof(c.suppressed) = 'integer'"
        let number = { (column: String) in "(typeof(\(column)) = 'real' OR typeof(\(column)) = 'integer')" }
        let roundList = rounds.map(String.init).joined(separator: ", ")
        let belowMinimumN = minimumN.map { minimumN in
            CellCheck(
                what: Strings.Snapshot.cellsBelowMinimumN(minimumN),
                condition: "\(shown) AND (typeof(c.n) != 'integer' OR c.n < \(minimumN))")
        }
        return [
            CellCheck(
                what: Strings.Snapshot.cellsUnknownUnit,
                condition: "typeof(c.unit_id) != 'integer' OR c.unit_id NOT BETWEEN 1 AND \(unitCount)"),
            CellCheck(what: Strings.Snapshot.cellsUnknownFactor, condition: "s.number IS NULL"),
            CellCheck(
                what: Strings.Snapshot.cellsUnknownRound,
                condition: "c.round IS NULL OR c.round NOT IN (\(roundList))"),
            CellCheck(
                what: Strings.Snapshot.cellsBadCode,
                condition: """
                    NOT (typeof(c.trinn) = 'integer' AND c.trinn BETWEEN 0 AND 10
                         AND typeof(c.gender) = 'integer' AND c.gender BETWEEN 0 AND 2
                         AND typeof(c.suppressed) = 'integer' AND c.suppressed BETWEEN 0 AND 1)
                    """),
            CellCheck(
                what: Strings.Snapshot.cellsSuppressedWithValues,
                condition: "c.suppressed != 0 AND (c.n IS NOT NULL OR c.mean IS NOT NULL OR c.sd IS NOT NULL)"),
            belowMinimumN,
            CellCheck(
                what: Strings.Snapshot.cellsMeanOutsideScale,
                condition: """
                    \(shown) AND s.number IS NOT NULL
                    AND (NOT \(number("c.mean")) OR c.mean < s.scale_min OR c.mean > s.scale_max)
                    """),
            CellCheck(
                what: Strings.Snapshot.cellsBadSD,
                condition: """
                    \(shown) AND s.number IS NOT NULL AND c.sd IS NOT NULL
                    AND (NOT \(number("c.sd")) OR c.sd < 0 OR c.sd > s.scale_max - s.scale_min)
                    """),
            CellCheck(
                what: Strings.Snapshot.cellsBadShares,
                condition: """
                    (c.unfavourable IS NOT NULL AND NOT (\(shown) AND c.shares_hidden = 0 AND c.band1 IS NULL
                        AND typeof(c.unfavourable) = 'integer' AND c.unfavourable BETWEEN 3 AND c.n - 3))
                    OR (c.band1 IS NOT NULL AND NOT (\(shown) AND c.shares_hidden = 0
                        AND c.band1 + c.band2 + coalesce(c.band3, 0) + coalesce(c.band4, 0) = c.n))
                    OR (c.shares_hidden != 0 AND NOT \(shown))
                    """),
        ].compactMap { $0 }
    }

    private func cellProblems(minimumN: Int?, units: [RawUnit], rounds: [Int]) throws -> [String] {
        let checks = cellChecks(minimumN: minimumN, unitCount: units.count, rounds: rounds)
        let counts = checks.indices.map { "count(*) FILTER (WHERE \(checks[$0].condition)) AS problem\($0)" }
        // The factors table matches the instrument (checked above), so its scales are the instrument's.
        let from = "FROM cells AS c LEFT JOIN factors AS s ON s.number = c.factor"
        var found: [(CellCheck, Int)] = []
        try eachRow("SELECT \(counts.joined(separator: ",\n")) \(from)") { row, c in
            for (index, check) in checks.enumerated() {
                let count = row.int(at: c["problem\(index)"]!)
                if count > 0 { found.append((check, count)) }
            }
        }
        return try found.map { check, count in
            let example = try example(where: check.condition, from: from, units: units)
            return Strings.Snapshot.cells(count, check.what, example: example)
        }
    }

    /// The first cell that meets `condition`, in words.
    private func example(where condition: String, from: String, units: [RawUnit]) throws -> String {
        let sql = """
            SELECT c.unit_id AS unit, c.round AS round, c.trinn AS trinn, c.gender AS gender, c.factor AS factor
            \(from) WHERE \(condition) LIMIT 1
            """
        var text = ""
        try eachRow(sql) { row, c in
            let unitID = row.int(at: c["unit"]!)
            let name = unitID >= 1 && unitID <= units.count ? ControlCharacters.escaped(units[unitID - 1].name) : nil
            let factorNumber = row.int(at: c["factor"]!)
            let factor =
                factorNumber >= 0 && factorNumber < instrument.factors.count
                ? "«\(instrument.factors[factorNumber].id)»" : ControlCharacters.escaped(row.string(at: c["factor"]!))
            text = Strings.Snapshot.cellExample(
                unit: Strings.Snapshot.unit(unitID, name: name), round: row.int(at: c["round"]!),
                trinn: row.int(at: c["trinn"]!), gender: row.int(at: c["gender"]!), factor: factor)
        }
        return text
    }

    /// Runs `sql` and calls `body` for each row with the column positions by
    /// name (found once per statement): rows are read by name, never by position.
    func eachRow(_ sql: String, _ body: (Statement, [String: Int]) throws -> Void) throws {
        let statement = try database.prepare(sql)
        let columns = Self.columns(of: statement)
        while try statement.step() { try body(statement, columns) }
    }

    static func columns(of row: Statement) -> [String: Int] {
        var columns: [String: Int] = [:]
        for index in 0..<row.columnCount { columns[row.columnName(at: index)] = index }
        return columns
    }
}
