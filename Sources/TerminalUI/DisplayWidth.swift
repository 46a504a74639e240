/// Terminal column widths of text, independent of the process locale.
///
/// glibc's `wcwidth` answers −1 for everything non-ASCII in the C locale (the
/// locale tests run in), so widths are computed here from Unicode properties.
public enum DisplayWidth {
    /// Columns a grapheme cluster occupies: 0 for controls and lone combining
    /// marks, 2 for East Asian wide and emoji presentation, otherwise 1.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Most of what kfl draws: printable ASCII, Latin-1 and Latin Extended
        // letters, box drawing and block elements. One column each, answered
        // without Unicode property lookups (the render loop's hot spot).
        if scalars.count == 1, Self.isPlainNarrow(first.value) { return 1 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if isZeroWidth(first) { return scalars.count == 1 ? 0 : (isWide(first) ? 2 : 1) }
        if isWide(first) { return 2 }
        // An emoji variation selector makes a text symbol two columns wide.
        if scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
        return 1
    }

    /// Columns a string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        // Most text is plain narrow scalars only; each is a grapheme of its own and one
        // column wide, so they are counted without breaking the text into graphemes.
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard isPlainNarrow(scalar.value) else { return widthOfGraphemes(text) }
            scalars += 1
        }
        return scalars
    }

    private static func widthOfGraphemes(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Single scalars the general rules below make one column wide: no marks,
    /// no format characters (U+00AD counts as one column), nothing wide, and none
    /// that joins a neighbour into one grapheme: printable ASCII, Latin-1 and Latin
    /// Extended, dashes, quotes, … and the narrow no-break space (not the format characters around them),
    /// arrows and mathematical operators, box drawing, blocks and shapes (not
    /// ◽ ◾, emoji two columns wide).
    public static func isPlainNarrow(_ value: UInt32) -> Bool {
        if value < 0x300 { return value >= 0xA0 || (0x20..<0x7F).contains(value) }
        return (0x2010..<0x2028).contains(value) || value == 0x202F || (0x2030..<0x205F).contains(value)
            || (0x2190..<0x2300).contains(value) || (0x2500..<0x25FD).contains(value)
    }

    /// Whether every scalar of `text` is plain narrow: then each is a grapheme of its own, one column wide.
    public static func isPlain(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { isPlainNarrow($0.value) }
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return scalar.value != 0x00AD
        default: break
        }
        return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if scalar.properties.isEmojiPresentation { return true }
        return (0x1100...0x115F).contains(v) || (0x231A...0x231B).contains(v)
            || (0x2329...0x232A).contains(v) || (0x2E80...0x303E).contains(v)
            || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x2FFFD).contains(v)
            || (0x30000...0x3FFFD).contains(v)
    }
}
