import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// One line on standard error that a long run rewrites in place («Leser svarfil 3 av 18 …»),
/// so an import of many seconds is not silent. Only where standard error is a terminal that
/// understands erasing a line (not a pipe, a file or `TERM=dumb`): a log gets no progress.
struct ProgressLine: Sendable {
    let isShown: Bool
    let columns: @Sendable () -> Int

    static let standardError = ProgressLine(
        isShown: isatty(STDERR_FILENO) == 1 && Environment.process["TERM"].map { $0 != "dumb" } ?? false,
        columns: { TerminalSize.columns(of: STDERR_FILENO) ?? 80 })

    /// Shows `text` in place of the line before (cut to the terminal's width), or clears it.
    func show(_ text: String?) {
        guard isShown else { return }
        StandardStream.write(Self.bytes(text, columns: columns(), isUTF8: Locale.isUTF8), to: 2)
    }

    /// Back to the line's start, the text, and the rest of the line erased; the cursor stays
    /// on the line, so the next text (or the run's own output, after a clear) replaces it.
    static func bytes(_ text: String?, columns: Int, isUTF8: Bool) -> String {
        guard let text else { return "\r\u{1B}[K" }
        let local = isUTF8 ? text : ASCIIFallback.text(text)
        return "\r" + TextLayout.truncate(local, toWidth: max(1, columns - 1), glyphs: isUTF8 ? .unicode : .ascii)
            + "\u{1B}[K"
    }
}
