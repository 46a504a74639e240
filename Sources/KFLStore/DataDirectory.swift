import Foundation

/// Where kfl keeps the user's files: the demo snapshot, the workbook and the
/// remembered location. `KFL_HOME` overrides (tests and portable installs),
/// then `XDG_DATA_HOME/kfl`, then the platform's usual place.
public enum DataDirectory {
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["KFL_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("kfl") }
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        #if os(macOS)
        return home.appendingPathComponent("Library/Application Support/kfl")
        #else
        return home.appendingPathComponent(".local/share/kfl")
        #endif
    }

    /// Creates the directory if needed and returns the path of `name` in it.
    public static func file(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let directory = url(environment: environment)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    public static let demoSnapshotName = "demo.sqlite"
    public static let workbookName = "workbook.sqlite"
    public static let locationName = "location.json"
}
