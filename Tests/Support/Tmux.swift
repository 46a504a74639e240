import Foundation
import Testing

/// Runs the built `kfl` in a real terminal (tmux) and reads the screen back,
/// as a user would see it.
public final class TmuxSession {
    public let name: String
    public private(set) var lastScreen = ""

    /// Path of the `kfl` the test build produced: it lies beside the test
    /// bundle (`.build/<triple>/<configuration>/`), whatever the build path
    /// or configuration.
    public static func kflBinary() -> String {
        var folders: [URL] = []
        // Linux: the test bundle is the running executable.
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        // macOS: a runner loads the `.xctest` bundle.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let candidates = folders.map { $0.appendingPathComponent("kfl").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.first ?? "kfl"
    }

    public static let tmuxAvailable: Bool = (try? TmuxSession.run(["-V"])).map { $0.status == 0 } ?? false

    /// Why the real-terminal tests are skipped here.
    public static let tmuxMissing: Comment =
        "tmux is missing: the tests in a real terminal are skipped (make test installs it)"

    /// The exit status the shell printed as `EXIT:<status>` after the program, if it has.
    public static func exitStatus(in screen: String) -> Int32? {
        guard let range = screen.range(of: #"EXIT:[0-9]+"#, options: [.regularExpression, .backwards]) else {
            return nil
        }
        return Int32(screen[range].dropFirst("EXIT:".count))
    }

    /// Runs a command line in the shell and returns its exit status (for kill, pkill).
    @discardableResult
    public static func runShell(_ command: String) -> Int32 { (try? shell(command)) ?? -1 }

    /// Starts `command` (a shell command line) in a new detached session.
    public init(command: String, width: Int = 100, height: Int = 30) throws {
        name = "kfl-test-\(UUID().uuidString.prefix(8))"
        let arguments = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command]
        var result = try Self.run(arguments)
        // The server quits when its last session ends: a test that ends while this one
        // starts can leave `new-session` talking to a server on its way out. Start again.
        for _ in 0..<5 where result.status != 0 && Self.serverWentAway(result.output) {
            Thread.sleep(forTimeInterval: 0.2)
            result = try Self.run(arguments)
        }
        guard result.status == 0 else { throw TmuxError.failed("new-session: \(result.output)") }
        _ = try? Self.run(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? Self.run(["kill-session", "-t", name]) }

    /// What tmux says when the server it reached was quitting (its last session had ended).
    static func serverWentAway(_ output: String) -> Bool {
        ["server exited unexpectedly", "lost server", "no server running", "error connecting"]
            .contains { output.contains($0) }
    }

    public enum TmuxError: Error, CustomStringConvertible {
        case failed(String)
        case timeout(String, screen: String)
        public var description: String {
            switch self {
            case .failed(let text): return "tmux: \(text)"
            case .timeout(let what, let screen): return "waited in vain for \(what); the screen was:\n\(screen)"
            }
        }
    }

    /// A tmux server of this test process's own (`-L`): no one else's sessions
    /// are touched, and the tests never depend on a server someone left running.
    public static let socket = "kfl-tests-\(getpid())"

    /// Runs `tmux -L socket ARGUMENTS` through `/bin/sh` and returns its status and output.
    ///
    /// Not Foundation's `Process`: on Linux its `waitUntilExit` never returns when
    /// `new-session` has to fork the tmux server, which lives on. Output goes to a
    /// file, since the server would also keep a pipe open.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let tmux = ["env", "-u", "TMUX", "LANG=C.UTF-8", "tmux", "-L", socket] + arguments
        let command =
            tmux.map(shellQuoted).joined(separator: " ") + " </dev/null >" + shellQuoted(output.path) + " 2>&1"
        let status = try shell(command)
        let data = (try? Data(contentsOf: output)) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }

    public static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `/bin/sh -c command` with posix_spawn, waiting only for that shell.
    static func shell(_ command: String) throws -> Int32 {
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in strdup(word) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // This process's environment, built portably (`environ` is not visible from Swift on macOS).
        let variables = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in envp { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, envp)
        guard spawned == 0 else { throw TmuxError.failed("posix_spawn: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    /// Keys by tmux name ("Enter", "Escape", "Down", "C-c").
    public func keys(_ names: String...) throws {
        for key in names {
            try Self.run(["send-keys", "-t", name, key])
            // Esc and a key within ESCDELAY is Alt-key, for a person as for kfl.
            if key == "Escape" { Thread.sleep(forTimeInterval: 0.15) }
        }
    }

    /// Literal text, typed.
    public func type(_ text: String) throws {
        try Self.run(["send-keys", "-t", name, "-l", text])
    }

    /// Text pasted as a terminal pastes it: bracketed (`ESC[200~ … ESC[201~`) when the
    /// program has asked for that, as plain typing otherwise.
    public func paste(_ text: String) throws {
        try Self.run(["set-buffer", "-b", name, text])
        try Self.run(["paste-buffer", "-p", "-d", "-b", name, "-t", name])
    }

    public func resize(width: Int, height: Int) throws {
        try Self.run(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    public func capture() throws -> String {
        lastScreen = try Self.run(["capture-pane", "-p", "-t", name]).output
        return lastScreen
    }

    /// Waits until the screen contains `text` (up to `seconds`).
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout("«\(text)»", screen: lastScreen)
    }

    /// PID of the process running in the pane.
    public func panePID() throws -> Int32? {
        let output = try Self.run(["list-panes", "-t", name, "-F", "#{pane_pid}"]).output
        return Int32(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// PID of the process called `command` in the pane: the pane's own
    /// process or one of its children (`ps` and `pgrep`, on Linux and macOS).
    public func processID(of command: String) throws -> Int32? {
        guard let pane = try panePID() else { return nil }
        let own = try Self.output("ps -o comm= -p \(pane)").trimmingCharacters(in: .whitespacesAndNewlines)
        if (own as NSString).lastPathComponent == command { return pane }
        let child = try Self.output("pgrep -x \(Self.shellQuoted(command)) -P \(pane)")
        return child.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// What a shell command line prints on stdout.
    static func output(_ command: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-shell-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try shell(command + " >" + shellQuoted(file.path) + " 2>/dev/null")
        return String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
    }
}
