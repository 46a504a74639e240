import KFLCore

/// Exit codes, as documented in README.md (the BSD sysexits numbers).
public enum ExitCode: Int32, Sendable, Error, CaseIterable {
    case success = 0
    /// Something failed while running (a write, the terminal).
    case failure = 1
    /// The command line was wrong.
    case usage = 64
    /// The input data are wrong: bad CSV, damaged or newer snapshot.
    case dataError = 65
    /// An input file is missing or is not what it should be.
    case noInput = 66
    /// The terminal cannot show kfl (too small is handled on screen; this is "no terminal").
    case unavailable = 69
    /// The output file cannot be created.
    case cannotCreate = 73
    /// Ended with Ctrl-C (128 + SIGINT, as a shell reports it); everything typed was saved first.
    case interrupted = 130
}

/// Where a command writes. Tests pass closures that collect the text.
public struct Console: Sendable {
    public let out: @Sendable (String) -> Void
    public let err: @Sendable (String) -> Void
    /// `--debug` (or `KFL_DEBUG=1`): the raw text of errors is printed after
    /// the Norwegian message. Off, the user never sees it.
    public var debug: Bool
    /// The columns of the terminal `out` writes to; nil for a pipe, a file or a test's
    /// closure, where text tables cut nothing.
    public let terminalWidth: @Sendable () -> Int?
    /// A line that says how far a long run is (an import), rewritten in place; nil clears it.
    /// Only on a terminal: a pipe, a file or a test's closure gets nothing.
    public let progress: @Sendable (String?) -> Void

    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, debug: Bool = false,
        terminalWidth: @escaping @Sendable () -> Int? = { nil },
        progress: @escaping @Sendable (String?) -> Void = { _ in }
    ) {
        self.out = out
        self.err = err
        self.debug = debug
        self.terminalWidth = terminalWidth
        self.progress = progress
    }

    /// The raw description of `error`, only under `--debug`.
    public func debugDetail(_ error: any Error) {
        if debug { err(Strings.CLI.debugLine(ErrorText.debugText(for: error))) }
    }
}
