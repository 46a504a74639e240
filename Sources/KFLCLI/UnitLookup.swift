import KFLCore

/// Finds a kommune or school by the name a user typed, with "Mente du …?".
/// Never picks one of several: two schools of one name (in different
/// kommuner) are an error that lists both, with their kommune.
enum UnitLookup {
    struct Failure: Error {
        let message: String
    }

    static func resolve(municipality: String?, school: String?, in tree: UnitTree) -> Result<ReportingUnit, Failure> {
        var scope = tree.units.filter { $0.kind == .school }
        var found: ReportingUnit?
        var within: ReportingUnit?
        if let municipality {
            let municipalities = tree.units.filter { $0.kind == .municipality }
            switch find(municipality, among: municipalities) {
            case .one(let m):
                found = m
                within = m
                scope = tree.children(of: m)
            case .none:
                return .failure(
                    Failure(
                        message: Strings.CLI.unknownUnit(
                            kind: Strings.unitKindName(.municipality), name: municipality,
                            suggestion: NearestMatch.find(municipality, in: municipalities.map(\.name)))))
            case .several(let candidates):
                return .failure(Failure(message: ambiguous(.municipality, municipality, candidates, in: tree)))
            }
        }
        if let school {
            switch find(school, among: scope) {
            case .one(let s):
                found = s
            case .none:
                return .failure(
                    Failure(
                        message: Strings.CLI.unknownUnit(
                            kind: Strings.unitKindName(.school), name: school,
                            suggestion: NearestMatch.find(school, in: scope.map(\.name)))))
            case .several(let candidates):
                return .failure(
                    Failure(message: ambiguous(.school, school, candidates, in: tree, municipality: within?.name)))
            }
        }
        guard let found else { return .success(tree.county) }
        return .success(found)
    }

    /// What a typed name matches.
    enum Match {
        case none
        case one(ReportingUnit)
        case several([ReportingUnit])
    }

    /// Exact (folded) names or the code first, then units whose name contains the text.
    static func find(_ text: String, among units: [ReportingUnit]) -> Match {
        let needle = NorwegianCollation.searchFold(text)
        let exact = units.filter { NorwegianCollation.searchFold($0.name) == needle || $0.code == text }
        let candidates =
            exact.isEmpty ? units.filter { NorwegianCollation.searchFold($0.name).contains(needle) } : exact
        switch candidates.count {
        case 0: return .none
        case 1: return .one(candidates[0])
        default: return .several(candidates)
        }
    }

    /// "flere skoler heter «…»: A (Løten kommune), A (Åsnes kommune). Oppgi --kommune …".
    /// Within a kommune (`municipality`), or when all are in one, naming the kommune cannot help:
    /// the hint then asks for more of the name or the number.
    static func ambiguous(
        _ kind: UnitKind, _ name: String, _ candidates: [ReportingUnit], in tree: UnitTree, municipality: String? = nil
    ) -> String {
        let places = candidates.map { placeName(of: $0, in: tree) }
        let named = NorwegianCollation.sorted(Array(zip(candidates, places)), by: { $0.0.name }).map { unit, place in
            Strings.CLI.candidate(unit.name, code: unit.code, place: municipality == nil ? place : "")
        }
        return Strings.CLI.ambiguousUnit(
            kind: kind, name: name, candidates: named, municipality: municipality,
            sameMunicipality: kind == .school && Set(places).count == 1)
    }

    /// The kommune of a school, the region or county of a kommune: what tells two of one name apart.
    static func placeName(of unit: ReportingUnit, in tree: UnitTree) -> String {
        if unit.kind == .school, let municipality = tree.municipality(of: unit) {
            return Strings.Browser.municipalityOf(municipality.name)
        }
        return tree.parent(of: unit).map(\.name) ?? ""
    }
}
