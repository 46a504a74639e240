#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The environment variables kfl reads: the process's own, each read when it is
/// asked for (`getenv`; `ProcessInfo.environment` copies all of them into a
/// dictionary, which is a noticeable part of `kfl --version`), or a given set (tests).
public struct Environment: Sendable {
    private let given: [String: String]?

    /// This process's environment.
    public static let process = Environment(given: nil)

    private init(given: [String: String]?) { self.given = given }

    /// Exactly these variables, and no others.
    public init(_ variables: [String: String]) { given = variables }

    public subscript(name: String) -> String? {
        if let given { return given[name] }
        return getenv(name).map { String(cString: $0) }
    }
}
