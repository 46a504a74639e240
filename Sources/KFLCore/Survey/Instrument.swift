#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which way a factor is better. Colour and wording follow it everywhere.
public enum Direction: String, Codable, Sendable, Hashable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
}

/// The finest unit a factor is reported on: per trinn, or for the whole school only
/// (teachers and school leaders answer about the school, not a trinn).
public enum ReportingLevel: String, Codable, Sendable, Hashable {
    case trinn
    case school = "skole"
}

/// One factor: a scale score built from several questions.
///
/// Names and descriptions are stored as written in the instrument (bokmål in kfl's
/// own) and read in the current language: nynorsk comes from kfl's built-in
/// texts by id (`InstrumentTexts`), so a snapshot made in bokmål reads in nynorsk
/// too. An id kfl does not know keeps its stored text.
public struct Factor: Encodable, Sendable, Hashable, Identifiable {
    public let id: String
    public let storedName: String
    public let questions: Int
    public let direction: Direction
    public let storedDescription: String
    public let scale: ClosedRange<Double>
    public let level: ReportingLevel
    /// Bands of the scale and the unfavourable share; nil in snapshots made before shares.
    public let shares: ShareBands?
    /// Position of the factor in the instrument (0-based); the snapshot's factor number.
    public internal(set) var number: Int = 0
    public internal(set) var groupID: String = ""
    public internal(set) var storedAreaName: String = ""

    public var name: String { InstrumentTexts.current?.factors[id]?.name ?? storedName }
    public var description: String { InstrumentTexts.current?.factors[id]?.description ?? storedDescription }
    public var areaName: String { InstrumentTexts.current?.areas[storedAreaName] ?? storedAreaName }
    /// The label of the unfavourable share ("andel med lav trivsel"), in the current language.
    public var shareLabel: String? {
        InstrumentTexts.current?.factors[id]?.shareLabel ?? shares?.storedLabel
    }

    enum CodingKeys: String, CodingKey { case id, name, questions, direction, description, scale, level, shares }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(storedName, forKey: .name)
        try c.encode(questions, forKey: .questions)
        try c.encode(direction, forKey: .direction)
        try c.encode(storedDescription, forKey: .description)
        try c.encode([scale.lowerBound, scale.upperBound], forKey: .scale)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(shares, forKey: .shares)
    }

    /// True when `a` is a better result than `b` on this factor.
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        direction == .higherIsBetter ? a > b : a < b
    }
}

/// A group of factors that belong together (område).
public struct Area: Encodable, Sendable, Hashable {
    public let storedName: String
    public let questions: Int
    public internal(set) var factors: [Factor]

    public var name: String { InstrumentTexts.current?.areas[storedName] ?? storedName }

    enum CodingKeys: String, CodingKey {
        case storedName = "name"
        case questions, factors
    }
}

/// One respondent group (elever 1–4, elever 5–10, kontaktlærer, lærere, foreldre, skoleledere).
public struct RespondentGroup: Encodable, Sendable, Hashable, Identifiable {
    public let id: String
    public let storedName: String
    public let storedShortName: String
    public let level: ReportingLevel
    /// The trinn the group answers for; nil for school-level groups.
    public let trinn: [Int]?
    /// Whether results are split by (the pupil's) gender.
    public let genderSplit: Bool
    public internal(set) var areas: [Area]
    /// All factors of the group in order (kept, not recomputed: hot in the import).
    public internal(set) var factors: [Factor] = []
    /// Each factor's share bands, in the same order (hot in the import too).
    public internal(set) var shareBands: [ShareBands?] = []

    enum CodingKeys: String, CodingKey {
        case id, level, trinn, genderSplit, areas
        case storedName = "name"
        case storedShortName = "shortName"
    }

    public var name: String { InstrumentTexts.current?.groups[id]?.name ?? storedName }
    public var shortName: String { InstrumentTexts.current?.groups[id]?.shortName ?? storedShortName }

    /// Every name the group answers to, in both languages (CSV `gruppe`, `--gruppe`).
    public var allNames: [String] {
        let nynorsk = InstrumentTexts.nynorsk.groups[id]
        return [id, storedName, storedShortName] + [nynorsk?.name, nynorsk?.shortName].compactMap { $0 }
    }

