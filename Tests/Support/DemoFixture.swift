import Foundation
import KFLCore
import KFLImport
import KFLStore

/// The county demo snapshot, built once per test process through the real
/// pipeline (generator → CSV → import) into a temporary folder.
public enum DemoFixture {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: String?

    /// Path of the demo snapshot (seed 2016, min_n 7).
    public static func snapshotPath() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-test-demo-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let generator = DemoGenerator(seed: 2016, scale: .county)
        let files = try generator.writeCSV(to: directory.appendingPathComponent("csv"))
        // As `kfl demo` does it: the geography through its file.
        let geography = try generator.writeGeography(to: directory.appendingPathComponent("csv"))
        let output = directory.appendingPathComponent("demo.sqlite")
        _ = try Importer.run(files: files, output: output, options: Importer.Options(
            minimumN: 7, geographyFile: .init(url: geography, displayName: GeographyFile.defaultName),
            source: "kfl demo: syntetiske data for fylket, frø 2016", isDemo: true))
        built = output.path
        return output.path
    }

    /// A reader on the demo snapshot.
    public static func reader() throws -> SnapshotReader {
        try SnapshotReader(path: try snapshotPath())
    }

    /// A fresh temporary directory for one test.
    public static func temporaryDirectory(_ name: String = "kfl-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
