import Foundation
import KFLCore
import KFLImport
import KFLStore

/// The county demo snapshot, built once per test process through the real
/// pipeline (generator → CSV → import) into a temporary folder.
public enum DemoFixture {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: String?
    nonisolated(unsafe) private static var folder: String?

    private static func removeFolder() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Path of the demo snapshot (seed 2016, min_n 7).
    public static func snapshotPath() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-test-demo-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The folder (23 MB) goes when the test process ends.
        folder = directory.path
        atexit { DemoFixture.removeFolder() }
        let generator = DemoGenerator(seed: 2016, scale: .county)
        let files = try generator.writeCSV(to: directory.appendingPathComponent("csv"))
        // As `kfl demo` does it: the geography through its file.
        let geography = try generator.writeGeography(to: directory.appendingPathComponent("csv"))
        let output = directory.appendingPathComponent("demo.sqlite")
        _ = try Importer.run(
            files: files, output: output,
            options: Importer.Options(
                minimumN: 7, geographyFile: .init(url: geography, displayName: GeographyFile.defaultName),
                source: "kfl demo: syntetiske data for fylket, frø 2016", isDemo: true))
        built = output.path
        return output.path
    }

    /// A reader on the demo snapshot.
    public static func reader() throws -> SnapshotReader {
        try SnapshotReader(path: try snapshotPath())
    }

    /// A fresh temporary directory for one test; the test removes it.
    public static func temporaryDirectory(_ name: String = "kfl-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension DemoFixture {
    /// The demo's respondent CSV files (one per round and group), as the generator wrote them.
    /// The demo's answer files (not its geography file).
    public static func csvFiles() throws -> [URL] {
        let snapshot = URL(fileURLWithPath: try snapshotPath())
        let directory = snapshot.deletingLastPathComponent().appendingPathComponent("csv")
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" && $0.lastPathComponent != GeographyFile.defaultName }.sorted {
                $0.lastPathComponent < $1.lastPathComponent
            }
    }

    /// The header and the first `rows` rows of one demo CSV file, e.g. "2016-elev510".
    public static func csvSample(_ name: String, rows: Int) throws -> String {
        guard let file = try csvFiles().first(where: { $0.lastPathComponent == "kfl-demo-\(name).csv" }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n").prefix(rows + 1).joined(separator: "\n") + "\n"
    }
}
