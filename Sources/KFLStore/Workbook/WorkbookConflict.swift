import KFLCore

/// An edit based on a revision that is no longer the stored one: another
/// window or process changed (or deleted) the same thing first. Nothing was
/// written. Carries what is stored now, so the UI can say so and reload.
public struct WorkbookConflict: Error, Sendable, Equatable {
    /// What the edit was about.
    public enum Item: Sendable, Equatable {
        /// Title, status or context.
        case header
        case text(AnalysisTextField)
        case linkedFactor(id: String)
        case hypothesis(id: String)
        case action(id: String)
        case indicator(id: String)
    }

    /// What is stored now.
    public enum Current: Sendable, Equatable {
        case header(AnalysisSummary)
        case text(String, revision: Int)
        case linkedFactor(LinkedFactor)
        case hypothesis(Hypothesis)
        case action(AnalysisAction)
        case indicator(Indicator)
        /// The item or its whole analysis is gone.
        case deleted
    }

    public let analysisID: String
    public let item: Item
    public let current: Current

    public init(analysisID: String, item: Item, current: Current) {
        self.analysisID = analysisID
        self.item = item
        self.current = current
    }

    /// Norwegian text for the user.
    public var message: String {
        current == .deleted ? Strings.Analysis.conflictDeleted : Strings.Analysis.conflictChanged
    }
}

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
