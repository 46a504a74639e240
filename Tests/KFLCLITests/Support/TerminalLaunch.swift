import Foundation
import KFLTestSupport
import Testing

/// Starts the built `kfl` in tmux with its own data folder, then prints the
/// exit code and the terminal's settings, so tests can check both.
func startKFLInTerminal(
    _ arguments: String, home: URL, width: Int = 100, height: Int = 30, environment: String = ""
) throws -> TmuxSession {
    let binary = TmuxSession.kflBinary()
    try #require(
        FileManager.default.isExecutableFile(atPath: binary), "build kfl first (swift build --build-tests): \(binary)")
    try #require(TmuxSession.tmuxAvailable, "tmux is needed for the real-terminal tests (make test installs it)")
    let env =
        "env LANG=C.UTF-8 TERM=xterm-256color KFL_HOME='\(home.path)' SWIFT_BACKTRACE=interactive=no \(environment)"
    let command = "\(env) '\(binary)' \(arguments); echo \"EXIT:$?\"; stty -a; echo STTY-DONE; sleep 60"
    return try TmuxSession(command: command, width: width, height: height)
}
