import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Cuts a snapshot for one kommune or one school out of another: the unit, the
/// schools under it, and the units above it (region, county, and for a school
/// its kommune) for comparison. Every kept cell is copied as it is stored –
/// the same values and the same hidden cells – so the source and all its
/// extracts together show nothing the source alone does not.
///
/// The units above cover schools the extract leaves out; their codes are
/// recorded (`extract_members`) so an audit can line the extract up with other
/// files (a kommune total is a sum over all its schools, kept or not).
public enum SnapshotExtractor {
    public struct Summary: Sendable {
        public let units: Int
        public let cells: Int
    }

    /// Writes the extract to `output` atomically.
    /// - Parameters:
    ///   - keep: a kommune or a school of the source.
    ///   - sourceName: how the source file is named in the extract's provenance.
    /// - Throws: `SQLiteError` or a file error while reading or writing; nothing is left at `output` then.
    public static func extract(
        from source: SnapshotReader, keep: ReportingUnit, sourceName: String, to output: URL
    ) throws -> Summary {
        let info = source.info
        let tree = info.tree
        var above: [ReportingUnit] = []
        var current = tree.parent(of: keep)
        while let unit = current {
            above.insert(unit, at: 0)
            current = tree.parent(of: unit)
        }
        var kept = above + [keep]
        var queue = [keep]
        while let unit = queue.popLast() {
            let children = tree.children(of: unit)
            kept += children
            queue += children
        }
        kept.sort { $0.id < $1.id }
        var newID: [Int: Int] = [:]
        for (i, unit) in kept.enumerated() { newID[unit.id] = i + 1 }
        let units = kept.map { unit in
            ReportingUnit(
                id: newID[unit.id]!, kind: unit.kind, code: unit.code, name: unit.name,
                parentID: unit.parentID.flatMap { newID[$0] },
                trinnRange: unit.trinnRange)
        }
        // Each unit above covers its kept child (whose own cells sum over the rest of what is
        // kept or listed) and the schools under its other children, which the extract leaves
        // out and lists, together with those the source itself had left out.
        let earlier = try source.extractMembers()
        var outside: [(unitID: Int, schoolCode: String)] = []
        for (level, unit) in above.enumerated() {
            let keptChild = level + 1 < above.count ? above[level + 1] : keep
            var codes = Set(earlier[unit.id] ?? [])
            var stack = tree.children(of: unit).filter { $0.id != keptChild.id }
            while let u = stack.popLast() {
                if u.kind == .school { codes.insert(u.code) } else { stack += tree.children(of: u) }
            }
            for code in codes.sorted() { outside.append((newID[unit.id]!, code)) }
        }

        let writer = try SnapshotWriter(destination: output)
        do {
            let scope = Strings.Privacy.extractScope(kind: keep.kind, name: keep.name, code: keep.code)
            try writer.writeDescription(
                instrument: info.instrument, tree: UnitTree(units: units), rounds: info.rounds,
                provenance: SnapshotProvenance(
                    source: info.source, isDemo: info.isDemo, rule: info.rule,
                    extract: SnapshotExtractInfo(
                        source: Strings.Privacy.extractOf(file: sourceName, createdAt: info.createdAt), scope: scope)))
            try writer.writeExtractMembers(outside)
            var cells = 0
            try source.allCells(units: Set(kept.map(\.id))) { key, result in
                try writer.write(
                    CellKey(
                        unitID: newID[key.unitID]!, round: key.round, trinn: key.trinn, gender: key.gender,
                        factorNumber: key.factorNumber),
                    result)
                cells += 1
            }
            try writer.finish()
            return Summary(units: units.count, cells: cells)
        } catch {
            writer.abandon()
            throw error
        }
    }
}

extension SnapshotReader {
    /// Every stored cell of the given units, in a fixed order. The cells are copied as
    /// stored: open the source with `.complete` validation so that none is unsound.
    func allCells(units: Set<Int>, _ body: (CellKey, CellResult) throws -> Void) throws {
        let names = ["unit_id", "round", "trinn", "gender", "factor", "n", "mean", "sd", "suppressed"]
        let statement = try database.prepare(
            "SELECT unit_id, round, trinn, gender, factor, \(Self.valueColumns) FROM cells"
                + " ORDER BY unit_id, round, trinn, gender, factor")
        var columns: CellColumns?
        var at: [Int] = []
        while try statement.step() {
            if at.isEmpty {
                at = try names.map { try statement.columnIndex($0) }
                columns = try CellColumns(statement)
            }
            let unit = statement.int(at: at[0])
            guard units.contains(unit) else { continue }
            let key = CellKey(
                unitID: unit, round: statement.int(at: at[1]), trinn: statement.int(at: at[2]),
                gender: Gender(rawValue: statement.int(at: at[3])) ?? .all, factorNumber: statement.int(at: at[4]))
            let result: CellResult =
                statement.int(at: at[8]) != 0
                ? .suppressed(.hidden)
                : .value(
                    CellValue(
                        n: statement.int(at: at[5]), mean: statement.double(at: at[6]),
                        sd: statement.optionalDouble(at: at[7]), shares: columns.flatMap { Self.shares(statement, $0) })
                )
            try body(key, result)
        }
    }

    /// For an extract: per unit id, the codes of schools it covers that the file leaves out.
    func extractMembers() throws -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        try database.query("SELECT unit_id, school_code FROM extract_members ORDER BY unit_id, school_code") { row in
            out[try row.int("unit_id"), default: []].append(try row.string("school_code"))
        }
        return out
    }
}
