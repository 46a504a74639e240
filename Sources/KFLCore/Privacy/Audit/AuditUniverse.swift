/// Several snapshots put side by side as an attacker holding all of them would:
/// schools are matched by their id, and every unit becomes the set of schools
/// it sums over (so a kommune in one file and the same kommune in another are
/// one cell only when they cover the same schools, and a separate import of
/// part of the data lines up with the whole).
struct AuditUniverse {
    /// A set of schools cells sum over, with a name for the report.
    struct Group {
        let schools: [Int]
        let name: String
        let kind: UnitKind
    }

    let snapshots: [AuditSnapshot]
    private(set) var groups: [Group] = []
    private var groupOfSchools: [[Int]: Int] = [:]
    private var schoolIndex: [String: Int] = [:]
    /// Per snapshot: unit id → group.
    private(set) var groupOfUnit: [[Int: Int]] = []
    /// Per group: where it first appears (snapshot, unit id), for naming it.
    private var firstPlace: [Int: (snapshot: Int, unit: Int)] = [:]
    /// Per snapshot: unit id → its children (ids) in that file.
    private var children: [[Int: [Int]]] = []

    init(_ snapshots: [AuditSnapshot]) {
        self.snapshots = snapshots
        for snapshot in snapshots {
            var kids: [Int: [Int]] = [:]
            for unit in snapshot.units { if let parent = unit.parent { kids[parent, default: []].append(unit.id) } }
            children.append(kids)
            var members: [Int: [Int]] = [:]
            func schoolsOf(_ id: Int) -> [Int] {
                if let known = members[id] { return known }
                let unit = snapshot.units[id - 1]
                var set: [Int]
                if unit.kind == .school {
                    set = [school(unit.code)]
                } else {
                    set =
                        (kids[id] ?? []).flatMap { schoolsOf($0) }
                        + (snapshot.outsideSchools[id] ?? []).map { school($0) }
                }
                set = Array(Set(set)).sorted()
                members[id] = set
                return set
            }
            var map: [Int: Int] = [:]
            for unit in snapshot.units {
                let g = group(schoolsOf(unit.id), name: unit.name, kind: unit.kind)
                map[unit.id] = g
                if firstPlace[g] == nil { firstPlace[g] = (groupOfUnit.count, unit.id) }
            }
            for code in snapshot.outsideSchools.values.joined() { _ = group([school(code)], name: code, kind: .school) }
            groupOfUnit.append(map)
        }
    }

    private mutating func school(_ code: String) -> Int {
        if let index = schoolIndex[code] { return index }
        schoolIndex[code] = schoolIndex.count
        return schoolIndex.count - 1
    }

    private mutating func group(_ schools: [Int], name: String, kind: UnitKind) -> Int {
        if let index = groupOfSchools[schools] { return index }
        groupOfSchools[schools] = groups.count
        groups.append(Group(schools: schools, name: name, kind: kind))
        return groups.count - 1
    }

    /// The group of a single school (a school an extract leaves out has one too).
    private func schoolGroup(_ code: String) -> Int? {
        schoolIndex[code].flatMap { groupOfSchools[[$0]] }
    }

    /// Everything the files say about one factor (by id) in one round.
    /// - Parameter rows: per snapshot, the rows of this factor and round.
    func table(factor: AuditSnapshot.Factor, rows: [[AuditSnapshot.Cell]]) -> AuditTable {
        var table = AuditTable(scale: AnswerScale(factor.scale))
        let trinns = factor.trinnLevel ? Array(0...10) : [0]
        let genders = factor.genderSplit ? [0, 1, 2, 3] : [0]
        for (s, snapshot) in snapshots.enumerated() where s < rows.count {
            var row: [AuditTable.Key: AuditSnapshot.Cell] = [:]
            for cell in rows[s] {
                guard let group = groupOfUnit[s][cell.unit] else { continue }
                row[AuditTable.Key(group: group, trinn: cell.trinn, gender: cell.gender)] = cell
            }
            guard !row.isEmpty else { continue }
            for unit in snapshot.units {
                let group = groupOfUnit[s][unit.id]!
                for t in trinns {
                    for g in genders where g != CellCube.unknownGender {
                        let key = AuditTable.Key(group: group, trinn: t, gender: g)
                        if let cell = row[key] {
                            if let value = cell.value {
                                table.publish(key, value)
                            } else {
                                table.hide(
                                    key, at: AuditTable.Place(snapshot: s, unit: unit.id), saysLarge: cell.saysLarge)
                            }
                        } else {
                            table.markZero(key)
                        }
                    }
                    // Nobody at all here: nobody of unknown gender either.
                    if factor.genderSplit, row[AuditTable.Key(group: group, trinn: t, gender: 0)] == nil {
                        table.markZero(AuditTable.Key(group: group, trinn: t, gender: CellCube.unknownGender))
                    }
                }
                relate(
                    unit: unit.id, group: group, snapshot: s, trinns: trinns, genders: genders, factor: factor,
                    into: &table)
            }
        }
        table.finish()
        return table
    }

    private func relate(
        unit: Int, group: Int, snapshot s: Int, trinns: [Int], genders: [Int], factor: AuditSnapshot.Factor,
        into table: inout AuditTable
    ) {
        let parts =
            (children[s][unit] ?? []).map { groupOfUnit[s][$0]! }
            + (snapshots[s].outsideSchools[unit] ?? []).compactMap { schoolGroup($0) }
        for t in trinns {
            for g in genders {
                let total = AuditTable.Key(group: group, trinn: t, gender: g)
                if !parts.isEmpty {
                    table.relate(
                        AuditTable.Relation(
                            total: total, parts: parts.map { AuditTable.Key(group: $0, trinn: t, gender: g) }))
                }
                if factor.trinnLevel && t == 0 {
                    table.relate(
                        AuditTable.Relation(
                            total: total, parts: (1...10).map { AuditTable.Key(group: group, trinn: $0, gender: g) }))
                }
                if factor.genderSplit && g == 0 {
                    table.relate(
                        AuditTable.Relation(
                            total: total, parts: (1...3).map { AuditTable.Key(group: group, trinn: t, gender: $0) }))
                }
            }
        }
    }

    /// The group's name for the report: a school with its kommune ("Flisa skole (Åsnes)").
    func name(of group: Int) -> String {
        guard let place = firstPlace[group] else { return groups[group].name }
        let units = snapshots[place.snapshot].units
        let unit = units[place.unit - 1]
        if unit.kind == .school, let parent = unit.parent { return "\(unit.name) (\(units[parent - 1].name))" }
        return unit.name
    }
}
