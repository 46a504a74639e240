import Foundation
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import Testing

/// Change between rounds, the gap between boys and girls and a school against
/// the rest of its kommune, computed from the published cells of a real
/// import, equal the same statistics computed directly over the respondents.
@Suite struct TwoSampleFromRespondentsTests {
    let county: SyntheticCounty
    let reader: SnapshotReader
    let dir: TemporaryDirectory
    /// Scores by (round, school code, trinn, gender, factor id); gender 0 and trinn 0 hold everyone.
    let scores: [Key: [Double]]

    struct Key: Hashable {
        let round: Int, school: String, trinn: Int, gender: Int, factor: String
    }

    init() throws {
        dir = try TemporaryDirectory()
        county = SyntheticCounty(seed: 31, unknownGender: false, municipalities: 22)
        let files = try county.writeCSV(to: dir.url)
        let output = dir.url.appendingPathComponent("snapshot.sqlite")
        _ = try Importer.run(files: files, output: output, options: .init(minimumN: 7, source: "test"))
        reader = try SnapshotReader(path: output.path)
        var scores: [Key: [Double]] = [:]
        for r in county.respondents {
            for (factor, score) in r.scores {
                for trinn in Set([r.trinn, 0]) {
                    for gender in Set([r.gender, 0]) {
                        scores[
                            Key(round: r.round, school: r.school, trinn: trinn, gender: gender, factor: factor),
                            default: []
                        ]
                        .append(score)
                    }
                }
            }
        }
        self.scores = scores
    }

