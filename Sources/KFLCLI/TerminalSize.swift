#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The width of the terminal standard output goes to, for tables that use it.
enum TerminalSize {
    /// `COLUMNS` when set, else the columns of the terminal on standard
    /// output; nil for a pipe or a file (nothing is cut then).
    static func columns(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return columns(of: STDOUT_FILENO)
    }

    /// The columns of the terminal on `descriptor`; nil when it is not a terminal.
    static func columns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
