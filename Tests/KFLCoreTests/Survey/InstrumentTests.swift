import Foundation
import KFLCore
import Testing

/// The survey as data: the seed tables' exact factor and question counts, and
/// everything each factor must say about itself.
@Suite struct InstrumentTests {
    /// Group → per area (name, factors, questions), from the seed tables.
    static let seedTables: [String: [(String, Int, Int)]] = [
        "elev14": [
            ("Trivsel", 1, 6), ("Atferd", 1, 2), ("Relasjon til lærer", 1, 7),
            ("Klassen og relasjon til medelever", 1, 8),
        ],
        "elev510": [
            ("Trivsel", 2, 10), ("Atferd", 4, 24), ("Relasjon til lærer", 1, 9),
            ("Klassen og relasjon til medelever", 2, 13),
            ("Undervisning", 5, 21), ("Forventning om mestring", 1, 4),
        ],
        "kontaktlaerer": [
            ("Sosial kompetanse", 3, 30), ("Motivasjon og arbeidsinnsats", 1, 4), ("Skolefaglige prestasjoner", 1, 6),
            ("Fravær", 1, 2),
        ],
        "laerer": [
            ("Miljø i skolen", 4, 16), ("Undervisningen", 3, 13), ("Motivasjon og arbeidsinnsats", 1, 3),
            ("Atferdsproblematikk", 1, 4),
            ("Støtte og kontakt med elevene", 1, 11), ("Læringskultur og relasjon mellom elevene", 1, 11),
        ],
        "foreldre": [
            ("Støtte i skolearbeidet", 1, 10), ("Informasjon fra og samarbeid med skolen", 1, 24),
            ("Kontakt mellom foreldrene i klassen", 1, 7),
        ],
        "skoleleder": [("Pedagogisk ledelse", 1, 9), ("Skolekultur", 2, 19)],
    ]

    @Test("six groups and 42 factors with the seed tables' factor and question counts per area")
    func countsMatchTheSeedTables() {
        let instrument = Instrument.builtIn
        #expect(instrument.groups.map(\.id).sorted() == Self.seedTables.keys.sorted())
        #expect(instrument.factors.count == 42)
        for group in instrument.groups {
            let areas = group.areas.map { ($0.name, $0.factors.count, $0.factors.reduce(0) { $0 + $1.questions }) }
            let expected = Self.seedTables[group.id] ?? []
            #expect(areas.map(\.0) == expected.map(\.0), "\(group.id)")
            #expect(areas.map(\.1) == expected.map(\.1), "\(group.id) factors per area")
            #expect(areas.map(\.2) == expected.map(\.2), "\(group.id) questions per area")
        }
    }

    @Test("every factor has a name, a description, a scale, a direction and a reporting level, numbered in order")
    func everyFactorDescribesItself() {
        let instrument = Instrument.builtIn
        for (index, factor) in instrument.factors.enumerated() {
            #expect(factor.number == index)
            #expect(!factor.name.isEmpty && factor.description.count > 40, "\(factor.id)")
            #expect(factor.scale.lowerBound < factor.scale.upperBound)
            let group = instrument.group(of: factor)
            #expect(group?.level == factor.level, "\(factor.id)")
        }
        let lowerIsBetter = instrument.factors.filter { $0.direction == .lowerIsBetter }.map(\.id)
        #expect(
            lowerIsBetter.contains("e510_mobbet") && lowerIsBetter.contains("kl_fravaer")
                && lowerIsBetter.contains("l_atferd"))
        #expect(instrument.groups.filter { $0.level == .school }.map(\.id).sorted() == ["laerer", "skoleleder"])
    }

    /// Share labels are read beside the factor's name, in `kfl show --andeler` in a column
    /// of 37 characters (a longer label is cut there) and as the heading of the detail view.
    @Test("every share label says what it counts for its group, in 37 characters, on bokmål and nynorsk")
    func shareLabelsSayWhatTheyCount() {
        let instrument = Instrument.builtIn
        for factor in instrument.factors {
            let labels = [Language.bokmal, .nynorsk].map { language in
                Language.$current.withValue(language) { factor.shareLabel ?? "" }
            }
            for label in labels {
                #expect(label.hasPrefix("andel "), "\(factor.id): «\(label)»")
                #expect(label.count <= 37, "\(factor.id): «\(label)» is cut at 37 characters")
            }
            // «Hvor ofte eleven selv bråker …» counts pupils who make the noise, not who suffer it.
            if factor.description.contains(" selv ") {
                #expect(
                    !labels[0].contains("opplever"), "\(factor.id): «\(labels[0])» is about the pupil's own behaviour")
            }
        }
        #expect(
            instrument.factors.first { $0.id == "e510_uro" }?.shareLabel == "andel som selv lager mye uro")
        #expect(
            instrument.factors.first { $0.id == "l_stotte_elever" }?.shareLabel
                == "andel med svak relasjon til elevene")
    }

    @Test("Hedmark: 22 kommuner with their numbers in four regions")
    func geography() {
        let hedmark = Geography.hedmark
        #expect(hedmark.regions.map(\.name) == ["Glåmdalen", "Hedmarken", "Sør-Østerdal", "Nord-Østerdal"])
        #expect(hedmark.municipalities.count == 22)
        #expect(hedmark.municipality(number: "0425")?.name == "Åsnes")
        #expect(hedmark.region(ofMunicipality: "0441")?.name == "Nord-Østerdal")
    }
}

