/// A text kept in `data/` (the report's style sheet, table rows, the SVG
/// bar) with `{{name}}` slots, embedded in the binary like the rest of
/// `data/`. A line that ends in `\` goes on without a line break, so a long
/// table row stays readable in its file and still comes out as one line.
public struct Template: Sendable {
    public let name: String
    /// The text with continued lines joined.
    let text: String

    /// The template `data/<name>`.
    public init(_ name: String) {
        guard var file = DataFiles.text(named: name) else { fatalError("data/\(name) is missing in this build") }
        self.name = name
        // Line ends after the last line are not part of the text.
        while file.hasSuffix("\n") { file.removeLast() }
        var lines: [String] = []
        var current = ""
        for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("\\") {
                current += line.dropLast()
            } else {
                lines.append(current + line)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        text = lines.joined(separator: "\n")
    }

    /// The text with every slot filled from `values`, inserted as given (the
    /// caller escapes them for HTML or Markdown). A slot without a value is a
    /// programming error: the golden tests of the reports catch it.
    public func render(_ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            let key = String(rest[open.upperBound..<close.lowerBound])
            guard let value = values[key] else { preconditionFailure("data/\(name) has no value for {{\(key)}}") }
            out += value
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
