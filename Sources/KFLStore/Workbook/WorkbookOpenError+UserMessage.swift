import KFLCore

extension WorkbookOpenError: UserFacingError {
    /// What the user can act on, without the `detail` (SQLite's or
    /// Foundation's English, for `--debug`).
    public var userMessage: String {
        switch self {
        case .isSnapshot(let path): return Strings.Workbook.isSnapshot(ControlCharacters.escaped(path))
        case .notAWorkbook(let path): return Strings.Workbook.notAWorkbook(ControlCharacters.escaped(path))
        case .newerVersion(let path): return Strings.Workbook.newerVersion(ControlCharacters.escaped(path))
        case .damaged(let path, _): return Strings.Files.workbookDamaged(ControlCharacters.escaped(path))
        case .cannotOpen(let path, _):
            return Strings.Files.workbookCannotOpen(
                ControlCharacters.escaped(path), reason: OutputTarget.reason(writing: path, failedWith: nil))
        case .notWritable, .diskFull, .locked: return problem.userMessage
        }
    }
}
