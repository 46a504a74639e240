internal import CNcursesw
// Unicode normalisation (NFC, NFD) from the standard library: FoundationEssentials has none.
@_spi(_Unicode) import Swift
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Drawing a `Screen` with the wide-character API.
extension NcursesTerminal {
    /// Shows `screen`, redrawing only rows that differ from the last one presented.
    ///
    /// A changed row is cleared and drawn cell by cell at explicit positions,
    /// so a grapheme ncurses measures differently from `DisplayWidth` cannot
    /// shift the rest of the row. Continuation cells of wide graphemes are
    /// skipped (ncurses fills them itself). Parts of the screen outside the
    /// terminal are dropped; the bottom-right cell is written with `mvwadd_wch`,
    /// whose ERR there is harmless because scrolling is off.
    public func present(_ screen: Screen) {
        guard isRunning, let window = kfl_stdscr() else { return }
        let (columns, rows) = size
        let previous = presentedScreen
        let sameShape = previous.map { $0.width == screen.width && $0.height == screen.height } ?? false
        if !sameShape { werase(window) }
        var changed = !sameShape
        for y in 0..<min(rows, screen.height) {
            let start = y * screen.width
            let row = screen.cells[start..<start + screen.width]
            if sameShape, let previous, previous.cells[start..<start + screen.width] == row { continue }
            changed = true
            wmove(window, Int32(y), 0)
            wclrtoeol(window)
            drawRow(row, y: y, columns: min(columns, screen.width), window: window)
        }
        presentedScreen = screen
        // The real cursor on the focused row or the edit point, for screen readers and magnifiers.
        if let cursor = screen.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            if previous?.cursor == nil || !sameShape { curs_set(1) }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if previous?.cursor != nil || !sameShape {
            curs_set(0)
        }
        if changed || previous?.cursor != screen.cursor { wrefresh(window) }
    }

    private func drawRow(_ row: ArraySlice<Cell>, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>) {
        var x = 0
        var index = row.startIndex
        while x < columns, index < row.endIndex {
            let cell = row[index]
            defer {
                x += 1
                index += 1
            }
            if cell.isContinuation { continue }
            let grapheme = cell.width == 2 && x + 1 >= columns ? " " : cell.grapheme
            draw(grapheme, style: cell.style, x: x, y: y, window: window)
        }
    }

    private func draw(_ grapheme: String, style: Style, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>) {
        let (pair, extra) = colorPairs.pair(for: style)
        let attributes = kfl_attributes(UInt32(style.attributes.union(extra).rawValue))
        var characters = encodable(grapheme).unicodeScalars.prefix(Int(kfl_cchar_max()) - 1).map {
            wchar_t(bitPattern: $0.value)
        }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var cell = cchar_t()
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// One-column stand-ins for letters and the punctuation kfl's texts use.
    static let asciiStandIns: [String: String] = [
        "ø": "o", "Ø": "O", "æ": "a", "Æ": "A",
        "–": "-", "—": "-", "‒": "-", "−": "-", "·": "-", "•": "*", "●": "*", "★": "*", "○": "o",
        "›": ">", "‹": "<", "→": ">", "←": "<", "↑": "^", "↓": "-", "▶": ">",
        "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'",
        "…": ".", "×": "x", "\u{202F}": " ", "\u{00A0}": " ",
        "│": "|", "┃": "|", "╎": ":", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "▲": "+", "▼": "-", "█": "#", "░": ".",
    ]

    /// `grapheme`, or a one-column ASCII stand-in when the locale's charset
    /// cannot encode it (C/POSIX locale): the base letter of an accented one
    /// (å → a), ø → o, æ → a, otherwise "?".
    private func encodable(_ grapheme: String) -> String {
        if isUTF8 || grapheme.unicodeScalars.allSatisfy({ $0.isASCII }) { return grapheme }
        if !switchedToUTF8Input,
            grapheme.unicodeScalars.allSatisfy({ kfl_can_encode(wchar_t(bitPattern: $0.value)) != 0 })
        {
            return grapheme
        }
        if let standIn = Self.asciiStandIns[grapheme] { return standIn }
        let base = Array(grapheme._nfd).first
        if let base, base.isASCII, base.value >= 32 { return String(Character(base)) }
        return "?"
    }
}
