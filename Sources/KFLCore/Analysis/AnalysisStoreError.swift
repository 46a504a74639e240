/// Why the store could not do what was asked, other than a conflict: in
/// terms a user can act on, with the Norwegian text in the strings table.
/// The workbook turns its SQLite errors into this; nothing here carries the
/// user's text or SQL.
public struct AnalysisStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// Another program holds the file locked for longer than kfl waits.
        case busy
        /// The file or its folder cannot be written.
        case readOnly
        /// The disk is full.
        case diskFull
        /// The file is damaged, or holds a value this build cannot read.
        case damaged
        /// Anything else.
        case other
    }

    public let reason: Reason
    /// The file concerned.
    public let path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// Norwegian text for the user: what is wrong, without the path.
    public var message: String { Strings.Store.failure(reason) }

    /// "PATH: what is wrong", in Norwegian, for a command line.
    public var description: String { "\(path): \(message)" }
}

extension AnalysisStoreError: UserFacingError {
    public var userMessage: String { message }
}
