import Foundation
import KFLCore
import KFLImport
import Testing

@Suite("Demo generator: schools and counts")
struct DemoCountsTests {
    @Test func countySchoolsAreSpreadOverAllKommuner() throws {
        let generator = try DemoFixture.shared().generator
        let schools = generator.schools()
        #expect((110...130).contains(schools.count))
        #expect(generator.geography == Geography.hedmark)
        let municipalities = Geography.hedmark.municipalities
        #expect(municipalities.count == 22)
        for municipality in municipalities {
            let own = schools.filter { $0.municipalityNumber == municipality.number }
            #expect(!own.isEmpty, "\(municipality.name) has no school")
            // Every trinn is taught somewhere in the kommune.
            for trinn in 1...10 {
                #expect(own.contains { $0.trinn.contains(trinn) }, "\(municipality.name) lacks \(trinn). trinn")
            }
            #expect(Set(own.map(\.name)).count == own.count, "names unique within \(municipality.name)")
        }
        #expect(Set(schools.map(\.code)).count == schools.count)
        for school in schools {
            #expect(school.code.hasPrefix(school.municipalityNumber + "-"))
            #expect(!school.name.contains(";") && !school.name.contains("\""))
            #expect([1...7, 8...10, 1...10].contains(school.trinn))
            #expect((12...900).contains(school.size), "\(school.name): \(school.size)")
        }
        #expect(schools.contains { $0.name.contains(where: { "æøåÆØÅ".contains($0) }) })
        #expect(schools.filter { $0.size <= 60 }.count >= 10, "small rural schools")
        #expect(schools.filter { (200...500).contains($0.size) }.count >= 15, "town schools")
        #expect(schools.filter { $0.kind == .kombinert }.count >= 8)
        #expect(schools.filter { $0.kind == .ungdomsskole }.count >= 8)
    }

    @Test func regionsOfTheKommunerInTheFilesAreHedmarks() throws {
        let fixture = try DemoFixture.shared()
        let geography = fixture.generator.geography
        #expect(geography.region(ofMunicipality: "0437")?.name == "Nord-Østerdal")
        #expect(geography.region(ofMunicipality: "0403")?.name == "Hedmarken")
        #expect(geography.region(ofMunicipality: "0425")?.name == "Glåmdalen")
        #expect(geography.region(ofMunicipality: "0428")?.name == "Sør-Østerdal")
        for file in fixture.files {
            let numbers = Set(file.rows.map { $0[1] })
            #expect(numbers.count == 22, "\(file.url.lastPathComponent) covers \(numbers.count) kommuner")
            for number in numbers {
                #expect(geography.region(ofMunicipality: number) == Geography.hedmark.region(ofMunicipality: number))
            }
        }
    }

    @Test(arguments: Instrument.builtIn.rounds)
    func respondentCountsAreRealisticForHedmark(round: Int) throws {
        let fixture = try DemoFixture.shared()
        func rows(_ group: String) -> Int { fixture.file(round: round, group: group)?.rows.count ?? 0 }
        // One kontaktlærer assessment for about 95 % of the pupils.
        let pupils = Double(rows("kontaktlaerer")) / 0.95
        #expect((19_000...22_000).contains(pupils), "pupils ≈ \(pupils)")
        let pupilAnswers = Double(rows("elev14") + rows("elev510"))
        #expect((0.86...0.98).contains(pupilAnswers / pupils))
        #expect((0.53...0.72).contains(Double(rows("foreldre")) / pupils))
        #expect((2_000...2_800).contains(rows("laerer")))
        #expect((150...260).contains(rows("skoleleder")))
        #expect(rows("elev510") > rows("elev14"))
    }

    @Test func everySchoolHasTeachersAndLeaders() throws {
        let fixture = try DemoFixture.shared()
        for round in Instrument.builtIn.rounds {
            let teachers = try #require(fixture.file(round: round, group: "laerer"))
            let leaders = try #require(fixture.file(round: round, group: "skoleleder"))
            for school in fixture.generator.schools() {
                let t = teachers.rows.filter { $0[2] == school.code }.count
                let l = leaders.rows.filter { $0[2] == school.code }.count
                #expect(t >= 3 && (1...4).contains(l), "\(school.code) \(round): \(t) teachers, \(l) leaders")
            }
        }
    }

    @Test func nationalScaleHasNorwaysShape() {
        let generator = DemoGenerator(scale: .national)
        let geography = generator.geography
        #expect(geography.county.name == "Norge")
        #expect(geography.regions.count == 11)
        #expect(geography.regions.map(\.name).contains("Vestfold og Telemark"))
        let municipalities = geography.municipalities
        #expect((350...365).contains(municipalities.count))
        #expect(Set(municipalities.map(\.number)).count == municipalities.count)
        #expect(Set(municipalities.map(\.name)).count == municipalities.count)
        #expect(municipalities.allSatisfy { $0.number.count == 4 && Int($0.number) != nil })
        let pupils = municipalities.reduce(0) { $0 + ($1.pupilsApprox ?? 0) }
        #expect((600_000...660_000).contains(pupils))
        let schools = generator.schools()
        #expect((2_500...2_900).contains(schools.count))
        let schoolPupils = schools.reduce(0) { $0 + $1.size }
        #expect((600_000...660_000).contains(schoolPupils))
        let kommunerWithSchools = Set(schools.map(\.municipalityNumber))
        #expect(kommunerWithSchools.count == municipalities.count)
    }
}
