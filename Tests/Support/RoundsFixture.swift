import Foundation
import KFLCore
import KFLImport
import KFLStore

/// Small demo snapshots with fewer rounds, for the views over time: the demo
/// generator's schools in Åsnes only (Hedmark's geography, so the county is
/// Åsnes), imported through the real pipeline. Built once per process.
public enum RoundsFixture {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: [[Int]: String] = [:]

    /// Path of a snapshot holding only `rounds` (of 2016, 2018 and 2020).
    public static func snapshotPath(rounds: [Int]) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let path = built[rounds] { return path }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kfl-test-rounds-\(rounds.map(String.init).joined(separator: "-"))-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let generator = DemoGenerator(seed: 2016, scale: .county)
        let files = try generator.writeCSV(to: directory.appendingPathComponent("csv"), rounds: rounds)
        for file in files {
            // Keep the header and Åsnes (kommunenr 0425, the second column).
            let lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            let kept = lines.enumerated().filter {
                $0.offset == 0 || $0.element.split(separator: ";").dropFirst().first == "0425"
            }
            try (kept.map(\.element).joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let output = directory.appendingPathComponent("rounds.sqlite")
        _ = try Importer.run(
            files: files, output: output,
            options: Importer.Options(
                minimumN: 7, geography: generator.geography, source: "kfl demo: Åsnes, \(rounds.count) tidspunkt",
                isDemo: true))
        built[rounds] = output.path
        return output.path
    }
}
