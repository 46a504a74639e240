// Unicode normalisation (NFC, NFD) from the standard library: FoundationEssentials has none.
@_spi(_Unicode) import Swift

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
                // The letter without its accents (é → e), as Foundation's diacritic-insensitive folding.
                let plain = String(character)._nfd.filter { $0.properties.generalCategory != .nonspacingMark }
                if plain.count == 1, let ascii = plain.first, ascii.isASCII,
                    ascii.properties.isAlphabetic || ("0"..."9").contains(ascii)
                {
                    slug.unicodeScalars.append(ascii)
                } else if !slug.hasSuffix("-") {
                    slug += "-"
                }
            }
        }
        let trimmed = String(slug.trimmingScalars { $0 == "-" }.prefix(60))
        let stem = (trimmed.isEmpty ? "" : trimmed + "-") + id.prefix(8)
        return stem + "." + fileExtension
    }

    /// A path in `directory` for `name` that no file has yet: "name.md", "name-2.md", …
    public static func freePath(in directory: String, name: String, exists: (String) -> Bool) -> String {
        let base = PathText.deletingExtension(name)
        let ext = PathText.fileExtension(name)
        var candidate = PathText.appending(name, to: directory)
        var n = 2
        while exists(candidate) {
            candidate = PathText.appending("\(base)-\(n).\(ext)", to: directory)
            n += 1
        }
        return candidate
    }
}
