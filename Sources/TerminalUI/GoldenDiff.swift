/// A readable line diff for screen and golden-file comparisons.
///
/// Pure, so every test target can reuse it: the caller decides how to report
/// (Swift Testing's `Issue.record`) and where goldens live.
public enum GoldenDiff {
    /// nil when equal; otherwise the lines with `-` (expected) and `+`
    /// (actual) markers and two lines of context, each line framed by `│`
    /// right at its end so trailing spaces are visible, like:
    ///
    ///        3 │Hamar│
    ///     -  4 │███▌░░░░│
    ///     +  4 │███▋░░░░ │
    public static func lineDiff(expected: String, actual: String, context: Int = 2) -> String? {
        if expected == actual { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = diff(a, b)
        let changed = edits.indices.filter { edits[$0].mark != " " }
        var output = ["expected \(a.count) lines, got \(b.count) (- expected, + actual):"]
        var lastShown = -1
        for (i, edit) in edits.enumerated() {
            let near = changed.contains { abs($0 - i) <= context }
            guard near else { continue }
            if lastShown >= 0, i > lastShown + 1 { output.append("   ⋮") }
            let number = String(edit.line + 1)
            let padded = String(repeating: " ", count: max(0, 3 - number.count)) + number
            output.append("\(edit.mark)\(padded) │\(edit.text)│")
            lastShown = i
        }
        if changed.isEmpty { output.append("(texts differ only in line endings or invisible characters)") }
        return output.joined(separator: "\n")
    }

    private struct Edit {
        var mark: Character
        var line: Int
        var text: String
    }

    /// Longest-common-subsequence diff; screens are small (≤ a few hundred lines).
    private static func diff(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(mark: " ", line: j, text: b[j]))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(Edit(mark: "-", line: i, text: a[i]))
                i += 1
            } else {
                edits.append(Edit(mark: "+", line: j, text: b[j]))
                j += 1
            }
        }
        return edits
    }
}
