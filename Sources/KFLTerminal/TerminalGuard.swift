import CNcursesw

/// Restores the user's terminal however the process ends.
///
/// Saves the termios modes before ncurses changes them and installs C signal
/// handlers (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT,
/// SIGTRAP, SIGFPE) that restore them, leave the alternate screen and show the
/// cursor using only async-signal-safe calls, then chain to the previous
/// handler. A Swift `fatalError` traps with SIGILL/SIGTRAP, so it is covered
/// too. No SIGWINCH handler: ncurses has its own and reports KEY_RESIZE.
///
/// The C state is `static` in the shim header, so this is the only Swift
/// file that may call the `kfl_guard_*` functions.
enum TerminalGuard {
    /// Call before `newterm`.
    static func arm() { kfl_guard_arm() }

    /// Call after `endwin`.
    static func disarm() { kfl_guard_disarm() }
}
