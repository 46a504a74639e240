internal import CNcursesw

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Restores the user's terminal however the process ends: the one owner of
/// the saved terminal modes and of kfl's signal handlers.
///
/// `arm()` saves the termios modes before ncurses changes them and installs
/// handlers for SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL,
/// SIGABRT, SIGTRAP and SIGFPE (a Swift `fatalError` traps with SIGILL or
/// SIGTRAP). A handler restores the modes, leaves the alternate screen and
/// shows the cursor with async-signal-safe calls only, puts the previous
/// handler back, and then lets the signal do what it would have done:
/// - a fault the kernel raised (a bad access, a trap) returns, so the
///   faulting instruction runs again and faults under the previous handler
///   (the Swift backtracer, or the default core dump) with its own context:
///   the backtrace shows the fault, not this handler;
/// - any other signal is raised again.
/// No SIGWINCH handler: ncurses has its own and reports KEY_RESIZE.
///
/// The state is private to this type, allocated once, and reached from the
/// handler through plain pointers (no allocation, no locks).
enum TerminalGuard {
    private struct State {
        var saved = termios()
        var termiosSaved = false
        var armed = false
        var atExitRegistered = false
    }

    private static let signals: [Int32] = [
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE,
    ]

    nonisolated(unsafe) private static let state: UnsafeMutablePointer<State> = {
        let pointer = UnsafeMutablePointer<State>.allocate(capacity: 1)
        pointer.initialize(to: State())
        return pointer
    }()

    /// The action each of `signals` had before `arm()`, by index.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
        pointer.initialize(repeating: sigaction(), count: signals.count)
        return pointer
    }()

    /// Whether kfl's handler is installed for each of `signals`.
    nonisolated(unsafe) private static let installed: UnsafeMutablePointer<Bool> = {
        let pointer = UnsafeMutablePointer<Bool>.allocate(capacity: signals.count)
        pointer.initialize(repeating: false, count: signals.count)
        return pointer
    }()

    private static let handler:
        @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
            signal, info, _ in TerminalGuard.handle(signal, info)
        }

    /// Call before `newterm`.
    static func arm() {
        let g = state
        g.pointee.termiosSaved = tcgetattr(STDIN_FILENO, &g.pointee.saved) == 0
        for (index, signal) in signals.enumerated() {
            installed[index] = kfl_install_handler(signal, handler, previous + index) != 0
        }
        kfl_unblock_interactive_signals()
        if !g.pointee.atExitRegistered {
            atexit { TerminalGuard.atExit() }
            g.pointee.atExitRegistered = true
        }
        g.pointee.armed = true
    }

    /// Call after `endwin`: restores the saved modes and the previous handlers.
    static func disarm() {
        guard state.pointee.armed else { return }
        state.pointee.armed = false
        restoreTerminal(leavingAlternateScreen: false)
        for (index, signal) in signals.enumerated() where installed[index] {
            kfl_restore_action(signal, previous + index)
            installed[index] = false
        }
    }

    private static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        if state.pointee.armed {
            state.pointee.armed = false
            restoreTerminal(leavingAlternateScreen: true)
        }
        if let index = slot(signal), installed[index] {
            kfl_restore_action(signal, previous + index)
        } else {
            kfl_default_action(signal)
        }
        let raisedByTheKernel = (info?.pointee.si_code ?? 0) > 0
        if isFault(signal), raisedByTheKernel { return }
        raise(signal)
    }

    /// Index in `signals`, without touching an array (the handler may run anywhere).
    private static func slot(_ signal: Int32) -> Int? {
        switch signal {
        case SIGTERM: return 0
        case SIGHUP: return 1
        case SIGINT: return 2
        case SIGQUIT: return 3
        case SIGSEGV: return 4
        case SIGBUS: return 5
        case SIGILL: return 6
        case SIGABRT: return 7
        case SIGTRAP: return 8
        case SIGFPE: return 9
        default: return nil
        }
    }

    /// Signals that report a fault of the instruction that was running.
    private static func isFault(_ signal: Int32) -> Bool {
        signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGTRAP || signal == SIGFPE
    }

    private static func atExit() {
        guard state.pointee.armed else { return }
        state.pointee.armed = false
        endwin()
        restoreTerminal(leavingAlternateScreen: false)
    }

    /// Async-signal-safe: `tcsetattr` and `write` only.
    private static func restoreTerminal(leavingAlternateScreen: Bool) {
        if state.pointee.termiosSaved { tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.saved) }
        let sequence: StaticString =
            leavingAlternateScreen
            ? "\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l\u{1B}[?1049l" : "\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l"
        writeRaw(sequence)
    }

    static let bracketedPasteOn: StaticString = "\u{1B}[?2004h"
    static let bracketedPasteOff: StaticString = "\u{1B}[?2004l"

    /// Async-signal-safe: one `write` of a constant.
    static func writeRaw(_ sequence: StaticString) {
        sequence.withUTF8Buffer { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
