import KFLCore

extension WorkbookOpenError: UserFacingError {
    /// `message` without the `detail` (SQLite's or Foundation's English):
    /// what the user can act on, with the file system's reason when it knows one.
    public var userMessage: String {
        switch self {
        case .isSnapshot, .notAWorkbook, .newerVersion: return message
        case .damaged(let path, _): return Strings.Files.workbookDamaged(path)
        case .cannotOpen(let path, _):
            return Strings.Files.workbookCannotOpen(path, reason: OutputTarget.reason(writing: path, failedWith: nil))
        }
    }
}
