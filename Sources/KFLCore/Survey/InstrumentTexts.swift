#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The instrument's names and descriptions in another language than the one it is
/// written in (`data/instrument-nn.json`): groups and factors by id, areas by
/// their bokmål name. Read through `Factor.name` and its siblings.
public struct InstrumentTexts: Sendable, Hashable {
    public struct GroupTexts: Sendable, Hashable {
        public let name: String
        public let shortName: String

        init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
            let members = try JSONValue.Members(value, path: path)
            name = try members.string("name")
            shortName = try members.string("shortName")
        }
    }

    public struct FactorTexts: Sendable, Hashable {
        public let name: String
        public let description: String
        /// The unfavourable share's label (factors only).
        public let shareLabel: String?

        init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
            let members = try JSONValue.Members(value, path: path)
            name = try members.string("name")
            description = try members.string("description")
            shareLabel = try members.optional("shareLabel", "a string", \.string)
        }
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

    init(json value: JSONValue) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: "texts")
        format = try members.string("format")
        language = try members.string("language")
        name = try members.string("name")
        instrumentNote = try members.string("instrumentNote")
        groups = try members.dictionary("groups", GroupTexts.init(json:path:))
        areas = try members.dictionary("areas") { (value, path) throws(JSONValue.DecodeError) in
            guard let text = value.string else { throw JSONValue.DecodeError("\(path): expected a string") }
            return text
        }
        factors = try members.dictionary("factors", FactorTexts.init(json:path:))
        themes = try members.dictionary("themes", FactorTexts.init(json:path:))
    }

    /// The nynorsk texts shipped with kfl.
    public static let nynorsk: InstrumentTexts = {
        guard let text = DataFiles.text(named: "instrument-nn.json"),
            let texts = try? InstrumentTexts(json: JSONValue.parse(text.utf8)),
            texts.format == "kfl-instrument-texts", texts.language == Language.nynorsk.rawValue
        else { fatalError("data/instrument-nn.json is missing or invalid in this build") }
        return texts
    }()

    /// The texts to read names from now: nil in bokmål (the stored texts are bokmål).
    static var current: InstrumentTexts? { Language.current == .nynorsk ? nynorsk : nil }
}
