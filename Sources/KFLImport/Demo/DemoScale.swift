/// How much of Norway the synthetic demo data cover.
public enum DemoScale: String, Sendable, Hashable, CaseIterable {
    /// Hedmark before 2020: the real 22 kommuner, about 120 fictional schools.
    case county
    /// A synthetic Norway (357 fictional kommuner, about 2 700 schools), for scale tests.
    case national

    /// Number of schools the generator aims at.
    var targetSchools: Int {
        switch self {
        case .county: 120
        case .national: 2_700
        }
    }
}
