/// Why a file is not an analysis bundle kfl can read.
public enum AnalysisBundleError: Error, Sendable, Equatable {
    case notJSON
    case notABundle
    case newerVersion(found: Int, supported: Int)
    case invalid(detail: String)

    /// Norwegian text for the user.
    public var message: String {
        switch self {
        case .notJSON: return "filen er ikke gyldig JSON"
        case .notABundle: return "filen er ikke en analyse eksportert fra kfl (mangler \"format\": \"kfl-analyse\")"
        case .newerVersion(let found, let supported):
            return "filen er laget av en nyere kfl (versjon \(found); denne kfl leser til og med \(supported))"
        case .invalid(let detail): return "analysen i filen kan ikke leses: \(detail)"
        }
    }
}
