import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// The real `kfl` in tmux, killed with SIGKILL in the middle of typing:
/// every keystroke the screen showed before the kill is in the workbook,
/// the file is sound, and a restarted kfl shows the text.
@Suite(.serialized) struct AnalysisCrashTests {
    /// `<package>/.build/debug/kfl`, built by `swift build --build-tests`.
    static var binary: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(".build/debug/kfl").path
    }

    /// Runs a command through `system` and returns its output. Not
    /// `Process`: on Linux its `waitUntilExit` also waits for the tmux server
    /// that `new-session` forks, which lives on.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-crash-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = arguments.map(quoted).joined(separator: " ") + " </dev/null >\(quoted(output.path)) 2>/dev/null"
        _ = system(command)
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    static var hasTmux: Bool { (try? run(["sh", "-c", "command -v tmux"]))?.isEmpty == false }

    /// A tmux server of the test's own (`-L`), so no one else's sessions are touched.
    static let socket = "kfl-test-\(getpid())"
    static func tmux(_ arguments: [String]) throws -> String { try run(["tmux", "-L", socket] + arguments) }

    struct Pane {
        let name: String
        func capture() -> String { (try? AnalysisCrashTests.tmux(["capture-pane", "-p", "-t", name])) ?? "" }
        func keys(_ keys: String...) throws { _ = try AnalysisCrashTests.tmux(["send-keys", "-t", name] + keys) }
        func literal(_ text: String) throws { _ = try AnalysisCrashTests.tmux(["send-keys", "-t", name, "-l", text]) }

        /// Waits until the screen shows `text` (at most `seconds`).
        @discardableResult
        func wait(for text: String, seconds: Double = 30) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if capture().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
    }

    static func start(_ name: String, home: String, snapshot: String, workbook: String, school: String) throws -> Pane {
        let command = "env KFL_HOME='\(home)' SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8 '\(binary)' '\(snapshot)' --skole '\(school)' --workbook '\(workbook)'"
        _ = try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", name, command])
        return Pane(name: name)
    }

    /// The pid of the kfl process whose command line names `workbook`.
    static func kflPID(workbook: String) throws -> Int32? {
        let pids = try run(["pgrep", "-f", "--", workbook]).split(separator: "\n").compactMap { Int32($0) }
        return pids.first { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == "kfl"
        }
    }

    @Test func killingKflMidTypingLosesNoKeystrokeTheScreenShowed() throws {
        guard Self.hasTmux else {
            Issue.record("tmux is required for the crash test (apt-get install tmux); CI installs it")
            return
        }
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build kfl first: swift build --build-tests (\(Self.binary))")
        let home = try DemoFixture.temporaryDirectory("kfl-crash").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let snapshot = try DemoFixture.snapshotPath()
        let workbook = home + "/wb.sqlite"
        let school = AnalysisTestSession.school(in: try DemoFixture.reader().info.tree).name
        let name = "kfl-crash-\(UUID().uuidString.prefix(8))"
        let sentence = "Uro i timene hos guttene på 7. trinn, særlig etter friminuttene."
        let acknowledgedCount = 40

        let pane = try Self.start(name, home: home, snapshot: snapshot, workbook: workbook, school: school)
        defer {
            _ = try? Self.tmux(["kill-server"])
            try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(Self.socket)")
        }
        #expect(pane.wait(for: school), "the browser did not open:\n\(pane.capture())")
        try pane.keys("Tab")
        try pane.keys("a")
        try #require(pane.wait(for: "Steg 1 av 7"), "no analysis opened:\n\(pane.capture())")
        try pane.keys("Enter")
        try #require(pane.wait(for: "Esc går ut"))
        var typed = ""
        for character in sentence.prefix(acknowledgedCount) {
            typed.append(character)
            try pane.literal(String(character))
            // The screen trims trailing spaces, so wait for the text up to its last letter.
            let shown = String(typed.suffix(12)).trimmingCharacters(in: .whitespaces)
            try #require(pane.wait(for: shown), "screen did not show «\(typed)»:\n\(pane.capture())")
        }
        // Keep typing without waiting, and kill in the middle of it.
        for character in sentence.dropFirst(acknowledgedCount).prefix(8) { try pane.literal(String(character)) }
        let pid = try #require(try Self.kflPID(workbook: workbook), "no kfl process found")
        #expect(kill(pid, SIGKILL) == 0)
        _ = try? Self.tmux(["kill-session", "-t", name])

        let stored = try Workbook(path: workbook)
        #expect(try stored.integrityCheck() == ["ok"])
        let analysis = try #require(try stored.all().first.flatMap { try stored.load(id: $0.id) })
        #expect(analysis.challenge.hasPrefix(typed), "stored «\(analysis.challenge)», acknowledged «\(typed)»")
        #expect(sentence.hasPrefix(analysis.challenge))

        // Started again, kfl shows the text.
        let again = try Self.start(name + "b", home: home, snapshot: snapshot, workbook: workbook, school: school)
        #expect(again.wait(for: school))
        try again.keys("Tab")
        try again.keys("A")
        #expect(again.wait(for: "Analyser for"))
        try again.keys("Enter")
        #expect(again.wait(for: String(typed.prefix(30))), "restarted kfl does not show the text:\n\(again.capture())")
        try again.keys("q")
    }
}
