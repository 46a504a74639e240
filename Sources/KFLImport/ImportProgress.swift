import KFLCore

/// Where a running import is, for a progress line (a county takes seconds, Norway minutes):
/// each answer file as it is read, each (round, group) table as it is protected and written,
/// then the snapshot's last check and rename.
public enum ImportProgress: Sendable, Equatable {
    case reading(file: Int, of: Int, name: String)
    case protecting(table: Int, of: Int)
    case finishing

    /// The line shown, in the user's language.
    public var text: String {
        switch self {
        case .reading(let file, let count, let name): Strings.Import.progressReading(file, of: count, name: name)
        case .protecting(let table, let count): Strings.Import.progressProtecting(table, of: count)
        case .finishing: Strings.Import.progressFinishing
        }
    }
}
