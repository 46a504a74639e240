import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// Provenance written into a snapshot. No count of respondents is stored: a
/// total beside the shown cells would bound hidden ones (the import reports it
/// to whoever runs it instead).
public struct SnapshotProvenance: Sendable {
    public let source: String
    public let isDemo: Bool
    public let rule: ProtectionRule
    public let createdAt: Date
    /// For an extract: what it was cut from and what it keeps.
    public let extract: SnapshotExtractInfo?

    public init(
        source: String, isDemo: Bool, rule: ProtectionRule, createdAt: Date = Date(),
        extract: SnapshotExtractInfo? = nil
    ) {
        self.source = source
        self.isDemo = isDemo
        self.rule = rule
        self.createdAt = createdAt
        self.extract = extract
    }
}

/// Writes a snapshot atomically: everything goes to a temporary file beside
/// the target, which is renamed over it only when complete. After any error,
/// `abandon()` (or deinit) removes the temporary file and the target is untouched.
public final class SnapshotWriter {
    public let destination: URL
    let temporary: URL
    private var database: SQLiteDatabase?
    private var insertCell: Statement?
    private var finished = false
    public private(set) var cellCount = 0
    /// The temporary file and its journal, removed should a signal end kfl first (`TemporaryFiles`).
    private var signalCleanup: [TemporaryFiles.Registration] = []

