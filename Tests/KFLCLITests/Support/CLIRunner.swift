import Synchronization

import KFLCLI

/// What one run of `kfl` printed and returned.
struct CLIRun {
    let exitCode: Int32
    let out: String
    let err: String
}

/// Collects what a command prints, from any thread.
private final class Transcript: Sendable {
    let out = Mutex<[String]>([])
    let err = Mutex<[String]>([])
}

/// Runs `kfl` in-process with `arguments`, capturing stdout and stderr.
func kfl(_ arguments: String...) -> CLIRun { kfl(arguments) }

func kfl(_ arguments: [String]) -> CLIRun {
    let transcript = Transcript()
    let console = Console(
        out: { text in transcript.out.withLock { $0.append(text) } },
        err: { text in transcript.err.withLock { $0.append(text) } })
    let code = KFLCLI.main(arguments, console: console)
    return CLIRun(
        exitCode: code,
        out: transcript.out.withLock { $0.joined(separator: "\n") },
        err: transcript.err.withLock { $0.joined(separator: "\n") })
}
