import KFLCore

/// What the results pane shows: levels against the county (the start), the
/// unit's development over the rounds, the two kinds of cohort, or the gap
/// between boys and girls. `v` steps through them in this order.
public enum ResultsView: String, Hashable, Sendable, CaseIterable, Codable {
    case levels
    case development
    case sameTrinn
    case sameClass
    case genderGap

    var next: ResultsView { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    var previous: ResultsView {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }

    var title: String {
        switch self {
        case .levels: return Strings.Development.levelsTitle
        case .development: return Strings.Development.developmentTitle
        case .sameTrinn: return Strings.Development.sameTrinnTitle
        case .sameClass: return Strings.Development.sameClassTitle
        case .genderGap: return Strings.Development.genderGapTitle
        }
    }

    /// What an analysis started from this view links (`a`).
    var linkedView: LinkedView {
        switch self {
        case .levels: return .level
        case .development: return .development
        case .sameTrinn: return .sameTrinn
        case .sameClass: return .sameClass
        case .genderGap: return .genderGap
        }
    }

    /// The series a view follows, if it is one of the over-time views.
    var seriesKind: SeriesKind? {
        switch self {
        case .development, .sameTrinn: return .sameTrinn
        case .sameClass: return .sameClass
        case .levels, .genderGap: return nil
        }
    }
}
