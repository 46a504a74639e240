import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// The real `kfl` in tmux, killed with SIGKILL in the middle of typing:
/// every keystroke the screen showed before the kill is in the workbook,
/// the file is sound, and a restarted kfl shows the text.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, TmuxSession.tmuxMissing))
struct AnalysisCrashTests {
    static let binary = TmuxSession.kflBinary()

    static func start(home: String, snapshot: String, workbook: String, school: String) throws -> TmuxSession {
        let q = TmuxSession.shellQuoted
        let environment = "env KFL_HOME=\(q(home)) SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8"
        let command = "\(environment) \(q(binary)) \(q(snapshot)) --skole \(q(school)) --workbook \(q(workbook))"
        return try TmuxSession(command: command, width: 100, height: 30)
    }

    @Test func killingKflMidTypingLosesNoKeystrokeTheScreenShowed() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary),
            "build kfl first: swift build --build-tests (\(Self.binary))")
        let home = try DemoFixture.temporaryDirectory("kfl-crash").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let snapshot = try DemoFixture.snapshotPath()
        let workbook = home + "/wb.sqlite"
        let school = AnalysisTestSession.school(in: try DemoFixture.reader().info.tree).name
        let sentence = "Uro i timene hos guttene på 7. trinn, særlig etter friminuttene."
        let acknowledgedCount = 40

        let pane = try Self.start(home: home, snapshot: snapshot, workbook: workbook, school: school)
        // A school named at start opens with what stands out there; Esc goes on to its results.
        _ = try pane.waitFor("Hva skiller seg ut – \(school)")
        try pane.keys("Escape", "Tab")
        try pane.keys("a")
        // The title it offers, taken with Enter.
        _ = try pane.waitFor("Enter opprett")
        try pane.keys("Enter")
        _ = try pane.waitFor("Steg 1 av 7")
        try pane.keys("Enter")
        _ = try pane.waitFor("Esc går ut")
        var typed = ""
        for character in sentence.prefix(acknowledgedCount) {
            typed.append(character)
            try pane.type(String(character))
            // The screen trims trailing spaces, so wait for the text up to its last letter.
            _ = try pane.waitFor(String(typed.suffix(12)).trimmingCharacters(in: .whitespaces))
        }
        // Keep typing without waiting, and kill in the middle of it.
        for character in sentence.dropFirst(acknowledgedCount).prefix(8) { try pane.type(String(character)) }
        let pid = try #require(try pane.processID(of: "kfl"), "no kfl process found in the pane")
        #expect(kill(pid, SIGKILL) == 0)

        let stored = try Workbook(path: workbook)
        #expect(try stored.integrityCheck() == ["ok"])
        let analysis = try #require(try stored.all().first.flatMap { try stored.load(id: $0.id) })
        #expect(analysis.challenge.hasPrefix(typed), "stored «\(analysis.challenge)», acknowledged «\(typed)»")
        #expect(sentence.hasPrefix(analysis.challenge))

        // Started again, kfl shows the text.
        let again = try Self.start(home: home, snapshot: snapshot, workbook: workbook, school: school)
        _ = try again.waitFor("Hva skiller seg ut – \(school)")
        try again.keys("Escape", "Tab")
        try again.keys("A")
        _ = try again.waitFor("Analyser for")
        try again.keys("Enter")
        _ = try again.waitFor(String(typed.prefix(30)))
        try again.keys("q")
    }
}
