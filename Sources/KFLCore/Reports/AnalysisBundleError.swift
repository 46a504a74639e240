/// Why a file is not an analysis bundle kfl can read.
public enum AnalysisBundleError: Error, Sendable, Equatable {
    case notJSON
    case notABundle
    case newerVersion(found: Int, supported: Int)
    /// Fields that are missing, of the wrong type or with values that cannot
    /// be imported: each with its JSON path.
    case invalid([AnalysisBundleProblem])

    /// Norwegian text for the user; for `.invalid`, the first problem and how many more.
    public var message: String {
        switch self {
        case .notJSON: return Strings.BundleCheck.notJSON
        case .notABundle: return Strings.BundleCheck.notABundle
        case .newerVersion(let found, let supported):
            return Strings.BundleCheck.newerVersion(found: found, supported: supported)
        case .invalid(let problems):
            let first = problems.first.map(\.description) ?? ""
            return problems.count > 1 ? Strings.BundleCheck.firstAndMore(first, more: problems.count - 1) : first
        }
    }

    /// One line per problem, for a list (the CLI prints each with the file name).
    public var lines: [String] {
        if case .invalid(let problems) = self { return problems.map(\.description) }
        return [message]
    }
}

extension AnalysisBundleError: UserFacingError {
    public var userMessage: String { message }
}
