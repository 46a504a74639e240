import Foundation
import KFLImport
import Testing

/// Timings of the full demo generation; run on demand in a release build:
/// `KFL_DEMO_BENCH=1 swift test -c release --filter DemoBenchmark`
@Suite("Demo generator: benchmark", .enabled(if: ProcessInfo.processInfo.environment["KFL_DEMO_BENCH"] != nil))
struct DemoBenchmarkTests {
    @Test(arguments: [DemoScale.county, .national])
    func generationTime(scale: DemoScale) throws {
        let directory = temporaryDirectory("bench-\(scale)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = ContinuousClock()
        var generator: DemoGenerator?
        let setup = clock.measure { generator = DemoGenerator(scale: scale) }
        var urls: [URL] = []
        let writing = try clock.measure { urls = try generator!.writeCSV(to: directory) }
        var bytes = 0
        var lines = 0
        for url in urls {
            let data = try Data(contentsOf: url)
            bytes += data.count
            lines += data.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        print(
            "DEMO-BENCH \(scale): setup \(setup), write \(writing), \(urls.count) files, "
                + "\(lines - urls.count) rows, \(bytes / 1_000_000) MB, \(generator!.schools().count) schools")
    }
}
