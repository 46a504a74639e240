import Foundation
import KFLTestSupport
import Testing

/// A sample of the import property test through the built binary: a real
/// process with a time limit, so a hang is caught as a hang, a trap shows as a
/// signal, and what reaches stderr is exactly what the user reads.
@Suite struct BinaryImportSampleTests {
    static let files = 40
    /// Far beyond what a small file takes: only a hang gets near it.
    static let timeLimit: TimeInterval = 60

    struct Outcome {
        let status: Int32
        let signalled: Bool
        let timedOut: Bool
        let out: String
        let err: String
    }

    /// Runs the binary with `arguments`, killing it after `timeLimit`.
    static func run(_ arguments: [String], in dir: TemporaryDirectory) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.kflBinary())
        process.arguments = arguments
        process.environment = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "KFL_HOME": dir.path("hjem")]
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-out-\(UUID().uuidString)")
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, out: try String(contentsOf: outFile, encoding: .utf8),
            err: try String(contentsOf: errFile, encoding: .utf8))
    }

    @Test("mutated demo CSVs through the binary: exit 0, 65 or 66, Norwegian on stderr, no trap, no hang, nothing left")
    func mutatedFilesThroughTheBinary() throws {
        let binary = TmuxSession.kflBinary()
        try #require(FileManager.default.fileExists(atPath: binary), "build kfl first (swift build --build-tests)")
        let text = try DemoFixture.csvSample("2016-elev510", rows: 30)
        var rng = SeededGenerator(seed: 2026)
        for index in 0..<Self.files {
            let dir = try TemporaryDirectory()
            let mutation = CSVMutation.allCases[index % CSVMutation.allCases.count]
            let input = try dir.file("svar.csv", bytes: mutation.apply(to: text, using: &rng))
            let output = dir.path("resultater.sqlite")
            let outcome = try Self.run(["import", input, "-o", output], in: dir)
            let context = Comment(rawValue: "file \(index), \(mutation.rawValue): \(outcome.err)")
            #expect(!outcome.timedOut && !outcome.signalled, context)
            #expect([0, 65, 66].contains(outcome.status), context)
            let english = UserText.englishWords(in: outcome.out + outcome.err, redacting: [dir.url.path])
            #expect(english.isEmpty, context)
            #expect(UserText.rawControls(in: outcome.err).isEmpty, context)
            if outcome.status == 0 {
                #expect(try dir.fileNames() == ["resultater.sqlite", "svar.csv"], context)
            } else {
                #expect(outcome.err.hasPrefix(input + ":"), context)
                #expect(outcome.err.contains("Ingen fil er skrevet til \(output)."), context)
                #expect(try dir.fileNames() == ["svar.csv"], context)
            }
        }
    }
}
