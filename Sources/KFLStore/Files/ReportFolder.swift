import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The folder a report is written to, and the new file's name in it. One rule
/// for `E` in the program and for `kfl analyse export -o FOLDER`: the file is
/// named after the analysis (`ReportFormat.fileName`) and never replaces
/// another file ("navn.md", "navn-2.md", …).
///
/// Where the user names no folder (`E`), it is where a user looks for their
/// documents, never the folder kfl happened to be started from (`/`, a
/// read-only folder, the data directory hidden under `~/.local`):
///
/// 1. the desktop's documents folder (`XDG_DOCUMENTS_DIR`, from the
///    environment or `user-dirs.dirs`, as a Norwegian Ubuntu names it
///    `~/Dokumenter`),
/// 2. else `~/Dokumenter`, else `~/Documents` (macOS and English desktops),
/// 3. else the home folder (WSL and servers have no documents folder).
///
/// A folder counts only when it exists: kfl creates none.
public struct ReportFolder: Sendable, Hashable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The documents folder for this user and environment.
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment, home: String? = nil
    ) -> ReportFolder {
        let home = home ?? Self.home(environment: environment)
        var candidates: [String] = []
        if let documents = documentsDirectory(environment: environment, home: home) { candidates.append(documents) }
        candidates += [join(home, "Dokumenter"), join(home, "Documents")]
        let found = candidates.first { FileStatus.of($0).kind == .directory }
        return ReportFolder(path: found ?? home)
    }

    /// The user's home folder: `$HOME`, as the shell has it (Foundation's
    /// home directory reads the password file and ignores it on Linux).
    public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// A path in the folder for `name` that no file has yet.
    public func newFile(named name: String) -> String {
        ReportFormat.freePath(in: path, name: name) { FileStatus.of($0).exists }
    }

    /// `XDG_DOCUMENTS_DIR` from the environment, else from the desktop's
    /// `user-dirs.dirs` (lines like `XDG_DOCUMENTS_DIR="$HOME/Dokumenter"`).
    static func documentsDirectory(environment: [String: String], home: String) -> String? {
        if let set = environment["XDG_DOCUMENTS_DIR"], !set.isEmpty { return expand(set, home: home) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? join(home, ".config")
        guard let text = try? String(contentsOfFile: join(config, "user-dirs.dirs"), encoding: .utf8) else {
            return nil
        }
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingWhitespace()
            guard trimmed.hasPrefix("XDG_DOCUMENTS_DIR=") else { continue }
            let value = trimmed.dropFirst("XDG_DOCUMENTS_DIR=".count).trimmingScalars { $0 == "\"" }
            return value.isEmpty ? nil : expand(value, home: home)
        }
        return nil
    }

    private static func expand(_ value: String, home: String) -> String {
        if value == "$HOME" { return home }
        if value.hasPrefix("$HOME/") { return join(home, String(value.dropFirst("$HOME/".count))) }
        return value
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
