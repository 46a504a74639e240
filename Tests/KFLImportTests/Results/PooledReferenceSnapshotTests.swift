import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// On the demo snapshot: an ungdomsskole at «alle trinn» is compared with the county (and its
/// kommune) over 8.–10. trinn, worked out here by hand from the county's trinn cells, in every
/// view that compares; a school with every trinn keeps the all-trinn cells as they are.
@Suite struct PooledReferenceSnapshotTests {
    let reader: SnapshotReader
    let round = 2020

    init() throws { reader = try KFLTestSupport.DemoFixture.reader() }

    var tree: UnitTree { reader.info.tree }

    func school(_ trinn: ClosedRange<Int>) throws -> ReportingUnit {
        try #require(tree.units.first { $0.kind == .school && $0.trinnRange == trinn })
    }

    /// The cells of `unitID` on `trinns`, pooled by the textbook formulas (not `Summary`).
    func handPooled(
        _ unitID: Int, _ trinns: ClosedRange<Int>, factor: Int, gender: Gender = .all
    ) throws
        -> CellValue?
    {
        var cells: [CellValue] = []
        for trinn in trinns {
            let key = CellKey(unitID: unitID, round: round, trinn: trinn, gender: gender, factorNumber: factor)
            guard let value = try reader.result(key)?.value else { return nil }
            cells.append(value)
        }
        let n = cells.reduce(0) { $0 + $1.n }
        let mean = cells.reduce(0.0) { $0 + Double($1.n) * $1.mean } / Double(n)
        let within = cells.reduce(0.0) { $0 + Double($1.n - 1) * pow($1.sd ?? 0, 2) }
        let between = cells.reduce(0.0) { $0 + Double($1.n) * pow($1.mean - mean, 2) }
        return CellValue(n: n, mean: mean, sd: ((within + between) / Double(n - 1)).squareRoot())
    }

    static func close(_ a: CellValue?, _ b: CellValue?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.n == b.n && abs(a.mean - b.mean) < 1e-9 && abs((a.sd ?? 0) - (b.sd ?? 0)) < 1e-9
    }

    @Test("an ungdomsskole's parents are compared with the county's 8.–10. trinn pooled, not its all-trinn cell")
    func ungdomsskole() throws {
        let unit = try school(8...10)
        let selection = ResultsSelection(unitID: unit.id, round: round, trinn: 0, groupID: "foreldre", gender: .all)
        let results = try reader.areaResults(selection).flatMap(\.factors)
        #expect(!results.isEmpty)
        var differs = 0
        for result in results {
            #expect(result.referenceTrinn == 8...10)
            let expected = try handPooled(tree.county.id, 8...10, factor: result.factor.number)
            #expect(Self.close(result.county?.value, expected), "\(result.factor.id)")
            let all = try reader.result(
                CellKey(
                    unitID: tree.county.id, round: round, trinn: 0, gender: .all, factorNumber: result.factor.number))
            if let all = all?.value, let pooled = result.county?.value, abs(all.mean - pooled.mean) > 0.01 {
                differs += 1
            }
            let kommune = try #require(tree.municipality(of: unit))
            let kommunePooled = try handPooled(kommune.id, 8...10, factor: result.factor.number)
            if let kommunePooled {
                #expect(Self.close(result.municipality?.value, kommunePooled))
                if let rest = result.restOfMunicipality?.value, let own = result.unit?.value {
                    #expect(rest.n == kommunePooled.n - own.n)
                }
            } else {
                #expect(result.municipality?.value == nil, "no kommune mark unless every trinn cell is shown")
            }
        }
        #expect(differs > 0, "the age trend moves the reference")
    }

    @Test("the factor detail, the overview's standings and the analysis export use the same pooled county")
    func everyViewAgrees() throws {
        let unit = try school(8...10)
        let factor = try #require(reader.info.instrument.factor(id: "f_stotte"))
        let selection = ResultsSelection(unitID: unit.id, round: round, trinn: 0, groupID: "foreldre", gender: .all)
        let result = try #require(try reader.areaResults(selection).flatMap(\.factors).first { $0.factor == factor })
        let detail = try #require(try reader.factorDetail(factor: factor, selection: selection))
        #expect(detail.byTrinn.first?.result == result)
        #expect(detail.byTrinn.dropFirst().allSatisfy { $0.result.referenceTrinn == nil }, "a trinn is its own cell")
        let standing = try #require(try reader.standings(unitID: unit.id, round: round, factors: [factor]).first)
        #expect(standing.result.county == result.county && standing.result.referenceTrinn == 8...10)
        #expect(standing.series.point(round: round)?.county == result.county)
        let series = try #require(try reader.series(selection, kind: .sameTrinn))
        let followed = try #require(series.flatMap(\.factors).first { $0.factor == factor })
        #expect(followed.point(round: round)?.county == result.county)
    }

    @Test("a school with every trinn of the group keeps the county's all-trinn cell, exactly")
    func wholeRange() throws {
        let unit = try school(1...10)
        let selection = ResultsSelection(unitID: unit.id, round: round, trinn: 0, groupID: "foreldre", gender: .all)
        for result in try reader.areaResults(selection).flatMap(\.factors) {
            #expect(result.referenceTrinn == nil)
            let all = try reader.result(
                CellKey(
                    unitID: tree.county.id, round: round, trinn: 0, gender: .all, factorNumber: result.factor.number))
            #expect(result.county == all)
        }
        let barneskole = try school(1...7)
        let pupils = ResultsSelection(unitID: barneskole.id, round: round, trinn: 0, groupID: "elev14", gender: .all)
        #expect(try reader.areaResults(pupils).flatMap(\.factors).allSatisfy { $0.referenceTrinn == nil })
        let older = ResultsSelection(unitID: barneskole.id, round: round, trinn: 0, groupID: "elev510", gender: .all)
        #expect(try reader.areaResults(older).flatMap(\.factors).allSatisfy { $0.referenceTrinn == 5...7 })
    }
}
