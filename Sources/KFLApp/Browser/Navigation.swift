import KFLCore

/// Where in the tree the navigation pane is: the county's kommuner, a
/// kommune's schools, or a school's trinn.
public enum NavigationLevel: Hashable, Sendable, Codable {
    case county
    case municipality(Int)
    case school(Int)
}

/// One row of the navigation pane.
public struct NavigationItem: Hashable, Sendable {
    public let label: String
    /// The unit and trinn shown when the row is selected.
    public let unitID: Int
    public let trinn: Int
    /// The level Enter opens (nil for a leaf).
    public let opens: NavigationLevel?
}

extension NavigationLevel {
    /// The rows of this level, sorted the Norwegian way (Æ Ø Å last).
    /// Order is by name, never by a result. A school's trinn are those the
    /// shown `group` answers for (none for a school-level group), so the
    /// group never changes by moving in the list.
    public func items(in tree: UnitTree, group: RespondentGroup? = nil) -> [NavigationItem] {
        switch self {
        case .county:
            let municipalities = tree.units.filter { $0.kind == .municipality && !tree.children(of: $0).isEmpty }
            return [NavigationItem(label: Strings.Browser.wholeCounty, unitID: tree.county.id, trinn: 0, opens: nil)]
                + NorwegianCollation.sorted(municipalities, by: \.name).map {
                    NavigationItem(label: $0.name, unitID: $0.id, trinn: 0, opens: .municipality($0.id))
                }
        case .municipality(let id):
            guard let municipality = tree.unit(id: id) else { return [] }
            return [NavigationItem(label: Strings.Browser.wholeMunicipality, unitID: id, trinn: 0, opens: nil)]
                + NorwegianCollation.sorted(tree.children(of: municipality), by: \.name).map {
                    NavigationItem(label: $0.name, unitID: $0.id, trinn: 0, opens: .school($0.id))
                }
        case .school(let id):
            guard let school = tree.unit(id: id) else { return [] }
            var trinns = school.trinnRange.map(Array.init) ?? []
            if let group { trinns = trinns.filter { group.trinnRange?.contains($0) ?? false } }
            return [NavigationItem(label: Strings.Browser.wholeSchool, unitID: id, trinn: 0, opens: nil)]
                + trinns.map { NavigationItem(label: Strings.trinnName($0), unitID: id, trinn: $0, opens: nil) }
        }
    }

    /// The level above (nil at the top).
    public func parent(in tree: UnitTree) -> NavigationLevel? {
        switch self {
        case .county: return nil
        case .municipality: return .county
        case .school(let id):
            guard let school = tree.unit(id: id), let m = tree.municipality(of: school) else { return .county }
            return .municipality(m.id)
        }
    }

    /// The unit whose children this level lists.
    public func unitID(in tree: UnitTree) -> Int {
        switch self {
        case .county: return tree.county.id
        case .municipality(let id), .school(let id): return id
        }
    }
}
