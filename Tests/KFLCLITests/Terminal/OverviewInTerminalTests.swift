import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// "Hva skiller seg ut" as the first screen after choosing a school, in the
/// built binary in a real terminal: chosen in the search, then `a` on a line.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, TmuxSession.tmuxMissing))
struct OverviewInTerminalTests {
    @Test("/ Svalåsen Enter: what stands out; a on a line: an analysis with its factor; restarted: the school as left")
    func chooseASchoolThenAnalyse() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let workbook = home.appendingPathComponent("arbeidsbok.sqlite").path
        let reader = try DemoFixture.reader()
        let school = try #require(reader.info.tree.units.first { $0.name == "Svalåsen barneskole" })
        let round = try #require(reader.info.rounds.last)
        let lines = try #require(try reader.highlights(unitID: school.id, round: round)?.lines)
        try #require(lines.count > 1)
        let tmux = try startKFLInTerminal(
            "'\(try DemoFixture.snapshotPath())' --workbook '\(workbook)'", home: home, width: 80, height: 24)
        _ = try tmux.waitFor("Hele fylket")
        try tmux.keys("/")
        try tmux.type("Svalåsen")
        _ = try tmux.waitFor("Løten")
        try tmux.keys("Enter")
        var screen = try tmux.waitFor("Hva skiller seg ut – Svalåsen barneskole")
        #expect(screen.contains("Klart bedre enn fylket ("))
        // The status line may reach tmux a moment after the pane (one frame can take several writes).
        screen = try tmux.waitFor("a analyse")
        #expect(screen.contains("a analyse"), "the status line offers it")
        try tmux.keys("Down", "a")
        _ = try tmux.waitFor("Enter opprett")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("Steg 1 av 7")
        let stored = try #require(try Workbook(path: workbook).all().first)
        let analysis = try #require(try Workbook(path: workbook).load(id: stored.id))
        #expect(analysis.linkedFactors.map(\.factorID) == [lines[1].standing.factor.id])
        #expect(analysis.title == lines[1].standing.factor.name)
        try tmux.keys("q")
        screen = try tmux.waitFor("EXIT:")
        #expect(TmuxSession.exitStatus(in: screen) == 0)
        // Started again, kfl opens where the user left off, as it was: the school's results, no overview.
        let again = try startKFLInTerminal(
            "'\(try DemoFixture.snapshotPath())' --workbook '\(workbook)'", home: home, width: 80, height: 24)
        screen = try again.waitFor("Resultater – Svalåsen barneskole")
        #expect(!screen.contains("Hva skiller seg ut"))
        #expect(screen.contains("Enter oversikt"), "the status line says what Enter on the school does")
        try again.keys("q")
        screen = try again.waitFor("EXIT:")
        #expect(TmuxSession.exitStatus(in: screen) == 0)
    }
}
