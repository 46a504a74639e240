/// The operating systems kfl builds on, and what differs between them that is
/// not just a C declaration. Each difference is a plain function of the
/// platform, so the tests check the macOS answer on Linux too; only
/// `current` is decided by the compiler. `scripts/platform-check` lists
/// every platform conditional in the package.
public enum Platform: Sendable, Hashable, CaseIterable {
    case linux
    case macOS

    /// The platform this build is for.
    public static var current: Platform {
        #if os(macOS)
        return .macOS
        #else
        return .linux
        #endif
    }

    /// `getrusage`'s `ru_maxrss` in bytes: Linux counts kibibytes, macOS bytes.
    public func bytes(maxResidentSetSize value: Int) -> Int {
        switch self {
        case .linux: return value * 1024
        case .macOS: return value
        }
    }

    /// Where a user's application data goes, relative to their home folder
    /// (unless `XDG_DATA_HOME` says otherwise).
    public var dataFolder: String {
        switch self {
        case .linux: return ".local/share"
        case .macOS: return "Library/Application Support"
        }
    }
}
