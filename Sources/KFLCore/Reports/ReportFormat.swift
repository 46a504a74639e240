import Foundation

/// The two printable forms of an analysis: Markdown for e-mail and Teams,
/// HTML for printing. One place says how each is made and named, for
/// `kfl analyse export` and the export key in the program alike.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case markdown = "md"
    case html

    public var fileExtension: String { rawValue }

    public func render(_ data: AnalysisReportData) -> String {
        switch self {
        case .markdown: return MarkdownAnalysisReport.render(data)
        case .html: return HTMLAnalysisReport.render(data)
        }
    }

    /// "uro-og-forstyrrelser-i-timene-7-trinn-1a2b3c4d.md": the title in
    /// plain letters (æ → ae, ø → oe, å → aa), the analysis's short id, the extension.
    public func fileName(title: String, id: String) -> String {
        Self.fileName(title: title, id: id, extension: fileExtension)
    }

    /// The same name with another extension (`kfl analyse export --format json`).
    public static func fileName(title: String, id: String, extension fileExtension: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            switch character {
            case "æ": slug += "ae"
            case "ø": slug += "oe"
            case "å": slug += "aa"
            default:
                let plain = String(character).folding(options: .diacriticInsensitive, locale: nil)
                if plain.count == 1, let ascii = plain.first, ascii.isASCII, ascii.isLetter || ascii.isNumber {
                    slug.append(ascii)
                } else if !slug.hasSuffix("-") {
                    slug += "-"
                }
            }
        }
        let trimmed = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(60))
        let stem = (trimmed.isEmpty ? "" : trimmed + "-") + id.prefix(8)
        return stem + "." + fileExtension
    }

    /// A path in `directory` for `name` that no file has yet: "name.md", "name-2.md", …
    public static func freePath(in directory: String, name: String, exists: (String) -> Bool) -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = (directory as NSString).appendingPathComponent(name)
        var n = 2
        while exists(candidate) {
            candidate = (directory as NSString).appendingPathComponent("\(base)-\(n).\(ext)")
            n += 1
        }
        return candidate
    }
}
