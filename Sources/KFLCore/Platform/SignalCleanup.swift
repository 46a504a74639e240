#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal handlers that remove `TemporaryFiles` before a signal ends kfl.
///
/// Installed once, on the first registration; the previous action of each signal
/// is kept in plain memory and put back by the handler, which then raises the
/// signal again (blocked while the handler runs, it arrives as soon as it returns).
///
/// The files are made by the thread that registered first (kfl's main thread); the
/// kernel may run the handler on any thread, and that thread would remove the files
/// while the main thread goes on making the next one. So a handler on another thread
/// sends the signal on to the main thread, which removes them while it is stopped.
enum SignalCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
        pointer.initialize(repeating: sigaction(), count: signals.count)
        return pointer
    }()

    nonisolated(unsafe) private static let installed: UnsafeMutablePointer<Bool> = {
        let pointer = UnsafeMutablePointer<Bool>.allocate(capacity: signals.count)
        pointer.initialize(repeating: false, count: signals.count)
        return pointer
    }()

    /// The thread that installed the handlers: the one that makes the files.
    nonisolated(unsafe) private static let owner: UnsafeMutablePointer<pthread_t> = {
        let pointer = UnsafeMutablePointer<pthread_t>.allocate(capacity: 1)
        pointer.initialize(to: pthread_self())
        return pointer
    }()

    private static let once: Void = {
        _ = owner
        // A parent may hand down these signals blocked (a test runner's thread, tmux started from
        // one): blocked, they would wait until kfl ends on its own.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in signals { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for (index, signal) in signals.enumerated() {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0, !isIgnored(current) else { continue }
            var action = sigaction()
            setHandler(&action)
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO
            installed[index] = sigaction(signal, &action, previous + index) == 0
        }
    }()

    static func installOnce() { _ = once }

    private static func handle(_ signal: Int32) {
        if pthread_equal(pthread_self(), owner.pointee) == 0 {
            pthread_kill(owner.pointee, signal)
            return
        }
        TemporaryFiles.removeAllFromSignalHandler()
        if let index = slot(signal), installed[index] {
            sigaction(signal, previous + index, nil)
        } else {
            var defaultAction = sigaction()  // all zero: SIG_DFL
            sigaction(signal, &defaultAction, nil)
        }
        raise(signal)
    }

    /// Index in `signals`, without touching an array (the handler may run anywhere).
    private static func slot(_ signal: Int32) -> Int? {
        switch signal {
        case SIGINT: return 0
        case SIGTERM: return 1
        case SIGHUP: return 2
        case SIGQUIT: return 3
        default: return nil
        }
    }

    private static let handler:
        @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void =
            { signal, _, _ in SignalCleanup.handle(signal) }

    #if os(Linux)
    private static func isIgnored(_ action: sigaction) -> Bool {
        action.sa_flags & SA_SIGINFO == 0 && unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1
    }

    private static func setHandler(_ action: inout sigaction) {
        action.__sigaction_handler.sa_sigaction = handler
    }
    #else
    private static func isIgnored(_ action: sigaction) -> Bool {
        action.sa_flags & SA_SIGINFO == 0 && unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == 1
    }

    private static func setHandler(_ action: inout sigaction) {
        action.__sigaction_u.__sa_sigaction = handler
    }
    #endif
}
