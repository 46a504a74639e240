import KFLCore

/// Why a file could not be opened as a workbook.
public enum WorkbookOpenError: Error, Sendable, Equatable {
    /// The file is a results snapshot.
    case isSnapshot(path: String)
    /// The file is some other SQLite database or not a database at all.
    case notAWorkbook(path: String)
    /// Written by a newer kfl (unknown migrations).
    case newerVersion(path: String)
    case damaged(path: String, detail: String)
    /// The file, its folder or the disk cannot be written (read-only,
    /// immutable, no permission): kfl never opens a workbook only to read.
    case notWritable(path: String)
    case diskFull(path: String)
    /// Another connection held the file locked for longer than kfl waits when opening.
    case locked(path: String)
    case cannotOpen(path: String, detail: String)

    /// The same, as the app's state holds it (the results can still be browsed).
    public var problem: WorkbookProblem {
        switch self {
        case .isSnapshot(let path), .notAWorkbook(let path): return WorkbookProblem(.notAWorkbook, path: path)
        case .newerVersion(let path): return WorkbookProblem(.newerVersion, path: path)
        case .damaged(let path, _): return WorkbookProblem(.damaged, path: path)
        case .notWritable(let path): return WorkbookProblem(.readOnly, path: path)
        case .diskFull(let path): return WorkbookProblem(.diskFull, path: path)
        case .locked(let path): return WorkbookProblem(.locked, path: path)
        case .cannotOpen(let path, _): return WorkbookProblem(.other, path: path)
        }
    }
}
