import Foundation
import KFLTestSupport
import Testing

/// The built binary in a real terminal: what a user sees, and a sane terminal afterwards.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxAvailable, TmuxSession.tmuxMissing))
struct RealTerminalTests {
    /// How a process killed by `signal` ends in the shell's `$?`.
    static func killed(by signal: Int32) -> Int32 { 128 + signal }

    /// The signal a Swift `fatalError` traps with.
    #if arch(x86_64)
    static let trap = SIGILL
    #else
    static let trap = SIGTRAP
    #endif

    func start(
        _ arguments: String, home: URL, width: Int = 100, height: Int = 30, environment: String = ""
    ) throws -> TmuxSession {
        try startKFLInTerminal(arguments, home: home, width: width, height: height, environment: environment)
    }

    @Test("in nynorsk (KFL_SPRAK=nn and --sprak nn): the browser, its legend and the quit")
    func nynorsk() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let snapshot = try DemoFixture.snapshotPath()
        for (arguments, environment) in [("'\(snapshot)'", "KFL_SPRAK=nn"), ("--sprak nn '\(snapshot)'", "")] {
            let tmux = try start(arguments, home: home, width: 80, height: 24, environment: environment)
            var screen = try tmux.waitFor("Heile fylket")
            #expect(screen.contains("Einingar") && screen.contains("Resultat"))
            #expect(!screen.contains("Hele fylket"))
            try tmux.keys("i")
            screen = try tmux.waitFor("Teiknforklaring")
            #expect(screen.contains("gjennomsnittet i fylket"))
            try tmux.keys("Escape", "q")
            screen = try tmux.waitFor("EXIT:0")
        }
    }

    @Test("a paste is text, never keys: q and Enter pasted in the browser do nothing, in a prompt they are text")
    func pasteIsNeverKeys() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let snapshot = try DemoFixture.snapshotPath()
        let tmux = try start("'\(snapshot)'", home: home)
        _ = try tmux.waitFor("Resultater")
        try tmux.paste("q\nq\r")
        try tmux.keys("?")
        var screen = try tmux.waitFor("Hjelp – taster")
        #expect(!screen.contains("EXIT:"), "a pasted q quit kfl")
        try tmux.keys("Escape", "Tab", "a")
        screen = try tmux.waitFor("Navn:")
        try tmux.paste("Linje en\nLinje to q")
        screen = try tmux.waitFor("Navn: Linje en Linje to q")
        #expect(!screen.contains("Steg 1"), "a pasted line break created the analysis")
        try tmux.keys("Escape", "q")
        screen = try tmux.waitFor("STTY-DONE")
        #expect(TmuxSession.exitStatus(in: screen) == 0)
    }

    @Test("keys whose sequence TERM does not name are keys, never text: tmux's Home/End under TERM=xterm")
    func sequencesTermDoesNotName() throws {
        // tmux sends End as ESC [ 4 ~, which xterm's terminfo lacks: «abc1~x4~y» was typed here.
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home)
        _ = try tmux.waitFor("Resultater")
        try tmux.keys("Tab", "a")
        _ = try tmux.waitFor("Navn:")
        try tmux.type("abc")
        try tmux.keys("Home")
        try tmux.type("x")
        try tmux.keys("End")
        try tmux.type("y")
        try tmux.keys("IC")
        try tmux.type("z")
        let screen = try tmux.waitFor("Navn: xabcyz")
        #expect(!screen.contains("~"), "\(screen)")
        try tmux.keys("Escape", "q")
        #expect(TmuxSession.exitStatus(in: try tmux.waitFor("STTY-DONE")) == 0)
    }

    @Test("browse, search with æøå, legend, resize small and back, quit: the terminal is sane")
    func wholeSession() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
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
        screen = try tmux.waitFor("STTY-DONE")
        #expect(TmuxSession.exitStatus(in: screen) == 0)
        #expect(screen.contains(" icanon") && !screen.contains("-icanon"), "canonical mode restored")
        #expect(screen.contains(" echo ") && !screen.contains("-echo "), "echo restored")
        // kfl remembered where we were.
        let state = try String(contentsOf: home.appendingPathComponent("state.json"), encoding: .utf8)
        #expect(state.contains("0425"))
    }

    @Test("Ctrl-C quits with exit code 130, as shells expect after Ctrl-C, and restores the terminal")
    func controlC() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home)
        try tmux.waitFor("Resultater")
        try tmux.keys("C-c")
        let screen = try tmux.waitFor("STTY-DONE")
        #expect(TmuxSession.exitStatus(in: screen) == 130)
        #expect(!screen.contains("-icanon"))
    }

    @Test("SIGTERM and SIGHUP restore the terminal", arguments: [("TERM", SIGTERM), ("HUP", SIGHUP)])
    func signals(signal: String, number: Int32) throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try start("'\(try DemoFixture.snapshotPath())'", home: home)
        try tmux.waitFor("Resultater")
        let shell = try #require(try tmux.panePID())
        TmuxSession.runShell("pkill -\(signal) -P \(shell) -x kfl")
        let screen = try tmux.waitFor("STTY-DONE")
        #expect(TmuxSession.exitStatus(in: screen) == Self.killed(by: number), "killed by the signal: \(screen)")
        #expect(!screen.contains("-icanon") && !screen.contains("-echo "))
    }

    @Test("a crash (fatalError) restores the terminal, dies of its trap and the backtrace shows where")
    func crash() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let errors = home.appendingPathComponent("stderr.txt")
        let tmux = try start(
            "'\(try DemoFixture.snapshotPath())' 2>'\(errors.path)'", home: home,
            environment: "KFL_TEST_CRASH=1 SWIFT_BACKTRACE=enable=yes,interactive=no,color=no")
        let screen = try tmux.waitFor("STTY-DONE", seconds: 30)
        #expect(TmuxSession.exitStatus(in: screen) == Self.killed(by: Self.trap))
        #expect(!screen.contains("-icanon") && !screen.contains("-echo "))
        let backtrace = try String(contentsOf: errors, encoding: .utf8)
        #expect(backtrace.contains("Fatal error: KFL_TEST_CRASH"))
        #expect(backtrace.contains("Session.run"), "the crashed thread's frames lead to the fault: \(backtrace)")
        #expect(!backtrace.contains("TerminalGuard"), "the guard's handler is not in the backtrace")
    }

    @Test("NO_COLOR and a non-UTF-8 locale still show a usable screen")
    func noColorAndASCII() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try start(
            "'\(try DemoFixture.snapshotPath())'", home: home, environment: "NO_COLOR=1 LANG=C LC_ALL=C")
        let screen = try tmux.waitFor("Resultater")
        #expect(screen.contains("+-"), "ASCII boxes")
        #expect(!screen.contains("█"))
        try tmux.keys("q")
        #expect(TmuxSession.exitStatus(in: try tmux.waitFor("EXIT:")) == 0)
    }

    @Test("a file that is not a snapshot: a Norwegian message, exit 66, no TUI")
    func notASnapshot() throws {
        let home = try DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let bogus = home.appendingPathComponent("bilde.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 2000)).write(to: bogus)
        let tmux = try start("'\(bogus.path)'", home: home)
        let screen = try tmux.waitFor("EXIT:")
        #expect(screen.contains("er ikke et kfl-snapshot"))
        #expect(TmuxSession.exitStatus(in: screen) == 66)
    }
}
