import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Opens a snapshot read-only and answers queries for cells.
/// Checks at open that the file is a kfl snapshot of a schema this build reads,
/// and that its content is one kfl can use (`SnapshotValidator`).
public final class SnapshotReader: ResultsSource {
    public let path: String
    public let info: SnapshotInfo
    let database: SQLiteDatabase
    private let cellsOfUnitRound: Statement
    /// Where each statement's columns are, found by name once (not per row).
    private let unitRoundColumns: (factor: Int, cell: CellColumns)
    /// The other statements, prepared the first time they are used (`SnapshotReader+Statements`):
    /// preparing all of them at open was a tenth of a `kfl show`, which needs two or three.
    /// `cellsOfUnitRound`, prepared at open, reads every column they read, so a snapshot that
    /// lacks one is still refused at open.
    var preparedCellsOfUnitFactor: (Statement, columns: (round: Int, trinn: Int, gender: Int, cell: CellColumns))?
    var preparedCellOfUnitInFactors: Statement?
    var preparedShownPartOfUnit: Statement?
    var preparedOneCell: (Statement, columns: CellColumns)?
    var preparedTrinnOfFactor: Statement?
    /// `readTogether`'s BEGIN and COMMIT.
    var preparedBegin: Statement?
    var preparedCommit: Statement?
    var preparedCellsOfUnitRoundTrinns: (Statement, columns: (trinn: Int, factor: Int, cell: CellColumns))?
    /// The snapshot's rounds as a list for SQL (`IN (2016, 2018)`).
    let roundList: String

    /// How much of the content to check at open (see `SnapshotValidator`).
    public enum Validation: Sendable {
        /// Meta, instrument, factors, rounds and units: milliseconds. Each
        /// cell is checked as it is read.
        case standard
        /// All that and a scan of every cell (`kfl check`).
        case complete
    }

