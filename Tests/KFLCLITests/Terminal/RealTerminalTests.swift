import Foundation
import KFLTestSupport
import Testing

/// The built binary in a real terminal: what a user sees, and a sane terminal afterwards.
@Suite(.serialized) struct RealTerminalTests {
    func start(_ arguments: String, home: URL, width: Int = 100, height: Int = 30, environment: String = "") throws -> TmuxSession {
        try startKFLInTerminal(arguments, home: home, width: width, height: height, environment: environment)
    }

    @Test("browse, search with æøå, legend, resize small and back, quit: the terminal is sane")
    func wholeSession() throws {
        let home = try DemoFixture.temporaryDirectory()
        let snapshot = try DemoFixture.snapshotPath()
        let tmux = try start("'\(snapshot)'", home: home)
        var screen = try tmux.waitFor("Resultater")
        #expect(screen.contains("SYNTETISKE DEMODATA"))
        #expect(screen.contains("Hele fylket"))
        try tmux.keys("/")
        try tmux.type("åsnes")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("Resultater – Åsnes")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("Hele kommunen")
        try tmux.keys("Down", "Down")
        screen = try tmux.waitFor("Hedmark › Åsnes › ")
        #expect(screen.contains("█"), "bars are drawn")
        #expect(screen.contains("┃"), "the county marker is drawn")
        #expect(screen.contains("╎"), "the kommune marker is drawn")
        #expect(screen.contains("▲") || screen.contains("▼") || screen.contains("·"), "clear-difference signs")
        try tmux.keys("i")
        screen = try tmux.waitFor("Tegnforklaring")
        #expect(screen.contains("fylkets gjennomsnitt"))
        try tmux.keys("Escape")
        try tmux.resize(width: 30, height: 8)
        screen = try tmux.waitFor("for lite")
        #expect(screen.contains("30×8"))
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor("Resultater")
        try tmux.keys("?")
        screen = try tmux.waitFor("Hjelp – taster")
        try tmux.keys("Escape")
        try tmux.keys("q")
        screen = try tmux.waitFor("EXIT:0")
        screen = try tmux.waitFor("speed")
        #expect(screen.contains(" icanon") && !screen.contains("-icanon"), "canonical mode restored")
        #expect(screen.contains(" echo ") && !screen.contains("-echo "), "echo restored")
        // kfl remembered where we were.
        let state = try String(contentsOf: home.appendingPathComponent("state.json"), encoding: .utf8)
        #expect(state.contains("0425"))
    }

    @Test("Ctrl-C quits and restores the terminal")
    func controlC() throws {
        let home = try DemoFixture.temporaryDirectory()
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home)
        try tmux.waitFor("Resultater")
        try tmux.keys("C-c")
        let screen = try tmux.waitFor("speed")
        #expect(screen.contains("EXIT:0"))
        #expect(!screen.contains("-icanon"))
    }

    @Test("SIGTERM and SIGHUP restore the terminal", arguments: ["TERM", "HUP"])
    func signals(signal: String) throws {
        let home = try DemoFixture.temporaryDirectory()
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home)
        try tmux.waitFor("Resultater")
        let shell = try #require(try tmux.panePID())
        TmuxSession.runShell("pkill -\(signal) -P \(shell) -x kfl")
        let screen = try tmux.waitFor("speed")
        #expect(screen.contains("EXIT:1"), "killed by the signal: \(screen)")
        #expect(!screen.contains("-icanon") && !screen.contains("-echo "))
    }

    @Test("a crash (fatalError) restores the terminal and exits non-zero")
    func crash() throws {
        let home = try DemoFixture.temporaryDirectory()
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home, environment: "KFL_TEST_CRASH=1")
        let screen = try tmux.waitFor("speed", seconds: 30)
        #expect(!screen.contains("EXIT:0"))
        #expect(!screen.contains("-icanon") && !screen.contains("-echo "))
    }

    @Test("NO_COLOR and a non-UTF-8 locale still show a usable screen")
    func noColorAndASCII() throws {
        let home = try DemoFixture.temporaryDirectory()
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home, environment: "NO_COLOR=1 LANG=C LC_ALL=C")
        let screen = try tmux.waitFor("Resultater")
        #expect(screen.contains("+-"), "ASCII boxes")
        #expect(!screen.contains("█"))
        try tmux.keys("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test("a file that is not a snapshot: a Norwegian message, exit 66, no TUI")
    func notASnapshot() throws {
        let home = try DemoFixture.temporaryDirectory()
        let bogus = home.appendingPathComponent("bilde.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 2000)).write(to: bogus)
        let tmux = try start("'\(bogus.path)'", home: home)
        let screen = try tmux.waitFor("EXIT:")
        #expect(screen.contains("er ikke et kfl-snapshot"))
        #expect(screen.contains("EXIT:66"))
    }
}
