/// Characters that must never reach a terminal as they are: C0 controls
/// (ESC starts terminal commands, BS and CR overwrite what is shown), DEL, the
/// C1 controls (U+009B is a one-character ESC [), the Unicode line and
/// paragraph separators, and the bidirectional overrides and isolates that
/// make text display in another order than it is stored.
///
/// Names and ids never hold them: the import refuses them, a snapshot holding
/// them is refused at open, and every message that quotes user input shows
/// them escaped (`\x1B`), so an error about a bad byte cannot itself be one.
public enum ControlCharacters {
    /// True for a character that must not be shown raw.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first control character in `text`, except those in `allowed`.
    public static func first(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
        // Every control character is a byte below 0x20 or 0x7F in UTF-8, or
        // starts with C2 (U+0080–U+009F) or E2 (U+2028 …): most text has none
        // of those, and one pass over its bytes says so.
        // Over the bytes in place (`withUTF8`), not the UTF-8 view's indices: a snapshot's every text
        // is checked at each open.
        var bytes = text
        let suspect = bytes.withUTF8 { $0.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 } }
        guard suspect else { return nil }
        return text.unicodeScalars.first { isControl($0) && !allowed.contains($0) }
    }

    /// True when `text` holds a control character other than those in `allowed`.
    public static func contains(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Bool {
        first(in: text, allowing: allowed) != nil
    }

    /// `text` safe to print: each control character (except those in
    /// `allowed`) written as an escape, `\n`, `\r`, `\t`, `\0`, `\x1B` or
    /// `\u{202E}`. Text without any comes back unchanged.
    public static func escaped(_ text: String, allowing allowed: Set<Unicode.Scalar> = []) -> String {
        guard contains(in: text, allowing: allowed) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !allowed.contains(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One control character as the user reads it in a message.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\0": return "\\0"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            if scalar.value <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
            return "\\u{\(hex)}"
        }
    }
}
