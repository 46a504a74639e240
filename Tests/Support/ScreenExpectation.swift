import TerminalUI
import Testing

/// Checks that `screen` shows `expected` (trailing spaces ignored), printing
/// a line diff framed with `│` on failure so the mismatch reads like a picture.
public func expectScreen(
    _ screen: Screen, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    let wanted = Screen.trimmed(expected)
    if let diff = GoldenDiff.lineDiff(expected: wanted, actual: screen.text) {
        Issue.record("screen differs\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// Checks a style map (see `Screen.styleMap`) against expected lines.
public func expectStyles(
    _ screen: Screen, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    if let diff = GoldenDiff.lineDiff(expected: expected.joined(separator: "\n"), actual: screen.styleMap) {
        Issue.record("styles differ\n\(diff)", sourceLocation: sourceLocation)
    }
}

extension Screen {
    /// Lines with trailing spaces trimmed, joined as `Screen.text` is.
    public static func trimmed(_ lines: [String]) -> String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}
