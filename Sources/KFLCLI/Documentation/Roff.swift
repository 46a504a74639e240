#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A man page being written in roff (the `man` macros), with the escaping
/// that keeps help text from being read as requests.
struct Roff {
    private(set) var text = ""

    mutating func request(_ name: String, _ arguments: String...) {
        text += "." + name + arguments.map { " \"\(Self.escape($0))\"" }.joined() + "\n"
    }

    mutating func section(_ heading: String) { text += ".SH \"\(Self.escape(heading))\"\n" }
    mutating func subsection(_ heading: String) { text += ".SS \"\(Self.escape(heading))\"\n" }

    /// Already escaped text, as its own line(s).
    mutating func text(_ escaped: String) { text += Self.guardLineStart(escaped) + "\n" }

    mutating func paragraph(_ plain: String) {
        text += ".PP\n"
        text(Self.escape(plain))
    }

    /// A term (already escaped and styled) with its description (already escaped).
    mutating func taggedParagraph(_ term: String, _ escaped: String) {
        text += ".TP\n" + Self.guardLineStart(term) + "\n" + Self.guardLineStart(escaped) + "\n"
    }

    mutating func preformatted(_ lines: [String]) {
        text += ".PP\n.nf\n"
        for line in lines { text(Self.escape(line)) }
        text += ".fi\n"
    }

    /// Backslashes and hyphens escaped (`\-` prints the minus that options need).
    static func escape(_ plain: String) -> String {
        plain.replacingEvery("\\", with: "\\e").replacingEvery("-", with: "\\-")
    }

    static func bold(_ escaped: String) -> String { "\\fB" + escaped + "\\fR" }
    static func italic(_ escaped: String) -> String { "\\fI" + escaped + "\\fR" }

    /// A line starting with `.` or `'` would be a request.
    private static func guardLineStart(_ line: String) -> String {
        line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }
}
