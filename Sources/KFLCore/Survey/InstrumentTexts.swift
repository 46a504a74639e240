import Foundation

/// The instrument's names and descriptions in another language than the one it is
/// written in (`data/instrument-nn.json`): groups and factors by id, areas by
/// their bokmål name. Read through `Factor.name` and its siblings.
public struct InstrumentTexts: Codable, Sendable, Hashable {
    public struct GroupTexts: Codable, Sendable, Hashable {
        public let name: String
        public let shortName: String
    }

    public struct FactorTexts: Codable, Sendable, Hashable {
        public let name: String
        public let description: String
        /// The unfavourable share's label (factors only).
        public let shareLabel: String?
    }

    public let format: String
    public let language: String
    public let name: String
    public let instrumentNote: String
    public let groups: [String: GroupTexts]
    public let areas: [String: String]
    public let factors: [String: FactorTexts]
    /// Themes by id (name and description, as for factors).
    public let themes: [String: FactorTexts]

    /// The nynorsk texts shipped with kfl.
    public static let nynorsk: InstrumentTexts = {
        guard let text = DataFiles.text(named: "instrument-nn.json"),
            let texts = try? JSONDecoder().decode(InstrumentTexts.self, from: Data(text.utf8)),
            texts.format == "kfl-instrument-texts", texts.language == Language.nynorsk.rawValue
        else { fatalError("data/instrument-nn.json is missing or invalid in this build") }
        return texts
    }()

    /// The texts to read names from now: nil in bokmål (the stored texts are bokmål).
    static var current: InstrumentTexts? { Language.current == .nynorsk ? nynorsk : nil }
}