    public var trinnRange: ClosedRange<Int>? {
        guard let trinn, trinn.count == 2 else { return nil }
        return trinn[0]...trinn[1]
    }
}

/// The survey instrument: respondent groups, areas and factors. Loaded from
/// `data/instrument.json`; stored inside every snapshot.
public struct Instrument: Encodable, Sendable, Hashable {
    public let storedName: String
    public let storedNote: String
    public let version: Int
    public let rounds: [Int]
    public private(set) var groups: [RespondentGroup]
    /// All factors in instrument order; `factors[i].number == i`.
    public private(set) var factors: [Factor] = []
    /// The themes as the JSON declares them; nil in snapshots made before themes existed.
    let declaredThemes: [SurveyTheme]?

    enum CodingKeys: String, CodingKey {
        case version, rounds, groups
        case storedName = "name"
        case storedNote = "note"
        case declaredThemes = "themes"
    }

    public var name: String { InstrumentTexts.current?.name ?? storedName }
    public var note: String { InstrumentTexts.current?.instrumentNote ?? storedNote }

    /// The themes that tie factors across respondent groups, each with only
    /// the factors this instrument has (themes left empty are dropped). An
    /// instrument without themes (an older snapshot's) gets the built-in ones.
    public var themes: [SurveyTheme] {
        let known = Set(factors.map(\.id))
        return (declaredThemes ?? Self.builtIn.declaredThemes ?? []).compactMap { theme in
            let factors = theme.factors.filter(known.contains)
            guard !factors.isEmpty else { return nil }
            return SurveyTheme(
                id: theme.id, name: theme.storedName, description: theme.storedDescription, factors: factors)
        }
    }

    /// The themes a factor belongs to, in the instrument's order.
    public func themes(containing factorID: String) -> [SurveyTheme] {
        themes.filter { $0.factors.contains(factorID) }
    }

    /// A theme's factors in instrument order.
    public func factors(of theme: SurveyTheme) -> [Factor] {
        factors.filter { theme.factors.contains($0.id) }
    }

    /// Decodes an instrument (`data/instrument.json`, a snapshot's `meta.instrument`)
    /// and numbers its factors.
    /// - Throws: `JSONValue.ParseError` or `JSONValue.DecodeError` when the JSON does not describe an instrument.
    public static func decode(_ data: some Collection<UInt8>) throws -> Instrument {
        var instrument = try Instrument(json: try JSONValue.parse(data), path: "instrument")
        var number = 0
        for g in instrument.groups.indices {
            for a in instrument.groups[g].areas.indices {
                for f in instrument.groups[g].areas[a].factors.indices {
                    instrument.groups[g].areas[a].factors[f].number = number
                    instrument.groups[g].areas[a].factors[f].groupID = instrument.groups[g].id
                    instrument.groups[g].areas[a].factors[f].storedAreaName = instrument.groups[g].areas[a].storedName
                    number += 1
                }
            }
            instrument.groups[g].factors = instrument.groups[g].areas.flatMap(\.factors)
            instrument.groups[g].shareBands = instrument.groups[g].factors.map(\.shares)
        }
        instrument.factors = instrument.groups.flatMap(\.factors)
        return instrument
    }

    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        version = try members.int("version")
        rounds = try members.ints("rounds")
        groups = try members.array("groups", RespondentGroup.init(json:path:))
        storedName = try members.string("name")
        storedNote = try members.string("note")
        declaredThemes = try members.optionalArray("themes", SurveyTheme.init(json:path:))
    }

    /// The instrument shipped with kfl (`data/instrument.json`).
    public static let builtIn: Instrument = {
        guard let text = DataFiles.text(named: "instrument.json"),
            let instrument = try? decode(text.utf8)
        else { fatalError("data/instrument.json is missing or invalid in this build") }
        return instrument
    }()

    public func group(id: String) -> RespondentGroup? { groups.first { $0.id == id } }
    public func factor(id: String) -> Factor? { factors.first { $0.id == id } }
    public func group(of factor: Factor) -> RespondentGroup? { group(id: factor.groupID) }

    /// Canonical JSON, as stored in snapshots.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
