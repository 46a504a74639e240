#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders kfl is making and would leave half-written if the process
/// were stopped by a signal (Ctrl-C, `kill`, a closed terminal): a snapshot's
/// temporary file before its rename, the demo's CSV folder. The first
/// registration installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT
/// (not where the signal is ignored, as under `nohup`) that remove them, put
/// the previous action back and raise the signal again, so the process ends
/// as it would have (exit status 128 + signal). The full-screen program's own
/// handler (`TerminalGuard`) chains to these.
public enum TemporaryFiles {
    /// How many paths can be held at once (a snapshot file, a demo folder and its files).
    public static let capacity = 64

    nonisolated(unsafe) static let table = PathTable(capacity: capacity)
    private static let lock = Lock()

    /// A handle to take a path off the list again.
    public struct Registration: Sendable {
        fileprivate let slot: Int?
    }

    /// Removes `path` (a file) if a signal ends the process before `unregister`.
    @discardableResult
    public static func registerFile(_ path: String) -> Registration { register(path, kind: .file) }

    /// Removes the folder at `path` if a signal ends the process before `unregister`,
    /// when it is empty once the registered files are gone (a folder with the user's own
    /// files in it is never removed).
    @discardableResult
    public static func registerFolder(_ path: String) -> Registration { register(path, kind: .folder) }

    /// The path is no longer temporary (renamed into place, or already removed).
    public static func unregister(_ registration: Registration) {
        guard let slot = registration.slot else { return }
        lock.withLock { table.clear(slot) }
    }

    /// Paths registered now.
    public static var registered: [String] { lock.withLock { table.paths } }

    private static func register(_ path: String, kind: PathTable.Kind) -> Registration {
        // The table exists before a handler can look at it (a lazy global made in a handler would allocate).
        _ = table
        SignalCleanup.installOnce()
        return lock.withLock { Registration(slot: table.add(path, kind: kind)) }
    }

    /// Async-signal-safe: what the signal handler does (`PathTable.removeAll`).
    static func removeAllFromSignalHandler() { table.removeAll() }
}

/// A fixed table of paths as C strings, reached through plain pointers, so that
/// removing them needs no allocation, no lock and no Swift runtime: `unlink` and
/// `rmdir` are async-signal-safe. A slot is filled before it is marked used and
/// unmarked before it is freed, so a handler that interrupts `add` or `clear`
/// sees either the whole path or none. Not thread-safe: `TemporaryFiles` locks.
struct PathTable {
    enum Kind: sig_atomic_t {
        case free = 0, file = 1, folder = 2
    }

    let capacity: Int
    private let kinds: UnsafeMutablePointer<sig_atomic_t>
    private let cStrings: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    /// Allocated for the life of the process (the shared table) or of a test.
    init(capacity: Int) {
        self.capacity = capacity
        kinds = .allocate(capacity: capacity)
        kinds.initialize(repeating: Kind.free.rawValue, count: capacity)
        cStrings = .allocate(capacity: capacity)
        cStrings.initialize(repeating: nil, count: capacity)
    }

    /// The slot taken, or nil when the table is full (never in kfl's use: the path is then
    /// only not cleaned up).
    func add(_ path: String, kind: Kind) -> Int? {
        guard let slot = (0..<capacity).first(where: { kinds[$0] == Kind.free.rawValue }) else { return nil }
        cStrings[slot] = strdup(path)
        kinds[slot] = kind.rawValue
        return slot
    }

    func clear(_ slot: Int) {
        kinds[slot] = Kind.free.rawValue
        free(cStrings[slot])
        cStrings[slot] = nil
    }

    var paths: [String] {
        (0..<capacity).compactMap { slot in
            kinds[slot] != Kind.free.rawValue ? cStrings[slot].map { String(cString: $0) } : nil
        }
    }

    /// Removes every file, then every folder that is empty; keeps the entries.
    func removeAll() {
        // No array literal or closure here: they could allocate.
        for slot in 0..<capacity where kinds[slot] == Kind.file.rawValue {
            if let path = cStrings[slot] { unlink(path) }
        }
        for slot in 0..<capacity where kinds[slot] == Kind.folder.rawValue {
            if let path = cStrings[slot] { rmdir(path) }
        }
    }

    func deallocate() {
        for slot in 0..<capacity { free(cStrings[slot]) }
        kinds.deallocate()
        cStrings.deallocate()
    }
}
