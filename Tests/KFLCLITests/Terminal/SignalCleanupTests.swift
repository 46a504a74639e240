import Foundation
import KFLTestSupport
import Testing

/// Ctrl-C, `kill` or a closed terminal while kfl writes a snapshot or builds the demo: the
/// process ends by the signal, as it would have, and takes its half-made files with it.
@Suite struct SignalCleanupTests {
    /// Far beyond what reaching the awaited state takes: only a hang gets near it.
    static let timeLimit: TimeInterval = 120

    /// Starts kfl with `arguments` (where `OUT` stands for the folder `ut` in `dir`) and its
    /// temporary folder `tmp` in `dir`, waits until `ready` holds for what is in `ut` and `tmp`,
    /// sends `signal`, and returns how the process ended.
    static func interrupt(
        _ arguments: [String], signal: Int32, in dir: TemporaryDirectory,
        ready: (_ out: [String], _ tmp: [String]) -> Bool
    ) throws -> (status: Int32, signalled: Bool, reached: Bool) {
        let tmp = dir.path("tmp")
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let out = dir.path("ut")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.kflBinary())
        process.arguments = arguments.map { $0.replacingOccurrences(of: "OUT", with: out) }
        process.environment = [
            "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "KFL_HOME": dir.path("hjem"), "TMPDIR": tmp,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        var reached = false
        while process.isRunning && Date() < deadline {
            let made = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            let temporary = (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []
            if ready(made, temporary) {
                reached = true
                break
            }
            usleep(2_000)
        }
        kill(process.processIdentifier, reached ? signal : SIGKILL)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, reached)
    }

    @Test("SIGINT while the snapshot is written: kfl ends by SIGINT and leaves no temporary file")
    func interruptedWhileWritingTheSnapshot() throws {
        try #require(FileManager.default.fileExists(atPath: TmuxSession.kflBinary()), "build kfl first")
        let dir = try TemporaryDirectory()
        // One round of the demo county: the snapshot is open while its tables are protected.
        let files = try DemoFixture.csvFiles().filter { $0.lastPathComponent.hasPrefix("kfl-demo-2016-") }.map(\.path)
        let outcome = try Self.interrupt(["import"] + files + ["-o", "OUT/resultater.sqlite"], signal: SIGINT, in: dir)
        {
            made, _ in made.contains { $0.hasPrefix(".resultater.sqlite.tmp-") }
        }
        try #require(outcome.reached, "kfl ended before its temporary snapshot was seen")
        #expect(outcome.signalled && outcome.status == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("ut")) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("tmp")) == [])
    }

    @Test("SIGTERM while the demo's answers are written: the temporary CSV folder goes too")
    func terminatedWhileWritingTheDemoCSV() throws {
        try #require(FileManager.default.fileExists(atPath: TmuxSession.kflBinary()), "build kfl first")
        let dir = try TemporaryDirectory()
        let outcome = try Self.interrupt(["demo", "-o", "OUT/demo.sqlite"], signal: SIGTERM, in: dir) { _, tmp in
            guard let folder = tmp.first(where: { $0.hasPrefix("kfl-demo-") }) else { return false }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path("tmp/\(folder)"))) ?? []
            return !files.isEmpty
        }
        try #require(outcome.reached, "kfl ended before its demo folder had files")
        #expect(outcome.signalled && outcome.status == SIGTERM)
        let left = FileManager.default.subpaths(atPath: dir.path("tmp")) ?? []
        #expect(left == [], "left in TMPDIR: \(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("ut")) == [])
    }
}
