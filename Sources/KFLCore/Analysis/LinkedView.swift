/// What a linked factor brings into step 3: its level in one round against
/// the county, or — as the browser's views show it — the unit's development,
/// a cohort, or the gap between boys and girls, each judged by the two-sample
/// rule. The raw value is stored in the workbook and in bundles.
public enum LinkedView: String, Codable, Sendable, Hashable, CaseIterable {
    /// The value at the analysis's round, against the county and kommune.
    case level
    /// The unit at each round, and the change between two rounds.
    case development
    /// The same trinn each round, new pupils each time.
    case sameTrinn
    /// The same class, one trinn further on for every year between rounds.
    case sameClass
    /// Boys against girls.
    case genderGap

    /// The series the view follows; nil for a level and the gap.
    public var seriesKind: SeriesKind? {
        switch self {
        case .development, .sameTrinn: return .sameTrinn
        case .sameClass: return .sameClass
        case .level, .genderGap: return nil
        }
    }

    /// Whether the view is a change between two rounds (development and cohorts).
    public var measuresChange: Bool { seriesKind != nil }

    /// The views that fit a factor of `group` at `trinn`: a cohort follows
    /// one trinn, and a gap needs a group that answers per gender.
    public static func fitting(trinn: Int, group: RespondentGroup?) -> [LinkedView] {
        allCases.filter { view in
            switch view {
            case .level, .development: return true
            case .sameTrinn, .sameClass: return trinn > 0 && group?.level == .trinn
            case .genderGap: return group?.genderSplit == true
            }
        }
    }

    /// This view, or the nearest one that fits: a cohort at all trinn is the
    /// development, a gap in a group without genders is the level.
    public func fitted(trinn: Int, group: RespondentGroup?) -> LinkedView {
        let fitting = Self.fitting(trinn: trinn, group: group)
        if fitting.contains(self) { return self }
        return measuresChange ? .development : .level
    }
}
