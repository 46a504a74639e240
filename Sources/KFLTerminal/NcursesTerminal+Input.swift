internal import CNcursesw
import TerminalUI

/// Reading keys with `wget_wch` and decoding them into `Key`.
extension NcursesTerminal {
    /// The next key, waiting at most `timeoutMilliseconds` (nil waits forever).
    ///
    /// Returns nil on timeout and for keys kfl does not use (mouse, unknown
    /// function keys). A terminal resize arrives as `.resize` with the new size,
    /// after which the next `present` redraws everything.
    public func readKey(timeoutMilliseconds: Int? = nil) -> Key? {
        guard isRunning, let window = kfl_stdscr() else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        // wint_t is UInt32 on Linux and Int32 on macOS: convert bit for bit.
        case KEY_CODE_YES:
            let function = Int32(truncatingIfNeeded: code)
            if function == Self.pasteStartCode { return pastedText(window: window) }
            return functionKey(function)
        case OK: return character(UInt32(truncatingIfNeeded: code), window: window)
        default: return nil
        }
    }

    private func character(_ code: UInt32, window: UnsafeMutablePointer<WINDOW>) -> Key? {
        if code == 27 { return escapeOrAlt(window: window) }
        if let control = Key(controlCode: code) { return control }
        if decodesUTF8Bytes, (0x80...0xFF).contains(code) { return utf8Character(lead: UInt8(code), window: window) }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        return .character(Character(scalar))
    }

    /// A character typed as several bytes in a locale that does not decode
    /// them: the rest of its bytes follow at once. A broken one is dropped,
    /// and never swallows the key after it.
    private func utf8Character(lead: UInt8, window: UnsafeMutablePointer<WINDOW>) -> Key? {
        let length = UTF8Input.length(lead: lead)
        guard length > 1 else { return nil }
        var bytes = [lead]
        wtimeout(window, 50)
        while bytes.count < length {
            var code: wint_t = 0
            guard wget_wch(window, &code) == OK else { break }
            let value = UInt32(truncatingIfNeeded: code)
            guard (0x80...0xBF).contains(value) else {
                unget_wch(wchar_t(bitPattern: value))
                break
            }
            bytes.append(UInt8(value))
        }
        return UTF8Input.character(bytes).map(Key.character)
    }

    /// Key codes kfl gives the bracketed-paste markers (`ESC[200~`, `ESC[201~`) with
    /// `define_key`: above every code ncurses uses.
    static let pasteStartCode: Int32 = 0x7E00
    static let pasteEndCode: Int32 = 0x7E01

    /// Everything up to the end marker of a bracketed paste, as one `.paste`: nothing
    /// pasted is ever a command (a line break in it is not Enter). Bounded: a paste
    /// whose end never comes ends after a pause, and at `PasteCollector.limit`.
    private func pastedText(window: UnsafeMutablePointer<WINDOW>) -> Key? {
        var collector = PasteCollector(decodesUTF8Bytes: decodesUTF8Bytes)
        wtimeout(window, 250)
        reading: while !collector.isFull {
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case OK: collector.add(UInt32(truncatingIfNeeded: code))
            case KEY_CODE_YES:
                let function = Int32(truncatingIfNeeded: code)
                if function == Self.pasteEndCode { break reading }
                // A resize in the middle: the paste ends there, the resize is handled next.
                if function == KEY_RESIZE {
                    ungetch(function)
                    break reading
                }
            default: break reading
            }
        }
        return collector.text.isEmpty ? nil : .paste(collector.text)
    }

    /// Esc alone, or Alt-x (the terminal sends Esc then x at once). ncurses has
    /// already waited ESCDELAY for a known escape sequence and keeps any byte
    /// that came after the Esc, so the next key is looked for without waiting
    /// again: Esc is answered after one wait, not two.
    private func escapeOrAlt(window: UnsafeMutablePointer<WINDOW>) -> Key? {
        wtimeout(window, 0)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES:
            let key = functionKey(Int32(truncatingIfNeeded: code))
            if key == .backspace { return .controlBackspace }
            // Esc followed at once by another key (a resize, an arrow): two keys.
            ungetch(Int32(truncatingIfNeeded: code))
            return .escape
        case OK:
            let value = UInt32(truncatingIfNeeded: code)
            if value == 127 || value == 8 { return .controlBackspace }
            if value < 32 {
                unget_wch(wchar_t(bitPattern: value))
                return .escape
            }
            if case .read(let key) = sequenceAfterEscape(first: value, window: window) { return key }
            guard let scalar = Unicode.Scalar(value) else { return .escape }
            return .alt(Character(scalar))
        default:
            return .escape
        }
    }

    private enum SequenceAfterEscape {
        /// A whole sequence: its key, or nil for one kfl does not use (dropped, never text).
        case read(Key?)
        /// `first` alone: Alt with it.
        case none
    }

    /// The rest of a key's escape sequence that ncurses did not know (`TERM` names another
    /// terminal), read at once: a terminal sends a key's sequence in one write. See `EscapeSequence`.
    private func sequenceAfterEscape(first: UInt32, window: UnsafeMutablePointer<WINDOW>) -> SequenceAfterEscape {
        guard EscapeSequence.reading([first]) == .incomplete else { return .none }
        var bytes = [first]
        reading: while EscapeSequence.reading(bytes) == .incomplete {
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case OK: bytes.append(UInt32(truncatingIfNeeded: code))
            case KEY_CODE_YES:
                ungetch(Int32(truncatingIfNeeded: code))
                break reading
            default: break reading
            }
        }
        switch EscapeSequence.reading(bytes) {
        case .complete: return .read(EscapeSequence.key(bytes))
        case .incomplete: return bytes.count == 1 ? .none : .read(nil)
        case .invalid:
            // The byte that ended it is the next key.
            unget_wch(wchar_t(bitPattern: bytes[bytes.count - 1]))
            return bytes.count == 2 ? .none : .read(nil)
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            invalidate()
            let (width, height) = size
            return .resize(width: width, height: height)
        case kfl_key_f(1)...kfl_key_f(63): return .function(Int(code - kfl_key_f(0)))
        default: return extendedKeys[code]
        }
    }

    /// Codes for keys terminfo names but ncurses has no constant for, looked
    /// up by capability: xterm's Ctrl-arrows (kLFT5/kRIT5), Ctrl-Delete (kDC5),
    /// and Alt-arrows (kLFT3/kRIT3), which macOS users use for word movement.
    static func extendedKeyTable() -> [Int32: Key] {
        let names: [(String, Key)] = [
            ("kLFT5", .controlLeft), ("kRIT5", .controlRight), ("kDC5", .controlDelete),
            ("kLFT3", .controlLeft), ("kRIT3", .controlRight),
            ("kHOM5", .home), ("kEND5", .end),
        ]
        var table: [Int32: Key] = [:]
        for (name, key) in names {
            let code = kfl_key_code_for_capability(name)
            if code > 0, table[code] == nil { table[code] = key }
        }
        return table
    }
}
