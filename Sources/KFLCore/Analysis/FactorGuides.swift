#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Help for thinking about one factor: what it measures and which maintaining
/// factors leader groups commonly discuss. A starting point, not an answer.
public struct FactorGuide: Codable, Sendable, Hashable {
    public struct Suggestion: Codable, Sendable, Hashable {
        public let perspective: Perspective
        public let text: String
    }

    public let factor: String
    public let measures: String
    public let commonlyDiscussed: [Suggestion]
    /// Works named in kfl's background documents, "Forfatter (år)".
    public let sources: [String]

    enum CodingKeys: String, CodingKey { case factor, measures, commonlyDiscussed, sources }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        factor = try c.decode(String.self, forKey: .factor)
        measures = try c.decode(String.self, forKey: .measures)
        commonlyDiscussed = try c.decode([Suggestion].self, forKey: .commonlyDiscussed)
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
    }
}

/// The factor guides, loaded from `data/factor-guides.json`.
public struct FactorGuides: Codable, Sendable, Hashable {
    public let format: String
    public let version: Int
    public let note: String
    public let guides: [FactorGuide]

    /// - Throws: `DecodingError` when the JSON is not a guide list.
    public static func decode(_ data: Data) throws -> FactorGuides {
        let guides = try JSONDecoder().decode(FactorGuides.self, from: data)
        guard guides.format == "kfl-factor-guides" else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "format must be kfl-factor-guides"))
        }
        return guides
    }

    /// The guides shipped with kfl, in the current language.
    public static var builtIn: FactorGuides { builtIn(.current) }

    /// The guides shipped with kfl in `language` (`data/factor-guides.json`, `-nn.json`).
    public static func builtIn(_ language: Language) -> FactorGuides {
        language == .nynorsk ? nynorsk : bokmal
    }

    private static let bokmal = load("factor-guides.json")
    private static let nynorsk = load("factor-guides-nn.json")

    private static func load(_ name: String) -> FactorGuides {
        guard let text = DataFiles.text(named: name), let guides = try? decode(Data(text.utf8)) else {
            fatalError("data/\(name) is missing or invalid in this build")
        }
        return guides
    }

    /// The guide for a factor id, or nil.
    public func guide(for factorID: String) -> FactorGuide? { guides.first { $0.factor == factorID } }
}