    /// n, mean and sample variance straight from the scores.
    static func direct(_ xs: [Double]) -> (n: Double, mean: Double, variance: Double) {
        let n = Double(xs.count)
        let mean = xs.reduce(0, +) / n
        return (n, mean, xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1))
    }

    /// Welch's interval and the pooled-sd effect size of a − b, from the scores.
    static func expectMatches(_ c: TwoSampleComparison, _ a: [Double], _ b: [Double], _ what: String) {
        let x = direct(a)
        let y = direct(b)
        let va = x.variance / x.n
        let vb = y.variance / y.n
        let df = (va + vb) * (va + vb) / (va * va / (x.n - 1) + vb * vb / (y.n - 1))
        let half = StudentT.quantile975(degreesOfFreedom: df) * (va + vb).squareRoot()
        let pooled = (((x.n - 1) * x.variance + (y.n - 1) * y.variance) / (x.n + y.n - 2)).squareRoot()
        let difference = x.mean - y.mean
        #expect(abs(c.difference - difference) < 1e-9, "\(what)")
        #expect(abs((c.interval?.lowerBound ?? .nan) - (difference - half)) < 1e-9, "\(what)")
        #expect(abs((c.interval?.upperBound ?? .nan) - (difference + half)) < 1e-9, "\(what)")
        #expect(abs((c.effectSize ?? .nan) - difference / pooled) < 1e-9, "\(what)")
        #expect(abs((c.degreesOfFreedom ?? .nan) - df) < 1e-6, "\(what)")
    }

    var schools: [ReportingUnit] { reader.info.tree.units.filter { $0.kind == .school } }

    @Test("the change between rounds on each shown trinn equals Welch over the respondents")
    func changeBetweenRounds() throws {
        var compared = 0
        var withheld = 0
        for school in schools {
            for trinn in [0] + Array(school.trinnRange ?? 1...1) {
                for group in ["elev14", "elev510"] {
                    let selection = ResultsSelection(
                        unitID: school.id, round: 2018, trinn: trinn, groupID: group, gender: .all)
                    for series in try #require(try reader.series(selection, kind: .sameTrinn)).flatMap(\.factors) {
                        let outcome = series.change(from: 2016, to: 2018)
                        let before = series.point(round: 2016)?.unit
                        let after = series.point(round: 2018)?.unit
                        guard let c = outcome.comparison else {
                            withheld += 1
                            #expect(
                                before?.value == nil || after?.value == nil,
                                "only a missing or suppressed cell stops a change")
                            continue
                        }
                        let key = { (round: Int) in
                            Key(round: round, school: school.code, trinn: trinn, gender: 0, factor: series.factor.id)
                        }
                        Self.expectMatches(
                            c, try #require(scores[key(2018)]), try #require(scores[key(2016)]),
                            "\(school.code) \(trinn)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 20 && withheld > 20, "both kinds of cell occur: \(compared) compared, \(withheld) withheld")
    }

    @Test("the same class two trinn later equals Welch over the respondents, and other questionnaires are absent")
    func sameClass() throws {
        var compared = 0
        var otherQuestionnaire = 0
        // Every gender: protection intervals hide many whole-trinn cells of this county of tiny schools.
        for school in schools {
            for trinn in school.trinnRange ?? 1...1 {
                for gender in Gender.allCases {
                    let group = trinn <= 4 ? "elev14" : "elev510"
                    let selection = ResultsSelection(
                        unitID: school.id, round: 2018, trinn: trinn, groupID: group, gender: gender)
                    for series in try #require(try reader.series(selection, kind: .sameClass)).flatMap(\.factors) {
                        let start = try #require(series.point(round: 2016))
                        #expect(start.trinn == trinn - 2)
                        if case .otherQuestionnaire? = start.absence { otherQuestionnaire += 1 }
                        guard let c = series.change(from: 2016, to: 2018).comparison else { continue }
                        let later = try #require(
                            scores[
                                Key(
                                    round: 2018, school: school.code, trinn: trinn, gender: gender.rawValue,
                                    factor: series.factor.id)])
                        let earlier = try #require(
                            scores[
                                Key(
                                    round: 2016, school: school.code, trinn: trinn - 2, gender: gender.rawValue,
                                    factor: series.factor.id)])
                        Self.expectMatches(c, later, earlier, "\(school.code) \(trinn) \(gender)")
                        compared += 1
                    }
                }
            }
        }
        #expect(
            compared > 5 && otherQuestionnaire > 0, "\(compared) compared, \(otherQuestionnaire) across questionnaires")
    }

    @Test("the gap between boys and girls equals Welch over the respondents")
    func genderGap() throws {
        var compared = 0
        for school in schools {
            for group in ["elev14", "elev510"] {
                let selection = ResultsSelection(unitID: school.id, round: 2018, trinn: 0, groupID: group, gender: .all)
                for gap in try #require(try reader.genderGaps(selection)).flatMap(\.factors) {
                    for round in county.rounds {
                        guard let c = gap.gap(round: round).comparison else { continue }
                        let key = { (gender: Int) in
                            Key(round: round, school: school.code, trinn: 0, gender: gender, factor: gap.factor.id)
                        }
                        Self.expectMatches(
                            c, try #require(scores[key(1)]), try #require(scores[key(2)]), "\(school.code) \(round)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 10, "\(compared)")
        let teachers = ResultsSelection(unitID: schools[0].id, round: 2018, trinn: 0, groupID: "laerer", gender: .all)
        #expect(try reader.genderGaps(teachers) == nil, "teachers are not split by gender")
    }

    @Test("a school against the rest of its kommune equals Welch over the other schools' respondents (on its trinn)")
    func restOfMunicipality() throws {
        let tree = reader.info.tree
        var compared = 0
        var withheld = 0
        for school in schools {
            let municipality = try #require(tree.municipality(of: school))
            let others = tree.children(of: municipality).filter { $0.id != school.id }.map(\.code)
            for round in county.rounds {
                for group in ["elev14", "elev510", "laerer"] {
                    let selection = ResultsSelection(
                        unitID: school.id, round: round, trinn: 0, groupID: group, gender: .all)
                    for result in try reader.areaResults(selection).flatMap(\.factors) {
                        // A school lacking some of the group's trinn: the others on the trinn it has.
                        let trinns = result.referenceTrinn.map(Array.init) ?? [0]
                        let rest = others.flatMap { other in
                            trinns.flatMap {
                                scores[Key(round: round, school: other, trinn: $0, gender: 0, factor: result.factor.id)]
                                    ?? []
                            }
                        }
                        switch result.restOfMunicipality {
                        case .value(let value)?:
                            let d = Self.direct(rest)
                            #expect(value.n == rest.count && abs(value.mean - d.mean) < 1e-9)
                            #expect(abs((value.sd ?? .nan) - d.variance.squareRoot()) < 1e-9)
                            #expect(rest.count >= reader.info.minimumN)
                            let own = try #require(
                                scores[
                                    Key(
                                        round: round, school: school.code, trinn: 0, gender: 0, factor: result.factor.id
                                    )])
                            Self.expectMatches(try #require(result.versusRestOfMunicipality), own, rest, school.code)
                            compared += 1
                        case .withheld?:
                            withheld += 1
                            #expect(result.versusRestOfMunicipality == nil)
                        case nil:
                            #expect(
                                result.unit?.value == nil,
                                "a shown school always gets its rest, or the reason it is withheld")
                        }
                    }
                }
            }
        }
        #expect(compared > 5 && withheld > 5, "\(compared) compared, \(withheld) withheld")
    }
}
