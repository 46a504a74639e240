import KFLCore

/// The `units` table: read as stored, then checked as a tree (kinds, parents, cycles, trinn).
extension SnapshotValidator {
    /// A row of `units` as stored, before anything is trusted.
    struct RawUnit {
        let id: Int
        let idIsInteger: Bool
        let kindText: String
        let code: String
        let name: String
        /// nil for NULL; `.some(nil)` for a value that is not a whole number.
        let parent: Int??
        let trinnMin: String?
        let trinnMax: String?

        var kind: UnitKind? { UnitKind(rawValue: kindText) }

        /// The unit as kfl uses it, once the checks found nothing wrong (nil for an unknown kind).
        var reportingUnit: ReportingUnit? {
            guard let kind else { return nil }
            let low = trinnMin.flatMap { Int($0) }, high = trinnMax.flatMap { Int($0) }
            return ReportingUnit(
                id: id, kind: kind, code: code, name: name, parentID: parent ?? nil,
                trinnRange: low.flatMap { l in high.map { h in l...max(l, h) } })
        }
    }

    func readUnits() throws -> [RawUnit] {
        var units: [RawUnit] = []
        let sql = """
            SELECT id, typeof(id) AS id_type, kind, code, name, parent_id, typeof(parent_id) AS parent_type,
                   trinn_min, trinn_max
            FROM units ORDER BY id
            """
        // The columns found by name once, not per row: every open reads every unit.
        let row = try database.prepare(sql)
        let id = try row.columnIndex("id"), idType = try row.columnIndex("id_type"), kind = try row.columnIndex("kind")
        let code = try row.columnIndex("code"), name = try row.columnIndex("name")
        let parentID = try row.columnIndex("parent_id"), parentType = try row.columnIndex("parent_type")
        let trinnMin = try row.columnIndex("trinn_min"), trinnMax = try row.columnIndex("trinn_max")
        while try row.step() {
            let type = row.string(at: parentType)
            let parent: Int?? = type == "null" ? nil : .some(type == "integer" ? row.int(at: parentID) : nil)
            units.append(
                RawUnit(
                    id: row.int(at: id), idIsInteger: row.string(at: idType) == "integer",
                    kindText: row.string(at: kind), code: row.string(at: code), name: row.string(at: name),
                    parent: parent, trinnMin: row.optionalString(at: trinnMin),
                    trinnMax: row.optionalString(at: trinnMax)))
        }
        return units
    }

    /// Everything wrong with the units as a tree: ids, kinds, parents, cycles, trinn, names.
    static func problems(of units: [RawUnit]) -> [String] {
        guard !units.isEmpty else { return [Strings.Snapshot.noUnits] }
        guard units.enumerated().allSatisfy({ $0.element.idIsInteger && $0.element.id == $0.offset + 1 }) else {
            return [Strings.Snapshot.idsNotInOrder]
        }
        var found: [String] = []
        func label(_ unit: RawUnit) -> String {
            Strings.Snapshot.unit(unit.id, name: ControlCharacters.escaped(unit.name))
        }
        let inCycle = cycles(units, found: &found)
        for unit in units {
            if let bad = ControlCharacters.first(in: unit.name) ?? ControlCharacters.first(in: unit.code) {
                found.append(Strings.Snapshot.controlInUnit(label(unit), character: ControlCharacters.escape(bad)))
            }
            if let problem = trinnProblem(unit, label: label(unit)) { found.append(problem) }
            guard let kind = unit.kind else {
                found.append(Strings.Snapshot.unknownKind(label(unit), kind: ControlCharacters.escaped(unit.kindText)))
                continue
            }
            if unit.id == 1 {
                if kind != .county || unit.parent != nil { found.append(Strings.Snapshot.firstNotCounty) }
                continue
            }
            if kind == .county {
                found.append(Strings.Snapshot.secondCounty(label(unit)))
                continue
            }
            guard let parentValue = unit.parent else {
                found.append(Strings.Snapshot.missingParent(label(unit)))
                continue
            }
            guard let parentID = parentValue, parentID >= 1, parentID <= units.count else {
                found.append(Strings.Snapshot.danglingParent(label(unit), parent: parentValue ?? 0))
                continue
            }
            guard !inCycle.contains(unit.id), let parentKind = units[parentID - 1].kind else { continue }
            if !kind.mayLie(under: parentKind) {
                found.append(
                    Strings.Snapshot.wrongParent(
                        label(unit), kind: Strings.unitKindName(kind), parent: label(units[parentID - 1]),
                        parentKind: Strings.unitKindName(parentKind)))
            }
        }
        if found.count > unitProblemLimit {
            let more = found.count - unitProblemLimit
            found = Array(found.prefix(unitProblemLimit)) + [Strings.Snapshot.moreUnitProblems(more)]
        }
        return found
    }

    /// The ids of units on a parent cycle; one problem per cycle.
    private static func cycles(_ units: [RawUnit], found: inout [String]) -> Set<Int> {
        var state = [UInt8](repeating: 0, count: units.count + 1)  // 0 new, 1 on the current path, 2 done
        var inCycle = Set<Int>()
        for start in units.map(\.id) where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let id = current, id >= 1, id <= units.count, state[id] != 2 {
                if state[id] == 1 {
                    let cycle = Array(path.drop { $0 != id })
                    inCycle.formUnion(cycle)
                    found.append(Strings.Snapshot.cycle(cycle + [id]))
                    break
                }
                state[id] = 1
                path.append(id)
                current = units[id - 1].parent ?? nil
            }
            for id in path { state[id] = 2 }
        }
        return inCycle
    }

    private static func trinnProblem(_ unit: RawUnit, label: @autoclosure () -> String) -> String? {
        guard unit.trinnMin != nil || unit.trinnMax != nil else { return nil }
        if let low = unit.trinnMin.flatMap({ Int($0) }), let high = unit.trinnMax.flatMap({ Int($0) }),
            (1...10).contains(low), (low...10).contains(high)
        {
            return nil
        }
        let low = ControlCharacters.escaped(unit.trinnMin ?? ""), high = ControlCharacters.escaped(unit.trinnMax ?? "")
        return Strings.Snapshot.trinnInvalid(label(), low: low, high: high)
    }
}

extension UnitKind {
    /// Whether a unit of this kind may lie under one of `parent`'s kind: a tree from the
    /// county down to schools. (A switch, not a `Set`: every open asks this per unit.)
    fileprivate func mayLie(under parent: UnitKind) -> Bool {
        switch self {
        case .county: return false
        case .region: return parent == .county
        case .municipality: return parent == .region || parent == .county
        case .school: return parent == .municipality
        }
    }
}
