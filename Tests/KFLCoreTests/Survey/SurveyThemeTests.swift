import Foundation
import KFLCore
import Testing

/// Themes tie factors across respondent groups: every factor they name
/// exists, each theme hears more than one group, and an instrument stored
/// before themes existed still reads and gets the built-in themes.
@Suite struct SurveyThemeTests {
    static let required = [
        "Uro og atferd", "Relasjon mellom lærer og elev", "Læringskultur", "Tilpasset opplæring",
        "Mobbing og ensomhet", "Samarbeid i personalet", "Hjem og skole", "Motivasjon og mestring",
    ]

    @Test("the issue's eight themes are there, each with a Norwegian description")
    func theEightThemes() {
        let themes = Instrument.builtIn.themes
        for name in Self.required { #expect(themes.contains { $0.name == name }, "\(name)") }
        #expect(Set(themes.map(\.id)).count == themes.count)
        for theme in themes { #expect(theme.description.count > 40, "\(theme.id)") }
    }

    @Test("every factor a theme names exists in the instrument, and every theme hears at least two groups")
    func everyFactorExists() throws {
        let instrument = Instrument.builtIn
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(DataFiles.text(named: "instrument.json")!.utf8))
                as? [String: Any])
        let declared = try #require(json["themes"] as? [[String: Any]])
        #expect(declared.count == instrument.themes.count)
        for theme in declared {
            let factors = try #require(theme["factors"] as? [String])
            for id in factors { #expect(instrument.factor(id: id) != nil, "\(theme["id"]!): \(id)") }
            let groups = Set(factors.compactMap { instrument.factor(id: $0)?.groupID })
            #expect(groups.count >= 2, "\(theme["id"]!)")
        }
    }

    @Test("an instrument without themes (an older snapshot's) decodes and gets the built-in themes")
    func olderInstrumentGetsBuiltInThemes() throws {
        var json = try #require(
            try JSONSerialization.jsonObject(with: try Instrument.builtIn.jsonData()) as? [String: Any])
        #expect(json["themes"] != nil)
        json.removeValue(forKey: "themes")
        let older = try Instrument.decode(try JSONSerialization.data(withJSONObject: json))
        #expect(older.themes == Instrument.builtIn.themes)
        #expect(older.factors == Instrument.builtIn.factors)
    }

    @Test("a theme keeps only the factors an instrument has; a theme left empty is dropped")
    func unknownFactorsAreLeftOut() throws {
        var json = try #require(
            try JSONSerialization.jsonObject(with: try Instrument.builtIn.jsonData()) as? [String: Any])
        json["themes"] = [
            ["id": "a", "name": "A", "description": "d", "factors": ["e510_mobbet", "finnes_ikke"]],
            ["id": "b", "name": "B", "description": "d", "factors": ["finnes_ikke"]],
        ]
        let instrument = try Instrument.decode(try JSONSerialization.data(withJSONObject: json))
        #expect(instrument.themes.map(\.id) == ["a"])
        #expect(instrument.themes.first?.factors == ["e510_mobbet"])
    }

    @Test("a theme's factors come in instrument order, and a factor's themes can be found")
    func orderAndLookup() throws {
        let instrument = Instrument.builtIn
        let theme = try #require(instrument.themes.first { $0.id == "uro_og_atferd" })
        let numbers = instrument.factors(of: theme).map(\.number)
        #expect(numbers == numbers.sorted())
        #expect(instrument.themes(containing: "e510_mobbet").map(\.id) == ["mobbing_og_ensomhet"])
    }
}
