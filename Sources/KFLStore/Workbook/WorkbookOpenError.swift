/// Why a file could not be opened as a workbook.
public enum WorkbookOpenError: Error, Sendable, Equatable {
    /// The file is a results snapshot.
    case isSnapshot(path: String)
    /// The file is some other SQLite database or not a database at all.
    case notAWorkbook(path: String)
    /// Written by a newer kfl (unknown migrations).
    case newerVersion(path: String)
    case damaged(path: String, detail: String)
    case cannotOpen(path: String, detail: String)

    /// Norwegian text for the user.
    public var message: String {
        switch self {
        case .isSnapshot(let path): return "\(path) er et resultatsnapshot, ikke en arbeidsbok med analyser."
        case .notAWorkbook(let path): return "\(path) er ikke en kfl-arbeidsbok."
        case .newerVersion(let path): return "\(path) er laget av en nyere versjon av kfl. Oppdater kfl for å åpne den; filen er ikke endret."
        case .damaged(let path, let detail): return "Arbeidsboka \(path) er skadet: \(detail)"
        case .cannotOpen(let path, let detail): return "Kan ikke åpne arbeidsboka \(path): \(detail)"
        }
    }
}
