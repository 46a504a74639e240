import Foundation
import KFLCore
import KFLImport
import KFLTestSupport
import Testing

/// The geography file `kfl demo --csv` writes reads back as the demo's own geography,
/// so the demo goes through `kfl import --geografi` like any county.
@Suite struct DemoGeographyFileTests {
    /// Writes the generator's geography file and reads it back.
    func roundTrip(_ generator: DemoGenerator) throws -> (text: String, geography: Geography, notices: [String]) {
        let directory = temporaryDirectory("demo-geography")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try generator.writeGeography(to: directory)
        #expect(url.lastPathComponent == "geografi.csv")
        let (geography, notices) = try GeographyFile.read(
            url: url, displayName: "geografi.csv", name: generator.geographyTopName)
        return (try String(contentsOf: url, encoding: .utf8), geography, notices)
    }

    /// The geography without the demo's pupil counts, which the file does not carry.
    func shape(_ geography: Geography) -> [String] {
        ["\(geography.county.number) \(geography.county.name)"]
            + geography.regions.flatMap { region in
                ["\(region.id) \(region.name)"] + region.municipalities.map { "  \($0.number) \($0.name)" }
            }
    }

    @Test("the county demo's file lists Hedmark's kommuner with their regions and reads back as Hedmark")
    func county() throws {
        let (text, geography, notices) = try roundTrip(DemoGenerator(scale: .county))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 23)
        #expect(
            lines.prefix(3) == [
                "kommunenummer;kommune;region;fylke", "0402;Kongsvinger;Glåmdalen;Hedmark",
                "0418;Nord-Odal;Glåmdalen;Hedmark",
            ])
        #expect(lines.last == "0441;Os;Nord-Østerdal;Hedmark")
        #expect(shape(geography) == shape(Geography.hedmark))
        #expect(notices.isEmpty)
    }

    @Test("the national demo's file lists 357 kommuner in 11 fylker and reads back as «Norge»")
    func national() throws {
        let generator = DemoGenerator(scale: .national)
        let (text, geography, notices) = try roundTrip(generator)
        #expect(text.split(separator: "\n").count == 358)
        #expect(text.contains("\n0301;Oslo;;Oslo\n"))
        #expect(shape(geography) == shape(generator.geography))
        #expect(geography.county == Geography.County(number: "00", name: "Norge"))
        #expect(geography.regions.count == 11)
        #expect(notices.isEmpty)
    }

    @Test("the demo snapshot, imported through the geography file, has Hedmark's units")
    func demoSnapshotUnits() throws {
        let tree = try KFLTestSupport.DemoFixture.reader().info.tree
        let above = tree.units.filter { $0.kind != .school }.map { "\($0.kind) \($0.code) \($0.name)" }
        let noSchools: [(code: String, name: String, municipality: String, trinn: ClosedRange<Int>?)] = []
        let hedmark = UnitTree.build(geography: .hedmark, schools: noSchools).units
            .map { "\($0.kind) \($0.code) \($0.name)" }
        #expect(above == hedmark)
    }
}
