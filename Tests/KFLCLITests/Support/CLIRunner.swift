import Foundation
import KFLCLI

/// What one run of `kfl` printed and returned.
struct CLIRun {
    let exitCode: Int32
    let out: String
    let err: String
}

/// Collects what a command prints, from any thread. (A lock, not
/// Synchronization's Mutex: that needs macOS 15, the package claims 13.)
private final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    func out(_ text: String) { lock.withLock { outLines.append(text) } }
    func err(_ text: String) { lock.withLock { errLines.append(text) } }
    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }
}

/// Runs `kfl` in-process with `arguments`, capturing stdout and stderr.
func kfl(_ arguments: String...) -> CLIRun { kfl(arguments) }

/// The environment of the tests' runs: the process's, in bokmål whatever the
/// developer's locale (`--sprak` still wins).
let bokmalEnvironment = ProcessInfo.processInfo.environment.merging(["KFL_SPRAK": "nb"]) { $1 }

/// With `terminalWidth`, standard output is a terminal that wide; without, a pipe.
func kfl(
    _ arguments: [String], environment: [String: String] = bokmalEnvironment, terminalWidth: Int? = nil
) -> CLIRun {
    let transcript = Transcript()
    let console = Console(
        out: { transcript.out($0) }, err: { transcript.err($0) }, terminalWidth: { terminalWidth })
    let code = KFLCLI.main(arguments, console: console, environment: environment)
    return CLIRun(exitCode: code, out: transcript.out, err: transcript.err)
}
