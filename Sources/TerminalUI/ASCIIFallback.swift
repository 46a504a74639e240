/// Plain-ASCII spellings for a terminal that cannot show anything else
/// (the C locale): æ → ae, ø → oe, å → aa, as Norwegians write them without
/// the letters, never a → a; arrows and marks as punctuation, never a
/// letter that could be read as a word.
public enum ASCIIFallback {
    static let table: [Character: String] = [
        "æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa",
        "–": "-", "—": "-", "‒": "-", "−": "-", "·": "-", "•": "*", "●": "*", "★": "*", "○": "o", "✓": "x",
        "›": ">", "‹": "<", "→": "->", "←": "<-", "↑": "^", "↓": "(-)", "▶": ">",
        "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'",
        "…": "...", "×": "x", "\u{202F}": " ", "\u{00A0}": " ",
        "│": "|", "┃": "|", "╎": ":", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "▲": "+", "▼": "-", "█": "#", "░": ".", "▏": " ", "▎": " ", "▍": " ", "▌": "#", "▋": "#", "▊": "#", "▉": "#",
        "▁": "_", "▂": "_", "▃": "-", "▄": "-", "▅": "=", "▆": "=", "▇": "#",
    ]

    /// `character` in ASCII: itself when it is ASCII, its spelling from the
    /// table, the base letter of an accented one (é → e), otherwise "?".
    public static func text(for character: Character) -> String {
        if character.isASCII { return String(character) }
        if let spelled = table[character] { return spelled }
        return baseLetter(of: character) ?? "?"
    }

    /// "é" → "e", from the scalar's Unicode name ("LATIN SMALL LETTER E WITH ACUTE").
    static func baseLetter(of character: Character) -> String? {
        guard let name = character.unicodeScalars.first?.properties.name else { return nil }
        let words = name.split(separator: " ")
        guard let with = words.firstIndex(of: "WITH"), with == 4, words[0] == "LATIN", words[2] == "LETTER",
            words[3].count == 1
        else { return nil }
        return words[1] == "SMALL" ? words[3].lowercased() : String(words[3])
    }

    /// `text` with every character in ASCII.
    public static func text(_ text: String) -> String {
        // ASCII bytes only are ASCII characters only (no ASCII scalar joins another but "\r\n").
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.map { Self.text(for: $0) }.joined()
    }
}