    /// - Throws: `SnapshotOpenError`; `.invalid` with every problem found.
    public init(path: String, validation: Validation = .standard) throws(SnapshotOpenError) {
        self.path = path
        if let refusal = InputFile.refusal(for: path) { throw .notARegularFile(path: path, message: refusal) }
        do {
            database = try SQLiteDatabase.open(path: path, mode: .readOnly)
        } catch let error as SQLiteError {
            throw Self.translate(error, path: path)
        } catch {
            throw .notASnapshot(path: path, detail: ErrorText.debugText(for: error))
        }
        do {
            let applicationID = try database.applicationID()
            if applicationID == WorkbookSchema.applicationID { throw SnapshotOpenError.isWorkbook(path: path) }
            guard applicationID == SnapshotSchema.applicationID, try database.tableExists("meta") else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: Strings.Snapshot.noKFLMark)
            }
            var meta: [String: String] = [:]
            try database.query("SELECT key, value FROM meta") { row in
                meta[try row.string("key")] = try row.string("value")
            }
            guard meta["format"] == SnapshotSchema.format, let version = meta["schema_version"].flatMap(Int.init) else {
                throw SnapshotOpenError.notASnapshot(path: path, detail: Strings.Snapshot.noFormatInfo)
            }
            guard version <= SnapshotSchema.version else {
                throw SnapshotOpenError.newerSchema(path: path, found: version, supported: SnapshotSchema.version)
            }
            guard version == SnapshotSchema.version else {
                throw SnapshotOpenError.olderSchema(path: path, found: version, supported: SnapshotSchema.version)
            }
            guard let instrumentJSON = meta["instrument"],
                let instrument = try? Instrument.decode(instrumentJSON.utf8)
            else {
                throw SnapshotOpenError.damaged(path: path, detail: Strings.Snapshot.instrumentUnreadable)
            }
            let validator = SnapshotValidator(database: database, meta: meta, instrument: instrument)
            let findings = try validator.check(validation == .complete ? .everything : .structure)
            guard findings.problems.isEmpty, let minimumN = validator.minimumN else {
                throw SnapshotOpenError.invalid(path: path, problems: findings.problems)
            }
            // The rounds (whole numbers, in order) and units as the validator read them: one read of each
            // table at each open.
            let rounds = findings.rounds
            let units = findings.units.compactMap { $0.reportingUnit }
            guard !units.isEmpty, units.enumerated().allSatisfy({ $0.offset + 1 == $0.element.id }) else {
                throw SnapshotOpenError.damaged(path: path, detail: Strings.Snapshot.unitsIncomplete)
            }
            info = SnapshotInfo(
                schemaVersion: version, createdAt: meta["created_at"] ?? "", source: meta["source"] ?? "",
                isDemo: meta["demo"] == "1", minimumN: minimumN,
                protectionPercent: meta["protection"].flatMap(Int.init) ?? 0,
                instrument: instrument, rounds: rounds, tree: UnitTree(units: units),
                extract: meta["extract_of"].map { SnapshotExtractInfo(source: $0, scope: meta["extract_scope"] ?? "") })
            cellsOfUnitRound = try database.prepare(
                "SELECT factor, \(Self.valueColumns) FROM cells"
                    + " WHERE unit_id = ? AND round = ? AND trinn = ? AND gender = ?")
            unitRoundColumns = (try cellsOfUnitRound.columnIndex("factor"), try CellColumns(cellsOfUnitRound))
            roundList = rounds.map(String.init).joined(separator: ", ")
        } catch let error as SnapshotOpenError {
            throw error
        } catch let error as SQLiteError {
            throw Self.translate(error, path: path)
        } catch {
            throw .damaged(path: path, detail: ErrorText.debugText(for: error))
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

    /// A stored cell, checked before anything computes with it or shows it:
    /// a file too large to scan at open, or edited since, cannot trap or show
    /// a value it must not. `place` describes the cell for the message.
    /// Where a cell's values are in a row, found by column name.
    struct CellColumns: Sendable {
        let n: Int, mean: Int, sd: Int, suppressed: Int, bands: [Int], unfavourable: Int, sharesHidden: Int
        init(_ row: Statement) throws {
            n = try row.columnIndex("n")
            mean = try row.columnIndex("mean")
            sd = try row.columnIndex("sd")
            suppressed = try row.columnIndex("suppressed")
            bands = try (1...ShareBands.maximumBands).map { try row.columnIndex("band\($0)") }
            unfavourable = try row.columnIndex("unfavourable")
            sharesHidden = try row.columnIndex("shares_hidden")
        }
    }

    /// The columns a cell's value is read from.
    static let valueColumns = "n, mean, sd, suppressed, band1, band2, band3, band4, unfavourable, shares_hidden"

    /// A shown cell's shares as stored: the bands up to the first NULL, the split alone,
    /// hidden (one reason is stored: the group rule's text, which states the rule), or nil.
    static func shares(_ row: Statement, _ columns: CellColumns) -> CellShares? {
        if row.int(at: columns.sharesHidden) != 0 { return .hidden(.wholeGroup) }
        if !row.isNull(at: columns.unfavourable) { return .split(unfavourable: row.int(at: columns.unfavourable)) }
        let bands = columns.bands.prefix { !row.isNull(at: $0) }.map { row.int(at: $0) }
        return bands.isEmpty ? nil : .shown(bands)
    }

    /// A cell as stored and checked, before why it is hidden (when it is) is worked out.
    enum StoredCell {
        case shown(CellValue)
        case hidden
    }

    func result(
        _ row: Statement, _ columns: CellColumns, key: CellKey, place: () -> String
    ) throws -> CellResult {
        try explained(try stored(row, columns, factorNumber: key.factorNumber, place: place), key: key)
    }

    /// A stored cell with the reason it is hidden (`hasShownPart`).
    private func explained(_ cell: StoredCell, key: CellKey) throws -> CellResult {
        switch cell {
        case .shown(let value): return .value(value)
        case .hidden: return .suppressed(try hasShownPart(key) ? .protectsSmallerGroup : .hidden)
        }
    }

    func stored(
        _ row: Statement, _ columns: CellColumns, factorNumber: Int, place: () -> String
    ) throws -> StoredCell {
        let n = columns.n, mean = columns.mean, sd = columns.sd
        let flag = row.int(at: columns.suppressed)
        if flag != 0 {
            guard flag == SuppressionReason.hidden.rawValue else {
                throw invalidCell(Strings.Snapshot.cellsBadCode, place())
            }
            return .hidden
        }
        let factor = info.instrument.factors[factorNumber]
        guard !row.isNull(at: n), !row.isNull(at: mean) else {
            throw invalidCell(Strings.Snapshot.cellsMeanOutsideScale, place())
        }
        let value = CellValue(
            n: row.int(at: n), mean: row.double(at: mean), sd: row.optionalDouble(at: sd),
            shares: Self.shares(row, columns))
        if let problem = SnapshotValidator.problem(shown: value, factor: factor, minimumN: info.minimumN) {
            throw invalidCell(problem, place())
        }
        return .shown(value)
    }

    /// Whether a shown cell lies inside the hidden cell `key`: the same round and factor, in
    /// the unit or a unit under it, and in its trinn and gender (any, where the key says all).
    /// A shown cell has at least `min_n` answers, so then the hidden one has too: it is hidden
    /// to protect another group. That is already public (the part is shown), so saying it
    /// narrows nothing; the stored flag cannot say more (issue 10: one stored reason).
    private func hasShownPart(_ key: CellKey) throws -> Bool {
        if let known = shownPartByCell[key] { return known }
        let trinn = key.trinn == 0 ? Array(0...10) : Array(repeating: key.trinn, count: 11)
        let genders = key.gender == .all ? [0, 1, 2] : Array(repeating: key.gender.rawValue, count: 3)
        let statement = try shownPartOfUnit
        var pending = [key.unitID]
        var found = false
        while !found, let unitID = pending.popLast() {
            try statement.bind(ints: [unitID, key.round, key.factorNumber] + trinn + genders)
            defer { statement.reset() }
            found = try statement.step()
            pending += info.tree.children[unitID - 1].map { $0 + 1 }
        }
        shownPartByCell[key] = found
        return found
    }

    /// `hasShownPart` per hidden cell: the browser reads the same cells on every move back.
    private var shownPartByCell: [CellKey: Bool] = [:]

    /// The whole number in column `index` (called `name`) of the current row; NULL is an error.
    static func required(_ row: Statement, at index: Int, _ name: String) throws -> Int {
        guard !row.isNull(at: index) else { throw row.unreadable(name, as: "value (NULL)") }
        return row.int(at: index)
    }

    func invalidCell(_ what: String, _ place: String) -> SnapshotOpenError {
        .invalidCell(path: path, problem: Strings.Snapshot.cell(what, at: place))
    }

    /// Where a cell is, in words, for a message.
    func place(unitID: Int, round: Int, trinn: Int, gender: Int, factorNumber: Int) -> String {
        Strings.Snapshot.cellExample(
            unit: Strings.Snapshot.unit(unitID, name: info.tree.unit(id: unitID)?.name), round: round, trinn: trinn,
            gender: gender, factor: "«\(info.instrument.factors[factorNumber].id)»")
    }

    public func results(
        unitID: Int, round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: CellResult] {
        let row = try storedRow(CellRow(unitID: unitID, round: round, trinn: trinn, gender: gender))
        var out: [Int: CellResult] = [:]
        for factor in factorNumbers {
            guard let cell = row[factor] else { continue }
            let key = CellKey(unitID: unitID, round: round, trinn: trinn, gender: gender, factorNumber: factor)
            out[factor] = try explained(cell, key: key)
        }
        return out
    }

    /// A unit's cells of one round, trinn and gender: the browser asks for the same ones
    /// again and again (the results pane, the development marks, the way back).
    struct CellRow: Hashable {
        let unitID: Int, round: Int, trinn: Int, gender: Gender
    }

    /// Rows read lately, in two generations: a row is looked for in both, and when the
    /// newer one is full it becomes the older (the older dropped), so at most
    /// 2 × `rowsPerGeneration` rows (a few kB each) are held however far one browses.
    /// 256: a school at «alle trinn» reads its references' rows of ten trinn per round and
    /// gender, and 96 let the next such school push out the last (the way back read it all
    /// again); twice as many held costs about 1 MiB on the national snapshot.
    private var recentRows: [CellRow: [Int: StoredCell]] = [:]
    private var olderRows: [CellRow: [Int: StoredCell]] = [:]
    static let rowsPerGeneration = 256

    private func cachedRow(_ key: CellRow) -> [Int: StoredCell]? {
        if let row = recentRows[key] { return row }
        guard let row = olderRows[key] else { return nil }
        remember(row, key)
        return row
    }

    private func remember(_ row: [Int: StoredCell], _ key: CellRow) {
        if recentRows.count >= Self.rowsPerGeneration {
            olderRows = recentRows
            recentRows = [:]
        }
        recentRows[key] = row
    }

    private func storedRow(_ key: CellRow) throws -> [Int: StoredCell] {
        if let known = cachedRow(key) { return known }
        var row: [Int: StoredCell] = [:]
        try cellsOfUnitRound.bind([key.unitID, key.round, key.trinn, key.gender.rawValue])
        defer { cellsOfUnitRound.reset() }
        let factors = info.instrument.factors.count
        while try cellsOfUnitRound.step() {
            let factor = try Self.required(cellsOfUnitRound, at: unitRoundColumns.factor, "factor")
            // A factor the instrument does not have is never asked for (nor was it read before).
            guard factor >= 0 && factor < factors else { continue }
            row[factor] = try stored(cellsOfUnitRound, unitRoundColumns.cell, factorNumber: factor) {
                place(
                    unitID: key.unitID, round: key.round, trinn: key.trinn, gender: key.gender.rawValue,
                    factorNumber: factor)
            }
        }
        remember(row, key)
        return row
    }

    /// Reads the unit's cells of every trinn (1–10) of the round and gender in one query the first
    /// time, and keeps each trinn's row with the others (`storedRow`); later calls read the rows.
    public func results(
        unitID: Int, round: Int, trinns: ClosedRange<Int>, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: [Int: CellResult]] {
        let keys = (1...10).map { CellRow(unitID: unitID, round: round, trinn: $0, gender: gender) }
        if trinns.contains(where: { (1...10).contains($0) && cachedRow(keys[$0 - 1]) == nil }) {
            var rows: [Int: [Int: StoredCell]] = [:]
            let (statement, columns) = try cellsOfUnitRoundTrinns
            try statement.bind([unitID, round, gender.rawValue])
            defer { statement.reset() }
            let factors = info.instrument.factors.count
            while try statement.step() {
                let trinn = try Self.required(statement, at: columns.trinn, "trinn")
                let factor = try Self.required(statement, at: columns.factor, "factor")
                guard factor >= 0 && factor < factors else { continue }
                rows[trinn, default: [:]][factor] = try stored(
                    statement, columns.cell, factorNumber: factor
                ) {
                    place(unitID: unitID, round: round, trinn: trinn, gender: gender.rawValue, factorNumber: factor)
                }
            }
            for key in keys { remember(rows[key.trinn] ?? [:], key) }
        }
        var out: [Int: [Int: CellResult]] = [:]
        for trinn in trinns {
            out[trinn] = try results(
                unitID: unitID, round: round, trinn: trinn, gender: gender, factorNumbers: factorNumbers)
        }
        return out
    }

    public func result(_ key: CellKey) throws -> CellResult? {
        let rowKey = CellRow(unitID: key.unitID, round: key.round, trinn: key.trinn, gender: key.gender)
        if let row = cachedRow(rowKey) { return try row[key.factorNumber].map { try explained($0, key: key) } }
        let (statement, columns) = try oneCell
        try statement.bind([key.unitID, key.round, key.trinn, key.gender.rawValue, key.factorNumber])
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return try result(statement, columns, key: key) {
            place(
                unitID: key.unitID, round: key.round, trinn: key.trinn, gender: key.gender.rawValue,
                factorNumber: key.factorNumber)
        }
    }

    public func trinnWithCells(unitID: Int, round: Int, factorNumber: Int) throws -> [Int] {
        var trinns: [Int] = []
        let statement = try trinnOfFactor
        try statement.bind([unitID, round, factorNumber])
        defer { statement.reset() }
        while try statement.step() { trinns.append(try Self.required(statement, at: 0, "trinn")) }
        return trinns
    }

    /// `tally`'s statements by the units they count (a kommune's other schools), prepared once each.
    var tallyStatements: [[Int]: (Statement, unit: Int, factor: Int, cell: CellColumns)] = [:]

    /// `groupsPresent` per unit: the browser asks on every move.
    private var groupsByUnit: [Int: Set<String>] = [:]

    /// The groups the unit has any cell of. A group's factors are numbered one after another
    /// (`Instrument.decode`), so one query per group asks for its range of numbers.
    public func groupsPresent(unitID: Int) throws -> Set<String> {
        if let known = groupsByUnit[unitID] { return known }
        var groups = Set<String>()
        let statement = try cellOfUnitInFactors
        for group in info.instrument.groups {
            guard let first = group.factors.first?.number, let last = group.factors.last?.number else { continue }
            try statement.bind([unitID, first, last])
            defer { statement.reset() }
            if try statement.step() { groups.insert(group.id) }
        }
        groupsByUnit[unitID] = groups
        return groups
    }

}
