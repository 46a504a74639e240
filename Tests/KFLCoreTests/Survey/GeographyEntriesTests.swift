import KFLCore
import Testing

/// A geography built from a geography file's lines: one fylke with its regions,
/// or several fylker under one top.
@Suite struct GeographyEntriesTests {
    static func entry(_ number: String, _ name: String, _ region: String, _ county: String) -> Geography.Entry {
        Geography.Entry(number: number, name: name, region: region, county: county)
    }

    @Test("Hedmark's kommuner as lines give back the built-in Hedmark, ids and order included")
    func hedmarkRoundTrip() {
        let hedmark = Geography.hedmark
        let entries = hedmark.regions.flatMap { region in
            region.municipalities.map { Self.entry($0.number, $0.name, region.name, "Hedmark") }
        }
        let geography = Geography(entries: entries)
        #expect(geography.county == hedmark.county)
        #expect(geography.regions.map(\.id) == ["glamdalen", "hedmarken", "sor-osterdal", "nord-osterdal"])
        #expect(geography.regions.map(\.id) == hedmark.regions.map(\.id))
        #expect(geography.regions.map(\.name) == hedmark.regions.map(\.name))
        #expect(geography.municipalities.map(\.number) == hedmark.municipalities.map(\.number))
        #expect(geography.municipalities.map(\.name) == hedmark.municipalities.map(\.name))
    }

    @Test("one fylke: the fylke is the top, its code the kommunenummer prefix, regions in order of first appearance")
    func oneCounty() {
        let geography = Geography(entries: [
            Self.entry("3401", "Kongsvinger", "Glåmdalen", "Innlandet"),
            Self.entry("3403", "Hamar", "Hamarregionen", "Innlandet"),
            Self.entry("3415", "Sør-Odal", "Glåmdalen", "Innlandet"),
        ])
        #expect(geography.county == Geography.County(number: "34", name: "Innlandet"))
        #expect(geography.regions.map(\.name) == ["Glåmdalen", "Hamarregionen"])
        #expect(geography.regions[0].municipalities.map(\.name) == ["Kongsvinger", "Sør-Odal"])
    }

    @Test("one fylke without regions is its own only region")
    func countyWithoutRegions() {
        let geography = Geography(entries: [
            Self.entry("4601", "Bergen", "", "Vestland"),
            Self.entry("4602", "Kinn", "", "Vestland"),
        ])
        #expect(geography.county.name == "Vestland")
        #expect(geography.regions.map(\.name) == ["Vestland"])
        #expect(geography.regions[0].municipalities.count == 2)
    }

    @Test("kommuner of a fylke with mixed prefixes give the fylke's identifier as code")
    func mixedPrefixes() {
        let geography = Geography(entries: [
            Self.entry("0402", "Kongsvinger", "", "Gamle Innlandet"),
            Self.entry("0501", "Lillehammer", "", "Gamle Innlandet"),
        ])
        #expect(geography.county.number == "gamle-innlandet")
    }

    @Test("several fylker: the fylker are the level under a top named by them (or by --navn)")
    func severalCounties() {
        let entries = [
            Self.entry("3401", "Kongsvinger", "Glåmdalen", "Innlandet"),
            Self.entry("3001", "Halden", "", "Viken"),
            Self.entry("3419", "Våler", "Glåmdalen", "Innlandet"),
            Self.entry("3018", "Våler", "", "Viken"),
        ]
        let geography = Geography(entries: entries)
        #expect(geography.county == Geography.County(number: "00", name: "Innlandet og Viken"))
        #expect(geography.regions.map(\.name) == ["Innlandet", "Viken"])
        #expect(geography.regions.map(\.id) == ["innlandet", "viken"])
        #expect(geography.regions[0].municipalities.map(\.number) == ["3401", "3419"])
        #expect(geography.regions[1].municipalities.map(\.number) == ["3001", "3018"])
        #expect(Geography(entries: entries, name: "Østlandet").county.name == "Østlandet")
    }

    @Test("more than three fylker are counted in the top's default name")
    func manyCounties() {
        let entries = ["Agder", "Oslo", "Rogaland", "Vestland"].enumerated().map {
            Self.entry("\(10 + $0.offset)01", "K\($0.offset)", "", $0.element)
        }
        #expect(Geography(entries: entries).county.name == "4 fylker")
    }

    @Test(
        "identifiers fold case, accents and Norwegian letters",
        arguments: [
            ("Sør-Østerdal", "sor-osterdal"), ("Møre og Romsdal", "more-og-romsdal"), ("Glåmdalen", "glamdalen"),
            ("  Ærøy  (vest) ", "aeroy-vest"), ("Trøndelag – Trööndelag", "trondelag-troondelag"),
        ])
    func identifiers(name: String, expected: String) {
        #expect(Geography.identifier(for: name) == expected)
    }
}
