/// Typed characters that arrive as UTF-8 bytes one at a time (a terminal in
/// a locale without UTF-8, where the C library will not decode them).
public enum UTF8Input {
    /// How many bytes a character starting with `lead` has (1 for ASCII; 0 for
    /// a byte that cannot start one).
    public static func length(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }

    /// The character `bytes` spell, or nil when they are not one whole UTF-8 character.
    public static func character(_ bytes: [UInt8]) -> Character? {
        guard let lead = bytes.first, length(lead: lead) == bytes.count else { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return Character(scalar)
    }
}
