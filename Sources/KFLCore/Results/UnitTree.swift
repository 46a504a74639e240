/// The units of a snapshot as a tree: county → regions → kommuner → schools.
/// `units[i].id == i + 1`; the county is `units[0]`.
public struct UnitTree: Sendable {
    public let units: [ReportingUnit]
    /// Children of each unit, by index.
    public let children: [[Int]]

    public init(units: [ReportingUnit]) {
        self.units = units
        var children = [[Int]](repeating: [], count: units.count)
        for (index, unit) in units.enumerated() {
            if let parent = unit.parentID { children[parent - 1].append(index) }
        }
        self.children = children
    }

    public var county: ReportingUnit { units[0] }
    public func unit(id: Int) -> ReportingUnit? { id >= 1 && id <= units.count ? units[id - 1] : nil }
    public func children(of unit: ReportingUnit) -> [ReportingUnit] { children[unit.id - 1].map { units[$0] } }
    public func parent(of unit: ReportingUnit) -> ReportingUnit? { unit.parentID.flatMap(self.unit(id:)) }

    /// The kommune a unit lies in (itself for a kommune, nil above).
    public func municipality(of unit: ReportingUnit) -> ReportingUnit? {
        var current: ReportingUnit? = unit
        while let u = current {
            if u.kind == .municipality { return u }
            current = parent(of: u)
        }
        return nil
    }

    /// Builds the tree from a geography and the schools found in the data.
    /// Schools are (code, name, kommunenummer, trinn range), in any order.
    public static func build(
        geography: Geography,
        schools: [(code: String, name: String, municipality: String, trinn: ClosedRange<Int>?)]
    ) -> UnitTree {
        var units: [ReportingUnit] = [
            ReportingUnit(
                id: 1, kind: .county, code: geography.county.number, name: geography.county.name, parentID: nil)
        ]
        var municipalityID: [String: Int] = [:]
        for region in geography.regions {
            let regionID = units.count + 1
            units.append(ReportingUnit(id: regionID, kind: .region, code: region.id, name: region.name, parentID: 1))
            for m in region.municipalities {
                let id = units.count + 1
                municipalityID[m.number] = id
                units.append(
                    ReportingUnit(id: id, kind: .municipality, code: m.number, name: m.name, parentID: regionID))
            }
        }
        let sortedSchools = schools.sorted { ($0.municipality, $0.code) < ($1.municipality, $1.code) }
        for school in sortedSchools {
            guard let parent = municipalityID[school.municipality] else { continue }
            units.append(
                ReportingUnit(
                    id: units.count + 1, kind: .school, code: school.code, name: school.name, parentID: parent,
                    trinnRange: school.trinn))
        }
        return UnitTree(units: units)
    }
}
