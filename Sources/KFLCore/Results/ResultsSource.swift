/// What a snapshot says about itself.
public struct SnapshotInfo: Sendable {
    public let schemaVersion: Int
    public let createdAt: String
    public let source: String
    public let isDemo: Bool
    public let minimumN: Int
    /// Width in percent of the scale a small hidden group's mean keeps (`ProtectionRule`).
    public let protectionPercent: Int
    public let instrument: Instrument
    public let rounds: [Int]
    public let tree: UnitTree
    /// Set when the snapshot is an extract of another (`kfl extract`).
    public let extract: SnapshotExtractInfo?

    public init(
        schemaVersion: Int, createdAt: String, source: String, isDemo: Bool, minimumN: Int, protectionPercent: Int = 20,
        instrument: Instrument, rounds: [Int], tree: UnitTree, extract: SnapshotExtractInfo? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.createdAt = createdAt
        self.source = source
        self.isDemo = isDemo
        self.minimumN = minimumN
        self.protectionPercent = protectionPercent
        self.instrument = instrument
        self.rounds = rounds
        self.tree = tree
        self.extract = extract
    }

    public var rule: ProtectionRule { ProtectionRule(minimumN: minimumN, protectionPercent: protectionPercent) }

    /// What tells this snapshot from another, or from a later import into
    /// the same file: its source, when it was made and its shape
    /// (the protection too: it changes the numbers).
    public var fingerprint: String {
        "\(source)|\(createdAt)|v\(schemaVersion)|n\(minimumN)|\(rounds.map(String.init).joined(separator: ","))"
            + "|\(tree.units.count)|p\(protectionPercent)"
    }
}

/// What an extract was cut from (the source snapshot's own source) and what it keeps.
public struct SnapshotExtractInfo: Sendable, Hashable {
    public let source: String
    public let scope: String

    public init(source: String, scope: String) {
        self.source = source
        self.scope = scope
    }
}

/// The snapshot file an analysis was made from, as the workbook remembers it.
public struct SnapshotReference: Sendable, Hashable {
    public let path: String
    public let fingerprint: String

    public init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
    }
}

/// Read access to stored cells. The snapshot reader implements it; the app
/// and every report read results only through it.
public protocol ResultsSource: AnyObject {
    var info: SnapshotInfo { get }

    /// Cells of one unit for one round, trinn (0 = all) and gender, keyed by
    /// factor number. Factors with no respondents are absent.
    func results(unitID: Int, round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]) throws -> [Int: CellResult]

    /// Cells of one unit for one round and gender at each trinn of `trinns`, keyed by trinn,
    /// then factor number: what a reference pooled over trinn reads (`PooledReference`), in one
    /// read where the source can.
    func results(
        unitID: Int, round: Int, trinns: ClosedRange<Int>, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: [Int: CellResult]]

    /// Every cell of one unit for one factor: all rounds, trinn and genders.
    func results(unitID: Int, factorNumber: Int) throws -> [CellKey: CellResult]

    /// Respondent groups with any cell for the unit (by group id).
    func groupsPresent(unitID: Int) throws -> Set<String>

    /// One cell; nil when nobody answered there.
    func result(_ key: CellKey) throws -> CellResult?

    /// The trinn (1–10) where the unit has a cell of the factor in the round, in order.
    func trinnWithCells(unitID: Int, round: Int, factorNumber: Int) throws -> [Int]

    /// For each factor, the cells of several units at one round, trinn and gender counted:
    /// how many are hidden, and how many answers the shown ones hold. What the rest of a
    /// kommune needs of its other schools; why a cell is hidden is not worked out (it is
    /// never shown from here). Factors none of the units has are absent. `hiddenUnits` names
    /// the units counted in `hidden` (a rest over several trinn counts schools, not cells).
    func tally(unitIDs: [Int], round: Int, trinn: Int, gender: Gender, factorNumbers: [Int]) throws -> [Int: CellTally]

    /// Runs `body`, whose reads belong together (what one key needs), as one read where the
    /// source can: a snapshot then takes and releases its file lock once, not once per query.
    func readTogether(_ body: () -> Void)
}

extension ResultsSource {
    /// Each read on its own.
    public func readTogether(_ body: () -> Void) { body() }

    /// One read per trinn.
    public func results(
        unitID: Int, round: Int, trinns: ClosedRange<Int>, gender: Gender, factorNumbers: [Int]
    ) throws -> [Int: [Int: CellResult]] {
        var out: [Int: [Int: CellResult]] = [:]
        for trinn in trinns {
            out[trinn] = try results(
                unitID: unitID, round: round, trinn: trinn, gender: gender, factorNumbers: factorNumbers)
        }
        return out
    }
}
