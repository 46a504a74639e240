import KFLCore

/// Why a file could not be opened as a snapshot, in terms a user can act on.
public enum SnapshotOpenError: Error, Sendable {
    case missing(path: String)
    /// A device or FIFO: never opened (reading `/dev/zero` never ends, a FIFO blocks).
    /// `message` says so, naming the file.
    case notARegularFile(path: String, message: String)
    case notASnapshot(path: String, detail: String)
    case damaged(path: String, detail: String)
    case newerSchema(path: String, found: Int, supported: Int)
    /// Made by an older kfl whose files this one does not read (version 1: weaker protection).
    case olderSchema(path: String, found: Int, supported: Int)
    case isWorkbook(path: String)
    /// The file is a readable snapshot whose content breaks rules kfl relies
    /// on (see `SnapshotValidator`): every problem, in Norwegian.
    case invalid(path: String, problems: [String])
    /// A cell met while reading breaks those rules (cells are checked as they
    /// are read; `kfl check` scans them all).
    case invalidCell(path: String, problem: String)
}

extension SnapshotOpenError: UserFacingError {
    /// One sentence naming the file; `detail` (SQLite's English) stays out.
    public var userMessage: String {
        switch self {
        case .missing(let path): return Strings.CLI.snapshotMissing(path)
        case .notARegularFile(_, let message): return message
        case .notASnapshot(let path, _): return Strings.CLI.notASnapshot(path)
        case .isWorkbook(let path): return Strings.CLI.workbookNotSnapshot(path)
        case .damaged(let path, _): return Strings.CLI.damagedSnapshot(path)
        case .newerSchema(let path, let found, let supported):
            return Strings.CLI.newerSchema(path, found: found, supported: supported)
        case .olderSchema(let path, let found, _): return Strings.CLI.olderSchema(path, found: found)
        case .invalid(let path, let problems):
            return Strings.CLI.invalidSnapshot(path, first: problems.first ?? "", more: max(0, problems.count - 1))
        case .invalidCell(let path, let problem): return Strings.CLI.invalidCell(path, problem: problem)
        }
    }
}
