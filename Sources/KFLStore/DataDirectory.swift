import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where kfl keeps the user's own files: the workbook, the demo snapshot and
/// the "where you were" state. One rule, used by every part of kfl:
///
/// 1. `$KFL_HOME` when set (tests and portable installs),
/// 2. else `$XDG_DATA_HOME/kfl` when set,
/// 3. else `~/Library/Application Support/kfl` on macOS and
///    `~/.local/share/kfl` elsewhere.
public struct DataDirectory: Sendable, Hashable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The directory for this user and environment (not created).
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String? = nil,
        isMacOS: Bool = Platform.current == .macOS
    ) -> DataDirectory {
        // `$HOME` as the shell has it (`NSHomeDirectory` ignores it on Linux), as for reports.
        let home = home ?? ReportFolder.home(environment: environment)
        if let kflHome = environment["KFL_HOME"], !kflHome.isEmpty { return DataDirectory(path: kflHome) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return DataDirectory(path: join(xdg, "kfl")) }
        let platform: Platform = isMacOS ? .macOS : .linux
        return DataDirectory(path: join(join(home, platform.dataFolder), "kfl"))
    }

    /// The default workbook of analyses.
    public var workbookPath: String { file("workbook.sqlite") }
    /// The demo snapshot, built on first use.
    public var demoSnapshotPath: String { file("demo.sqlite") }
    /// Where the app remembers the last unit and view.
    public var statePath: String { file("state.json") }

    /// Path of `name` inside the directory.
    public func file(_ name: String) -> String { Self.join(path, name) }

    /// Creates the directory (and its parents) if missing, readable only by the user.
    /// - Throws: the file system's error.
    public func create() throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
