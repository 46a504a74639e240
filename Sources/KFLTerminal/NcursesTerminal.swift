internal import CNcursesw
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The ncurses backend: the only code in kfl that talks to the terminal.
///
/// It presents a `Screen` (redrawing only rows that changed), reads keys as
/// `Key` values and restores the terminal on `stop()`, at exit and on fatal
/// signals (see `TerminalGuard`). ncurses is process-global, so create one
/// instance and use it from one thread; the type is deliberately not Sendable.
public final class NcursesTerminal {
    /// Whether to use colour. `.auto` uses it when the terminal has it and the
    /// NO_COLOR environment variable is unset or empty.
    public enum ColorMode: Sendable { case auto, none }

    /// Why the terminal could not be taken over.
    public enum StartError: Error, Equatable, Sendable {
        /// Standard input or output is not a terminal (a pipe or a file).
        case notATerminal
        /// ncurses does not know the terminal type (`TERM`).
        case unknownTerminal(String?)
        /// The terminal cannot place the cursor (`TERM=dumb`): no full-screen program can run.
        case unsupportedTerminal(String?)
    }

    /// Whether the locale's character set is UTF-8; otherwise use `Glyphs.ascii`.
    public private(set) var isUTF8 = false
    /// In an ASCII locale (LANG=C) typed æ, ø, å still arrive as UTF-8: the
    /// character type is switched to a UTF-8 locale for reading them (output
    /// stays ASCII), or, with no such locale, the bytes are decoded here.
    var switchedToUTF8Input = false
    var decodesUTF8Bytes = false
    /// Whether styles are drawn with colour (bold, reverse etc. work regardless).
    public private(set) var colorsEnabled = false
    /// Colours the terminal offers (0 when colour is off).
    public var paletteSize: Int { colorPairs.paletteSize }
    /// The glyph set the locale can show.
    public var glyphs: Glyphs { isUTF8 ? .unicode : .ascii }

    private var session: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>? { kfl_stdscr() }
    var colorPairs = ColorPairs.none
    /// The last screen presented, to redraw only changed rows; nil forces a full redraw.
    var presentedScreen: Screen?
    /// Extended key codes (Ctrl-arrows etc.) this terminal defines.
    var extendedKeys: [Int32: Key] = [:]

    public init() {}

    /// Locales tried for reading UTF-8 input when the user's is ASCII.
    static let utf8CharacterTypes = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "nb_NO.UTF-8"]

    deinit { stop() }

    public var isRunning: Bool { session != nil }

    /// Takes over the terminal: locale, raw mode, no echo, keypad, hidden cursor, colours.
    ///
    /// - Throws: `StartError` when stdin/stdout is not a terminal or `TERM` is unknown;
    ///   the terminal is left untouched then.
    public func start(colorMode: ColorMode = .auto) throws {
        guard session == nil else { return }
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        isUTF8 = codeset == "UTF-8" || codeset == "UTF8"
        if ["ANSI_X3.4-1968", "ASCII", "US-ASCII"].contains(codeset) {
            switchedToUTF8Input = Self.utf8CharacterTypes.contains { setlocale(LC_CTYPE, $0) != nil }
            decodesUTF8Bytes = !switchedToUTF8Input
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        TerminalGuard.arm()
        guard let screen = newterm(nil, kfl_stdout(), kfl_stdin()) else {
            TerminalGuard.disarm()
            throw StartError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"])
        }
        session = screen
        set_term(screen)
        // Cursor addressing is the least a full-screen program needs.
        let cup = tigetstr("cup")
        if cup == nil || Int(bitPattern: cup) == -1 {
            endwin()
            delscreen(screen)
            session = nil
            TerminalGuard.disarm()
            throw StartError.unsupportedTerminal(ProcessInfo.processInfo.environment["TERM"])
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // How long ncurses waits after Esc for the rest of a key's sequence. Terminals send
        // a sequence in one write (and tmux, since 3.5, waits 10 ms too), so Esc alone is
        // answered within about 10 ms plus a frame instead of 25.
        set_escdelay(10)
        curs_set(0)
        setUpColors(colorMode)
        extendedKeys = Self.extendedKeyTable()
        // Bracketed paste: the terminal marks pasted text, so a line break in a paste is
        // never taken for Enter (nor its letters for commands). Terminals without it
        // ignore the mode; `stop` and the guard turn it off again.
        define_key("\u{1B}[200~", Self.pasteStartCode)
        define_key("\u{1B}[201~", Self.pasteEndCode)
        TerminalGuard.writeRaw(TerminalGuard.bracketedPasteOn)
        presentedScreen = nil
    }

    /// Gives the terminal back: leaves the alternate screen, restores the saved
    /// modes and signal handlers. Safe to call more than once.
    public func stop() {
        guard let session else { return }
        endwin()
        TerminalGuard.writeRaw(TerminalGuard.bracketedPasteOff)
        delscreen(session)
        TerminalGuard.disarm()
        self.session = nil
        presentedScreen = nil
    }

    /// Current size in columns and rows (0×0 when not started).
    public var size: (width: Int, height: Int) {
        guard session != nil, let window else { return (0, 0) }
        return (Int(kfl_max_x(window)), Int(kfl_max_y(window)))
    }

    /// Forgets what is on screen so the next `present` redraws everything
    /// (after a resize or when another program may have written to the terminal).
    public func invalidate() {
        presentedScreen = nil
        if session != nil { clearok(window, true) }
    }

    private func setUpColors(_ mode: ColorMode) {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        guard mode == .auto, !noColor, has_colors() else {
            colorsEnabled = false
            colorPairs = .none
            return
        }
        start_color()
        let defaults = use_default_colors() == OK
        colorsEnabled = true
        colorPairs = ColorPairs(
            paletteSize: Int(kfl_colors()), pairCount: Int(kfl_color_pairs()), hasDefaultColors: defaults)
    }
}
