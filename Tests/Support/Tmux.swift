import Foundation

/// Runs the built `kfl` in a real terminal (tmux) and reads the screen back,
/// as a user would see it.
public final class TmuxSession {
    public let name: String
    public private(set) var lastScreen = ""

    /// Path of the built binary: `<package>/.build/debug/kfl`, found from this file.
    public static func kflBinary(filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath)
        while url.pathComponents.count > 1 && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent(".build/debug/kfl").path
    }

    public static var tmuxAvailable: Bool {
        (try? TmuxSession.run(["-V"])).map { $0.status == 0 } ?? false
    }

    /// Runs a command line in the shell and returns its exit status (for kill, pkill).
    @discardableResult
    public static func runShell(_ command: String) -> Int32 { (try? shell(command)) ?? -1 }

    /// Starts `command` (a shell command line) in a new detached session.
    public init(command: String, width: Int = 100, height: Int = 30) throws {
        name = "kfl-test-\(UUID().uuidString.prefix(8))"
        let result = try Self.run(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
        guard result.status == 0 else { throw TmuxError.failed("new-session: \(result.output)") }
        _ = try? Self.run(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? Self.run(["kill-session", "-t", name]) }

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
        let command = (["env", "-u", "TMUX", "LANG=C.UTF-8", "tmux", "-L", socket] + arguments).map(shellQuoted).joined(separator: " ")
            + " </dev/null >" + shellQuoted(output.path) + " 2>&1"
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
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
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
        Int32(try Self.run(["list-panes", "-t", name, "-F", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
