/// Which unit an analysis is about, by kind and code, so that it finds its
/// unit again in a newer snapshot (where unit ids may differ).
public struct UnitReference: Codable, Sendable, Hashable {
    public var kind: UnitKind
    /// Kommunenummer ("0425"), school id ("0425-02"), region id or county number.
    public var code: String
    /// The unit's name when the analysis was made, shown if the unit is gone.
    public var name: String

    public init(kind: UnitKind, code: String, name: String) {
        self.kind = kind
        self.code = code
        self.name = name
    }

    public init(_ unit: ReportingUnit) {
        self.init(kind: unit.kind, code: unit.code, name: unit.name)
    }

    /// The unit with this kind and code in `tree`, or nil.
    public func resolve(in tree: UnitTree) -> ReportingUnit? {
        tree.units.first { $0.kind == kind && $0.code == code }
    }
}

/// The view of the results an analysis starts from: survey round, respondent
/// group, trinn (0 = all) and gender.
public struct AnalysisContext: Codable, Sendable, Hashable {
    public var round: Int
    /// The respondent group in view when the analysis was started, if any.
    public var groupID: String?
    public var trinn: Int
    public var gender: Gender

    public init(round: Int, groupID: String? = nil, trinn: Int = 0, gender: Gender = .all) {
        self.round = round
        self.groupID = groupID
        self.trinn = trinn
        self.gender = gender
    }
}

/// Whether the group is still working on an analysis.
public enum AnalysisStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case active
    case finished
}
