/// Why the analyses cannot be used in this session: the workbook could not be
/// opened for writing. The results can still be browsed; the app says why in
/// one line and explains, with what to do, when the user asks for analyses.
///
/// A value the app's state can hold (the workbook's own error type lives in
/// the store, which the app does not see).
public struct WorkbookProblem: Error, Sendable, Hashable {
    public enum Cause: Sendable, Hashable, CaseIterable {
        /// The file, its folder or the whole disk cannot be written.
        case readOnly
        /// The disk is full.
        case diskFull
        /// Another program holds the file locked for longer than kfl waits.
        case locked
        /// The file is damaged or cut short.
        case damaged
        /// Written by a newer kfl.
        case newerVersion
        /// Some other file: a results snapshot, another database, a device.
        case notAWorkbook
        /// Anything else.
        case other
    }

    public let cause: Cause
    /// The workbook's path.
    public let path: String

    public init(_ cause: Cause, path: String) {
        self.cause = cause
        self.path = path
    }

    /// The status line's note, short enough for 80 columns with a few key hints.
    public var statusLine: String { Strings.Workbook.unavailableLine(cause) }

    /// The explanation shown on `a` or `A`: what is wrong with which file, and what to do.
    public var explanation: [String] { Strings.Workbook.explanation(cause, path: path) }
}

extension WorkbookProblem: UserFacingError {
    public var userMessage: String { Strings.Workbook.cannotOpen(path, cause: cause) }
}
