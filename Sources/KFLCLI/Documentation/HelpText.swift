#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A help text as printed by `kfl … --help`, read back into its parts so the
/// man page and the completions are written from the very text users see.
///
/// The help texts share one layout: a title line (`kfl import – …`), then
/// blocks separated by blank lines. A block that starts with a heading
/// (`Bruk:`, `Valg:`, `Kommandoer:`) lists indented rows under it; an
/// indented block without a heading is a table too; anything else is a
/// paragraph.
struct HelpText: Equatable {
    /// A term and its description (`--trinn N` / `Ett trinn (1–10); …`).
    struct Row: Equatable {
        var term: String
        var text: String
    }

    enum Block: Equatable {
        case paragraph(String)
        /// The `Bruk:` lines, without the block's indentation.
        case usage([String])
        case table(heading: String?, rows: [Row])
    }

    /// The title line.
    let title: String
    let blocks: [Block]

    /// The text after the dash of the title line (`les svar-CSV og …`).
    var summary: String {
        guard let dash = title.firstRange(of: " – ") else { return title }
        return String(title[dash.upperBound...])
    }

    var usage: [String] {
        blocks.flatMap { block -> [String] in
            if case .usage(let lines) = block { return lines }
            return []
        }
    }

    /// The rows under `heading` (`Valg:` without the colon).
    func rows(under heading: String) -> [Row] {
        blocks.flatMap { block -> [Row] in
            if case .table(heading, let rows) = block { return rows }
            return []
        }
    }

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        title = lines.isEmpty ? "" : lines.removeFirst()
        var groups: [[String]] = [[]]
        for line in lines {
            if line.trimmingWhitespace().isEmpty {
                if !groups[groups.count - 1].isEmpty { groups.append([]) }
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        blocks = groups.filter { !$0.isEmpty }.map(Self.block)
    }

    private static func block(_ lines: [String]) -> Block {
        let first = lines[0]
        // A heading's rows are indented: a paragraph whose first line ends in ":" stays a paragraph.
        if !first.hasPrefix(" "), first.hasSuffix(":"), lines.count > 1,
            lines.dropFirst().allSatisfy({ $0.hasPrefix(" ") })
        {
            let heading = String(first.dropLast())
            let body = Array(lines.dropFirst())
            if heading == usageHeading {
                let indent = body.map(indentation).min() ?? 0
                return .usage(body.map { String($0.dropFirst(indent)) })
            }
            return .table(heading: heading, rows: rows(body))
        }
        if lines.allSatisfy({ $0.hasPrefix(" ") }) { return .table(heading: nil, rows: rows(lines)) }
        return .paragraph(lines.map { $0.trimmingWhitespace() }.joined(separator: " "))
    }

    static let usageHeading = "Bruk"

    /// Rows of a table: a line at the table's indentation starts a row, a
    /// deeper one continues the row above. The description starts at the
    /// column most rows use (one row may have a single space before it).
    private static func rows(_ lines: [String]) -> [Row] {
        let indent = lines.map(indentation).min() ?? 0
        var starts: [Int: Int] = [:]
        for line in lines where indentation(line) == indent {
            if let column = descriptionColumn(line, indent: indent) { starts[column, default: 0] += 1 }
        }
        let column = starts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        var rows: [Row] = []
        for line in lines {
            let characters = Array(line)
            if indentation(line) > indent, !rows.isEmpty {
                rows[rows.count - 1].text += " " + line.trimmingWhitespace()
                continue
            }
            let split =
                column.flatMap { c in
                    c < characters.count && characters[c - 1] == " " && characters[c] != " " ? c : nil
                } ?? descriptionColumn(line, indent: indent) ?? characters.count
            rows.append(
                Row(
                    term: String(characters[indent..<split]).trimmingWhitespace(),
                    text: String(characters[split...]).trimmingWhitespace()))
        }
        return rows
    }

    /// Where the text after the first run of two or more spaces starts.
    private static func descriptionColumn(_ line: String, indent: Int) -> Int? {
        let characters = Array(line)
        var i = indent
        while i + 1 < characters.count {
            if characters[i] == " ", characters[i + 1] == " " {
                var j = i
                while j < characters.count, characters[j] == " " { j += 1 }
                return j < characters.count ? j : nil
            }
            i += 1
        }
        return nil
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}
