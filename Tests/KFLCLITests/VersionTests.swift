import Foundation
import KFLCore
import Testing

/// `kfl --version`: the version first (scripts read that line), then the
/// build's commit and the file formats this build reads, to stdout with 0.
@Suite struct VersionTests {
    static let formats = """
        Snapshot: skjemaversjon 3 (eldre snapshot lages på nytt med kfl import)
        Arbeidsbok: skjemaversjon 4 (004-linked-starting-point); eldre arbeidsbøker oppgraderes
        Analysepakker (JSON): leser versjon 1–3, skriver versjon 3
        """

    @Test(arguments: [["--version"], ["-V"], ["--kommune", "Hamar", "--version"]])
    func versionPrintsTheVersionCommitAndFormats(arguments: [String]) {
        let run = kfl(arguments)
        #expect(run.exitCode == 0)
        #expect(run.err == "")
        // A plain `swift build` (the tests) knows no commit; `make install`/`make dist` set it.
        let build =
            BuildInfo.commit.map { "Bygg: commit \($0.prefix(12))" }
            ?? "Bygg: commit ukjent (ikke oppgitt da kfl ble bygget)"
        #expect(run.out == "kfl 0.1.0\n" + build + "\n" + Self.formats)
    }

    /// The package scripts name the .deb and the tarball from `scripts/version`;
    /// it reads the one definition in BuildInfo.swift, so the two must agree
    /// (an empty version once broke `make dist` in CI).
    @Test func theScriptsReadTheSameVersionAsTheBinary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent("scripts/version")
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == BuildInfo.version + "\n")
        #expect(!BuildInfo.version.isEmpty)
    }
}