    /// - Throws: `SQLiteError` when the temporary file cannot be created.
    public init(destination: URL) throws {
        self.destination = destination
        let directory = destination.deletingLastPathComponent()
        temporary = directory.appendingPathComponent(
            ".\(destination.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try? FileManager.default.removeItem(at: temporary)
        // VACUUM in `finish` writes a rollback journal beside it.
        signalCleanup = [temporary.path, temporary.path + "-journal"].map(TemporaryFiles.registerFile)
        let db = try SQLiteDatabase.open(path: temporary.path, mode: .create)
        database = db
        // A private temporary file: no journal needed while loading; durability
        // comes from fsync and rename at the end. Nobody else opens it, so the
        // lock is taken once; the cells go in key order per table but not
        // overall, so a larger page cache keeps the B-tree's pages at hand.
        try db.execute(
            """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 8192;
            PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -\(Self.cacheKilobytes);
            """)
        try db.setApplicationID(SnapshotSchema.applicationID)
        try db.setUserVersion(Int32(SnapshotSchema.version))
        try db.execute(SnapshotSchema.createStatements)
        try db.execute("BEGIN")
        insertCell = try db.prepare(
            "INSERT INTO cells (unit_id, round, trinn, gender, factor, n, mean, sd, suppressed,"
                + " band1, band2, band3, band4, shares_hidden, unfavourable)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    }

    deinit { if !finished { abandon() } }

    /// SQLite's page cache while building (64 MB): most of a national snapshot's
    /// cell pages, without making memory grow with the data.
    static let cacheKilobytes = 65_536

    private var db: SQLiteDatabase {
        get throws {
            guard let database else {
                throw SQLiteError(kind: .misuse, extendedResultCode: 21, message: "snapshot writer already closed")
            }
            return database
        }
    }

    /// Writes the self-description: instrument, units, rounds and provenance.
    public func writeDescription(
        instrument: Instrument, tree: UnitTree, rounds: [Int], provenance: SnapshotProvenance
    ) throws {
        let db = try self.db
        var meta: [(String, String)] = [
            ("format", SnapshotSchema.format),
            ("schema_version", String(SnapshotSchema.version)),
            ("created_at", provenance.createdAt.formatted(.iso8601)),
            ("source", provenance.source),
            ("demo", provenance.isDemo ? "1" : "0"),
            ("min_n", String(provenance.rule.minimumN)),
            ("protection", String(provenance.rule.protectionPercent)),
            ("county", tree.county.name),
            ("instrument", String(decoding: try instrument.jsonData(), as: UTF8.self)),
        ]
        if let extract = provenance.extract {
            meta += [("extract_of", extract.source), ("extract_scope", extract.scope)]
        }
        let insertMeta = try db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
        for (key, value) in meta {
            try insertMeta.bind([key, value])
            try insertMeta.execute()
        }
        let insertRound = try db.prepare("INSERT INTO rounds (round) VALUES (?)")
        for round in rounds.sorted() {
            try insertRound.bind([round])
            try insertRound.execute()
        }
        let insertGroup = try db.prepare(
            """
            INSERT INTO groups (id, position, name, level, trinn_min, trinn_max, gender_split)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, group) in instrument.groups.enumerated() {
            try insertGroup.bind([
                group.id, position, group.name, group.level.rawValue, group.trinnRange?.lowerBound,
                group.trinnRange?.upperBound, group.genderSplit ? 1 : 0,
            ])
            try insertGroup.execute()
        }
        let insertFactor = try db.prepare(
            """
            INSERT INTO factors (number, id, group_id, area, name, direction, scale_min, scale_max)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for factor in instrument.factors {
            try insertFactor.bind([
                factor.number, factor.id, factor.groupID, factor.storedAreaName, factor.storedName,
                factor.direction.rawValue, factor.scale.lowerBound, factor.scale.upperBound,
            ])
            try insertFactor.execute()
        }
        let insertUnit = try db.prepare(
            "INSERT INTO units (id, kind, code, name, parent_id, trinn_min, trinn_max) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for unit in tree.units {
            try insertUnit.bind([
                unit.id, unit.kind.rawValue, unit.code, unit.name, unit.parentID, unit.trinnRange?.lowerBound,
                unit.trinnRange?.upperBound,
            ])
            try insertUnit.execute()
        }
    }

    /// Records, for an extract, the schools a kept unit covers that the file leaves out.
    public func writeExtractMembers(_ members: [(unitID: Int, schoolCode: String)]) throws {
        let insert = try db.prepare("INSERT INTO extract_members (unit_id, school_code) VALUES (?, ?)")
        for member in members {
            try insert.bind([member.unitID, member.schoolCode])
            try insert.execute()
        }
    }

    /// Adds one cell. Suppressed cells are stored without n, mean or sd.
    /// - Throws: `SQLiteError`; `.misuse` after `finish()` or `abandon()`
    ///   (the cell would be lost).
    public func write(_ key: CellKey, _ result: CellResult) throws {
        guard let insertCell else {
            throw SQLiteError(
                kind: .misuse, extendedResultCode: 21, message: "cell written after the snapshot was closed")
        }
        try insertCell.bind(key.unitID, at: 1)
        try insertCell.bind(key.round, at: 2)
        try insertCell.bind(key.trinn, at: 3)
        try insertCell.bind(key.gender.rawValue, at: 4)
        try insertCell.bind(key.factorNumber, at: 5)
        switch result {
        case .value(let v):
            try insertCell.bind(v.n, at: 6)
            try insertCell.bind(v.mean, at: 7)
            try insertCell.bind(v.sd, at: 8)
            try insertCell.bind(0, at: 9)
            let bands = v.bands ?? []
            for band in 0..<ShareBands.maximumBands {
                if band < bands.count {
                    try insertCell.bind(bands[band], at: 10 + band)
                } else {
                    try insertCell.bindNull(at: 10 + band)
                }
            }
            try insertCell.bind(Self.sharesHiddenCode(v.shares), at: 14)
            if case .split(let unfavourable)? = v.shares {
                try insertCell.bind(unfavourable, at: 15)
            } else {
                try insertCell.bindNull(at: 15)
            }
        case .suppressed:
            // One stored reason (issue 10); a derived `.protectsSmallerGroup` is stored as hidden too.
            try insertCell.bindNull(at: 6)
            try insertCell.bindNull(at: 7)
            try insertCell.bindNull(at: 8)
            try insertCell.bind(SuppressionReason.hidden.rawValue, at: 9)
            for band in 0..<ShareBands.maximumBands { try insertCell.bindNull(at: 10 + band) }
            try insertCell.bind(0, at: 14)
            try insertCell.bindNull(at: 15)
        }
        try insertCell.execute()
        cellCount += 1
    }

    /// Commits, checks, makes the file durable and renames it over the destination.
    /// - Throws: `SQLiteError` or a file-system error; the destination is then untouched.
    public func finish() throws {
        let db = try self.db
        try db.execute("COMMIT")
        insertCell = nil
        try db.execute("PRAGMA journal_mode = DELETE; ANALYZE; VACUUM;")
        try verifyCellCount(db)
        database = nil
        let handle = try FileDescriptor(path: temporary.path, mode: .update)
        try handle.synchronize()
        try handle.close()
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            // Foundation's NSLocalizedDescriptionKey and NSFilePathErrorKey (not in FoundationEssentials).
            throw CocoaError(
                .fileWriteUnknown, userInfo: ["NSLocalizedDescription": reason, "NSFilePath": destination.path])
        }
        finished = true
        releaseSignalCleanup()
    }

    private func releaseSignalCleanup() {
        signalCleanup.forEach(TemporaryFiles.unregister)
        signalCleanup = []
    }

    /// Checks what was written without `quick_check`, which re-evaluates every
    /// CHECK constraint of millions of rows: counting the cells walks every page
    /// of the cells B-tree in key order (a broken page or a lost row shows), and
    /// the count must be the number of cells written. The constraints themselves
    /// were checked on every INSERT.
    private func verifyCellCount(_ db: SQLiteDatabase) throws {
        let stored = try db.scalar("SELECT count(*) FROM cells", as: Int.self) ?? 0
        guard stored == cellCount else {
            throw SQLiteError(
                kind: .corrupt, extendedResultCode: 11,
                message: "snapshot holds \(stored) cells, \(cellCount) were written", path: temporary.path)
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    public func abandon() {
        insertCell = nil
        database = nil
        finished = true
        try? FileManager.default.removeItem(at: temporary)
        for suffix in ["-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: temporary.path + suffix)
        }
        releaseSignalCleanup()
    }

    /// `shares_hidden` as stored: 0 shown (bands or split, or no shares), 1 hidden though the
    /// mean is shown. One code whatever the reason: which rule hid a share would narrow it.
    static func sharesHiddenCode(_ shares: CellShares?) -> Int {
        if case .hidden? = shares { return 1 }
        return 0
    }
}
