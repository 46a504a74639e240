import Foundation

/// What a user must never read from kfl: English words that give away
/// internals (the list of issue 12) and raw control characters.
public enum UserText {
    /// Matched case-insensitively anywhere in the text: "SQL" also catches "SQLite".
    public static let englishWords = ["error", "unable", "permission", "operation", "database", "sql", "fatal"]

    /// The words of `englishWords` found in `text`, after removing each path
    /// that starts with one of `redacting` (folders and files a test chose,
    /// whose names, like `resultater.sqlite`, may hold such words).
    public static func englishWords(in text: String, redacting: [String] = []) -> [String] {
        var text = text
        for prefix in redacting.sorted(by: { $0.count > $1.count }) where !prefix.isEmpty {
            let escaped = NSRegularExpression.escapedPattern(for: prefix)
            text = text.replacingOccurrences(of: escaped + "[^\\s:«»,;()]*", with: "…", options: .regularExpression)
        }
        let lower = text.lowercased()
        return englishWords.filter { lower.contains($0) }
    }

    /// Control characters other than the line feed between lines: none may reach a terminal raw.
    public static func rawControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }
}
