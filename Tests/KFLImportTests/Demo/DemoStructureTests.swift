import Foundation
import KFLCore
import KFLImport
import Testing

@Suite("Demo generator: believable structure")
struct DemoStructureTests {
    /// School × factor differences from the county mean in 2016, in county sd.
    static func effects(_ fixture: DemoFixture, minimumN: Int = 20) -> [(factor: String, school: String, d: Double)] {
        var result: [(String, String, Double)] = []
        for file in fixture.files where file.round == 2016 {
            for factor in file.factors {
                let scores = file.scores(factor.id)
                let county = meanAndSD(scores.map(\.value))
                for (school, values) in bySchool(scores) where values.count >= minimumN {
                    result.append((factor.id, school, (meanAndSD(values).mean - county.mean) / county.sd))
                }
            }
        }
        return result
    }

    @Test func someSchoolsAreClearlyAboveOrBelowTheCountyMostAreNot() throws {
        let effects = Self.effects(try DemoFixture.shared())
        #expect(effects.contains { $0.d >= 0.4 }, "a school clearly above the county")
        #expect(effects.contains { $0.d <= -0.4 }, "a school clearly below the county")
        let clear = effects.filter { abs($0.d) >= 0.2 }.count
        let share = Double(clear) / Double(effects.count)
        #expect(share > 0.05 && share < 0.5, "share of school × factor with |d| ≥ 0.2: \(share)")
    }

    @Test func boysAreRatedLowerOnMotivationByTheirContactTeacher() throws {
        let file = try #require(try DemoFixture.shared().file(round: 2016, group: "kontaktlaerer"))
        let scores = file.scores("kl_motivasjon")
        let all = meanAndSD(scores.map(\.value))
        let boys = meanAndSD(scores.filter { $0.boy == true }.map(\.value)).mean
        let girls = meanAndSD(scores.filter { $0.boy == false }.map(\.value)).mean
        #expect((girls - boys) / all.sd >= 0.15, "girls \(girls), boys \(boys)")
        let uro = try #require(try DemoFixture.shared().file(round: 2016, group: "elev510")).scores("e510_utagering")
        let boysUro = meanAndSD(uro.filter { $0.boy == true }.map(\.value)).mean
        let girlsUro = meanAndSD(uro.filter { $0.boy == false }.map(\.value)).mean
        #expect(boysUro > girlsUro)
    }

    @Test func someSchoolImprovesFrom2016To2020() throws {
        let fixture = try DemoFixture.shared()
        var improved: [String] = []
        var declined: [String] = []
        for group in ["elev510", "kontaktlaerer", "laerer", "foreldre"] {
            let early = try #require(fixture.file(round: 2016, group: group))
            let late = try #require(fixture.file(round: 2020, group: group))
            for factor in early.factors {
                let before = early.scores(factor.id)
                let sd = meanAndSD(before.map(\.value)).sd
                let after = Dictionary(
                    uniqueKeysWithValues: bySchool(late.scores(factor.id)).map { ($0.school, $0.values) })
                for (school, values) in bySchool(before) where values.count >= 20 {
                    guard let later = after[school], later.count >= 20 else { continue }
                    let change = (meanAndSD(later).mean - meanAndSD(values).mean) / sd
                    // "Rising" means getting better: a falling mobbing score is an improvement.
                    let better = factor.direction == .higherIsBetter ? change : -change
                    if better > 0.2 { improved.append("\(school) \(factor.id)") }
                    if better < -0.2 { declined.append("\(school) \(factor.id)") }
                }
            }
        }
        #expect(!improved.isEmpty)
        #expect(!declined.isEmpty)
    }

    @Test func relatedFactorsGoTogetherAndBullyingIsSkewedLow() throws {
        let file = try #require(try DemoFixture.shared().file(round: 2016, group: "elev510"))
        let columns = ["e510_trivsel", "e510_fellesskap", "e510_mobbet", "e510_uro"].compactMap { id in
            file.factors.firstIndex { $0.id == id }
        }
        try #require(columns.count == 4)
        let rows = file.rows.indices.compactMap { r -> [Double]? in
            let values = columns.map { file.values[$0][r] }
            return values.contains(where: \.isNaN) ? nil : values
        }
        func correlation(_ a: Int, _ b: Int) -> Double {
            let x = meanAndSD(rows.map { $0[a] }), y = meanAndSD(rows.map { $0[b] })
            let covariance = rows.reduce(0) { $0 + ($1[a] - x.mean) * ($1[b] - y.mean) } / Double(rows.count)
            return covariance / (x.sd * y.sd)
        }
        #expect(correlation(0, 1) > 0.3, "trivsel and fellesskap go together")
        #expect(correlation(0, 2) < -0.1, "well-being goes against being bullied")
        let bullied = rows.map { $0[2] }
        let never = Double(bullied.filter { $0 == 1 }.count) / Double(bullied.count)
        #expect(never > 0.3, "most pupils are never bullied: \(never)")
        #expect(meanAndSD(bullied).mean < 1.6)
    }
}