/// Reading an instrument (as stored in every snapshot): what kfl writes reads
/// back the same, and a document that is not an instrument says where.
@Suite struct InstrumentDecodingTests {
    static func storedForm() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: try Instrument.builtIn.jsonData()) as? [String: Any])
    }

    static func decode(_ json: [String: Any]) throws -> Instrument {
        try Instrument.decode(try JSONSerialization.data(withJSONObject: json))
    }

    @Test("the stored form (sorted keys) reads back as the built-in instrument, numbered the same")
    func storedFormReadsBack() throws {
        let read = try Instrument.decode(try Instrument.builtIn.jsonData())
        #expect(read == Instrument.builtIn)
        #expect(read.factors.map(\.number) == Array(0..<42))
        #expect(read.groups.first?.factors.first?.groupID == read.groups.first?.id)
        #expect(try read.jsonData() == Instrument.builtIn.jsonData())
    }

    @Test("a wrong or missing member names its place in the document")
    func problemsNameTheirPlace() throws {
        var json = try Self.storedForm()
        var groups = try #require(json["groups"] as? [[String: Any]])
        var areas = try #require(groups[1]["areas"] as? [[String: Any]])
        var factors = try #require(areas[0]["factors"] as? [[String: Any]])
        let cases: [(String, (inout [String: Any]) -> Void, String)] = [
            ("direction", { $0["direction"] = "sideways" }, "instrument.groups[1].areas[0].factors[0].direction"),
            ("scale", { $0["scale"] = [5, 1] }, "instrument.groups[1].areas[0].factors[0].scale"),
            ("questions", { $0["questions"] = 2.5 }, "instrument.groups[1].areas[0].factors[0].questions"),
            ("id", { $0.removeValue(forKey: "id") }, "instrument.groups[1].areas[0].factors[0].id"),
        ]
        let original = factors[0]
        for (what, change, place) in cases {
            factors[0] = original
            change(&factors[0])
            areas[0]["factors"] = factors
            groups[1]["areas"] = areas
            json["groups"] = groups
            let error = #expect(throws: JSONValue.DecodeError.self, "\(what)") { try Self.decode(json) }
            #expect(error?.description.hasPrefix(place) == true, "\(what): \(error?.description ?? "")")
        }
    }

    @Test("share bands that do not fit the scale are refused; a null trinn reads as none")
    func sharesAndOptionals() throws {
        var json = try Self.storedForm()
        var groups = try #require(json["groups"] as? [[String: Any]])
        groups[0]["trinn"] = NSNull()
        json["groups"] = groups
        #expect(try Self.decode(json).groups[0].trinn == nil)
        var areas = try #require(groups[0]["areas"] as? [[String: Any]])
        var factors = try #require(areas[0]["factors"] as? [[String: Any]])
        var shares = try #require(factors[0]["shares"] as? [String: Any])
        shares["threshold"] = 99.0
        factors[0]["shares"] = shares
        areas[0]["factors"] = factors
        groups[0]["areas"] = areas
        json["groups"] = groups
        let error = #expect(throws: JSONValue.DecodeError.self) { try Self.decode(json) }
        #expect(error?.description.contains("threshold") == true)
    }
}
