/// Key sequences kfl reads itself when ncurses did not: when `TERM` names another terminal than
/// the one in use (tmux with `TERM=xterm-256color` sends End as `ESC [ 4 ~`, which xterm's
/// terminfo does not have), ncurses hands over Esc and then the sequence's bytes one by one,
/// and `4~` landed in a text field. A whole sequence is a key when it is a common one, else
/// nothing; it is never text.
public enum EscapeSequence {
    /// What the bytes after Esc are so far.
    public enum Reading: Equatable, Sendable {
        /// A whole sequence: `ESC [ params final` (CSI) or `ESC O final` (SS3).
        case complete
        /// The start of one; more bytes are needed.
        case incomplete
        /// Not a sequence (the last byte cannot be in one).
        case invalid
    }

    /// Longest CSI kfl reads; a longer one is not a key.
    static let maximumLength = 16

    /// What `bytes` (the bytes after Esc, as character codes) are.
    public static func reading(_ bytes: [UInt32]) -> Reading {
        guard let introducer = bytes.first, introducer == csi || introducer == ss3 else { return .invalid }
        guard bytes.count > 1 else { return .incomplete }
        let last = bytes[bytes.count - 1]
        if introducer == ss3 { return bytes.count == 2 && isFinal(last) ? .complete : .invalid }
        for byte in bytes.dropFirst().dropLast() where !isParameter(byte) && !isIntermediate(byte) {
            return .invalid
        }
        if isFinal(last) { return .complete }
        let continues = isParameter(last) || isIntermediate(last)
        return continues && bytes.count < maximumLength ? .incomplete : .invalid
    }

    /// The key a whole sequence stands for, or nil for one kfl does not use (it is dropped).
    public static func key(_ bytes: [UInt32]) -> Key? {
        guard reading(bytes) == .complete, let final = bytes.last.flatMap(Unicode.Scalar.init) else { return nil }
        let parameters = String(String.UnicodeScalarView(bytes.dropFirst().dropLast().compactMap(Unicode.Scalar.init)))
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        // xterm's modifier field: 1 + (Shift 1, Alt 2, Ctrl 4); Alt and Ctrl move by words.
        let modifier = fields.count > 1 ? (fields[1] ?? 1) - 1 : 0
        let byWord = modifier & 0b110 != 0
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return byWord ? .controlRight : .right
        case "D": return byWord ? .controlLeft : .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "M" where bytes[0] == ss3: return .enter
        case "P", "Q", "R", "S": return bytes[0] == ss3 ? .function(Int(final.value) - 0x4F) : nil
        case "~": return tilde(fields.first.flatMap { $0 }, byWord: byWord)
        default: return nil
        }
    }

    /// `ESC [ n ~`: the editing keys and F5–F12 (vt220 and xterm numbering).
    private static func tilde(_ number: Int?, byWord: Bool) -> Key? {
        switch number {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return byWord ? .controlDelete : .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11, 12, 13, 14, 15: return .function(number! - 10)
        case 17, 18, 19, 20, 21: return .function(number! - 11)
        case 23, 24: return .function(number! - 12)
        default: return nil
        }
    }

    static let csi = UInt32(UInt8(ascii: "["))
    static let ss3 = UInt32(UInt8(ascii: "O"))
    static func isParameter(_ byte: UInt32) -> Bool { (0x30...0x3F).contains(byte) }
    static func isIntermediate(_ byte: UInt32) -> Bool { (0x20...0x2F).contains(byte) }
    static func isFinal(_ byte: UInt32) -> Bool { (0x40...0x7E).contains(byte) }
}
