import KFLCore

/// Finds a kommune or school by the name a user typed, with "Mente du …?".
enum UnitLookup {
    struct Failure: Error {
        let message: String
    }

    static func resolve(municipality: String?, school: String?, in tree: UnitTree) -> Result<ReportingUnit, Failure> {
        var scope = tree.units.filter { $0.kind == .school }
        var found: ReportingUnit?
        if let municipality {
            let municipalities = tree.units.filter { $0.kind == .municipality }
            guard let m = find(municipality, among: municipalities) else {
                return .failure(
                    Failure(
                        message: Strings.CLI.unknownUnit(
                            kind: "kommune", name: municipality,
                            suggestion: NearestMatch.find(municipality, in: municipalities.map(\.name)))))
            }
            found = m
            scope = tree.children(of: m)
        }
        if let school {
            guard let s = find(school, among: scope) else {
                return .failure(
                    Failure(
                        message: Strings.CLI.unknownUnit(
                            kind: "skole", name: school,
                            suggestion: NearestMatch.find(school, in: scope.map(\.name)))))
            }
            found = s
        }
        guard let found else { return .success(tree.county) }
        return .success(found)
    }

    /// Exact (folded) name or code first, then a unique unit whose name contains the text.
    static func find(_ text: String, among units: [ReportingUnit]) -> ReportingUnit? {
        let needle = NorwegianCollation.searchFold(text)
        if let exact = units.first(where: { NorwegianCollation.searchFold($0.name) == needle || $0.code == text }) {
            return exact
        }
        let partial = units.filter { NorwegianCollation.searchFold($0.name).contains(needle) }
        return partial.count == 1 ? partial[0] : nil
    }
}
