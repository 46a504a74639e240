import Foundation

/// The top-level string literals of a Swift source file, found the way the
/// compiler sees them (comments skipped; interpolations, multi-line and raw
/// strings handled), for the scan of `Sources/KFLCore/Strings/`.
struct SwiftLiteral {
    /// The literal as written, quotes and interpolations included.
    let source: String
    /// The code just before it, without white space: ends in `nb(` or `nn:` when paired.
    let before: String
    let line: Int

    /// Whether the literal is the bokmål or nynorsk half of `nb("…", nn: "…")`.
    var isBokmal: Bool { before.hasSuffix("nb(") }
    var isNynorsk: Bool { before.hasSuffix("nn:") }

    /// The words a reader sees: interpolations and delimiters removed.
    var words: String {
        var text = source.replacingOccurrences(
            of: #"\\\((?:[^()]|\([^()]*\))*\)"#, with: "", options: .regularExpression)
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "#\""))
        return text
    }

    /// Key names, symbols and fixed identifiers read the same in both languages
    /// (the same rule as `scripts/nynorsk-strings`).
    var needsTwoLanguages: Bool {
        let text = words
        guard text.range(of: "[A-Za-zÆØÅæøå]", options: .regularExpression) != nil else { return false }
        let exempt = #"^(.{1,2}|Enter|Esc|Tab|Ctrl-.|Europe/Oslo|kfl|list|export|import)$"#
        return text.range(of: exempt, options: .regularExpression) == nil
    }
}

enum SwiftLiterals {
    static func scan(_ text: String) -> [SwiftLiteral] {
        let c = Array(text)
        var found: [SwiftLiteral] = []
        var i = 0
        var line = 1
        var lineCountedTo = 0
        func lineAt(_ index: Int) -> Int {
            while lineCountedTo < index {
                if c[lineCountedTo] == "\n" { line += 1 }
                lineCountedTo += 1
            }
            return line
        }
        while i < c.count {
            if c[i] == "/", i + 1 < c.count, c[i + 1] == "/" {
                while i < c.count, c[i] != "\n" { i += 1 }
                continue
            }
            if c[i] == "/", i + 1 < c.count, c[i + 1] == "*" {
                i += 2
                while i + 1 < c.count, !(c[i] == "*" && c[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            if startsLiteral(c, i) {
                let end = literalEnd(c, i)
                let before = String(c[max(0, i - 40)..<i]).filter { !$0.isWhitespace }
                found.append(SwiftLiteral(source: String(c[i..<end]), before: before, line: lineAt(i)))
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    private static func startsLiteral(_ c: [Character], _ i: Int) -> Bool {
        c[i] == "\"" || (c[i] == "#" && i + 1 < c.count && (c[i + 1] == "\"" || c[i + 1] == "#"))
    }

    private static func matches(_ c: [Character], _ i: Int, _ pattern: [Character]) -> Bool {
        i + pattern.count <= c.count && Array(c[i..<i + pattern.count]) == pattern
    }

    private static func literalEnd(_ c: [Character], _ start: Int) -> Int {
        var i = start
        var hashes = 0
        while i < c.count, c[i] == "#" {
            hashes += 1
            i += 1
        }
        let triple = matches(c, i, ["\"", "\"", "\""])
        i += triple ? 3 : 1
        let pounds = [Character](repeating: "#", count: hashes)
        let close: [Character] = (triple ? ["\"", "\"", "\""] : ["\""]) + pounds
        while i < c.count {
            if matches(c, i, close) { return i + close.count }
            if c[i] == "\\", matches(c, i + 1, pounds) {
                let j = i + 1 + hashes
                if j < c.count, c[j] == "(" {
                    i = interpolationEnd(c, j + 1)
                } else {
                    i = j + 1
                }
                continue
            }
            i += 1
        }
        return c.count
    }

    private static func interpolationEnd(_ c: [Character], _ start: Int) -> Int {
        var i = start
        var depth = 1
        while i < c.count, depth > 0 {
            if startsLiteral(c, i) {
                i = literalEnd(c, i)
                continue
            }
            if c[i] == "(" { depth += 1 }
            if c[i] == ")" { depth -= 1 }
            i += 1
        }
        return i
    }
}
