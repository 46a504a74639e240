import Foundation
import KFLImport
import KFLTestSupport
import Testing

/// Imports synthetic counties full of small groups through the real pipeline
/// and audits the stored snapshot only: nothing small is shown, nothing hidden
/// can be worked out from what is shown.
@Suite struct SnapshotPrivacyTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    struct TruthKey: Hashable {
        let round: Int
        let factor: String
        let slot: Slot
    }

    /// The audit of one imported county.
    struct Audit {
        var tables = 0
        var suppressed = 0
        var unknownGenderSlots = 0
        var checkedRelations = 0
        var disclosed: [String] = []
        var derivableLargeUnknown = 0
        var small: [String] = []
        var wrong: [String] = []
        /// Small hidden cells whose mean an attacker narrows below the protected width, or whose n is pinned.
        var narrowed: [String] = []
        var pinned: [String] = []
        var intervalsChecked = 0
        /// The narrowest mean bound of a small hidden cell, as a share of the scale.
        var narrowest = 1.0
    }

    func importCounty(_ county: SyntheticCounty, minimumN: Int = 7) throws -> StoredSnapshot {
        let files = try county.writeCSV(to: dir.url)
        let output = dir.url.appendingPathComponent("snapshot.sqlite")
        _ = try Importer.run(files: files, output: output, options: .init(minimumN: minimumN, source: "test"))
        return try StoredSnapshot(path: output.path)
    }

    /// Ground truth from the respondents: per (round, factor id, slot) the count and
    /// the sum of scores, and per (round, group, slot) the respondents of unknown gender.
    func truth(
        _ county: SyntheticCounty, snapshot: StoredSnapshot
    ) throws -> (cells: [TruthKey: (n: Int, sum: Double)], unknownRespondents: [String: Set<Slot>]) {
        let (cells, unknown) = try truthWithSquares(county, snapshot: snapshot)
        return (cells.mapValues { (n: $0.n, sum: $0.sum) }, unknown)
    }

    func truthWithSquares(
        _ county: SyntheticCounty, snapshot: StoredSnapshot
    ) throws
        -> (cells: [TruthKey: (n: Int, sum: Double, squares: Double)], unknownRespondents: [String: Set<Slot>])
    {
        var schoolID: [String: Int] = [:]
        var parent: [Int: Int] = [:]
        for unit in snapshot.units {
            if unit.kind == "skole" { schoolID[unit.code] = unit.id }
            parent[unit.id] = unit.parent
        }
        var cells: [TruthKey: (n: Int, sum: Double, squares: Double)] = [:]
        var unknown: [String: Set<Slot>] = [:]
        for r in county.respondents {
            let school = try #require(schoolID[r.school])
            let municipality = try #require(snapshot.units.first { $0.id == parent[school] })
            #expect(municipality.code == r.municipality, "skole \(r.school) ligger i feil kommune")
            var chain: [Int] = []
            var unit: Int? = school
            while let u = unit {
                chain.append(u)
                unit = parent[u]
            }
            for u in chain {
                for t in Set([r.trinn, 0]) {
                    for g in Set([r.gender, 0]) {
                        let slot = Slot(unit: u, trinn: t, gender: g)
                        if g == 3 { unknown["\(r.round) \(r.group)", default: []].insert(slot) }
                        for (factor, score) in r.scores {
                            let key = TruthKey(round: r.round, factor: factor, slot: slot)
                            cells[key, default: (0, 0, 0)].n += 1
                            cells[key, default: (0, 0, 0)].sum += score
                            cells[key, default: (0, 0, 0)].squares += score * score
                        }
                    }
                }
            }
        }
        return (cells, unknown)
    }

    func audit(_ county: SyntheticCounty, minimumN: Int = 7) throws -> Audit {
        let snapshot = try importCounty(county, minimumN: minimumN)
        #expect(snapshot.minimumN == minimumN)
        let (truth, unknownRespondents) = try truthWithSquares(county, snapshot: snapshot)
        var parent: [Int: Int?] = [:]
        for unit in snapshot.units { parent[unit.id] = unit.parent }
        var audit = Audit()
        var cache: [[Slot]: Set<Slot>] = [:]

        for round in snapshot.rounds {
            for factor in snapshot.factors where SyntheticCounty.factorColumns.contains(factor.id) {
                let checker = DisclosureChecker(
                    parent: parent, trinnLevel: factor.trinnLevel, genderSplit: factor.genderSplit)
                var known: [Slot: (n: Int, sum: Double)] = [:]
                var knownMoments: [Slot: IntervalChecker.Known] = [:]
                var unknown = unknownRespondents["\(round) \(factor.group)"] ?? []
                audit.unknownGenderSlots += unknown.count
                for (key, cell) in snapshot.cells where key.round == round && key.factor == factor.number {
                    if cell.suppressed != 0 {
                        unknown.insert(key.slot)
                        continue
                    }
                    // (a) Nothing published from fewer than min_n.
                    let n = try #require(cell.n), mean = try #require(cell.mean)
                    if n < snapshot.minimumN { audit.small.append("\(round) \(factor.id) \(key.slot): n = \(n)") }
                    known[key.slot] = (n, Double(n) * mean)
                    let sd = cell.sd ?? 0
                    knownMoments[key.slot] = IntervalChecker.Known(
                        n: n, sum: Double(n) * mean, squares: Double(n - 1) * sd * sd + Double(n) * mean * mean)
                    // Published values are the respondents' own.
                    let real = truth[TruthKey(round: round, factor: factor.id, slot: key.slot)]
                    if real?.n != n || abs((real?.sum ?? 0) - Double(n) * mean) > 1e-6 {
                        audit.wrong.append(
                            "\(round) \(factor.id) \(key.slot): lagret n \(n), snitt \(mean); "
                                + "riktig \(String(describing: real))")
                    }
                }
                guard !known.isEmpty || !unknown.isEmpty else { continue }
                audit.tables += 1
                audit.suppressed += unknown.count
                // Every slot with respondents to this factor is stored (or hidden).
                for (key, value) in truth where key.round == round && key.factor == factor.id && value.n > 0 {
                    if known[key.slot] == nil && !unknown.contains(key.slot) { audit.wrong.append("mangler \(key)") }
                }
                // The relations hold on what is published (absent = 0): the model fits the data.
                for relation in checker.relations() {
                    let members = [relation.total] + relation.parts
                    guard members.allSatisfy({ !unknown.contains($0) }) else { continue }
                    let total = known[relation.total] ?? (0, 0)
                    let parts = relation.parts.map { known[$0] ?? (0, 0) }
                    let n = parts.reduce(0) { $0 + $1.n }, sum = parts.reduce(0.0) { $0 + $1.sum }
                    if total.n != 0 || n != 0 { audit.checkedRelations += 1 }
                    if total.n != n || abs(total.sum - sum) > 1e-6 * max(1, abs(sum)) {
                        audit.wrong.append(
                            "\(round) \(factor.id): \(relation.total) = \(total) men delene gir \(n), \(sum)")
                    }
                }
                // (b) No hidden value can be worked out from the published ones.
                let columns = unknown.sorted()
                let disclosed = cache[columns] ?? checker.disclosed(unknown: unknown)
                cache[columns] = disclosed
                for slot in disclosed.sorted() {
                    // A never-stored cell (unknown gender) may be worked out when it is not
                    // small: all − boys − girls then shows a group of at least min_n.
                    if slot.gender == 3, let real = truth[TruthKey(round: round, factor: factor.id, slot: slot)],
                        real.n >= snapshot.minimumN
                    {
                        audit.derivableLargeUnknown += 1
                        continue
                    }
                    audit.disclosed.append("\(round) \(factor.id) \(slot)")
                }
                // (c) No small hidden value can be narrowed below the protected width, nor its n pinned.
                let intervals = IntervalChecker(relations: checker.relations(), scale: factor.scale)
                    .bounds(known: knownMoments, unknown: unknown)
                let wanted = Double(snapshot.protectionPercent) / 100
                for slot in unknown.sorted() {
                    guard let real = truth[TruthKey(round: round, factor: factor.id, slot: slot)], real.n >= 1,
                        real.n < snapshot.minimumN, let bound = intervals[slot]
                    else { continue }
                    audit.intervalsChecked += 1
                    let share =
                        (bound.mean.upperBound - bound.mean.lowerBound)
                        / (factor.scale.upperBound - factor.scale.lowerBound)
                    audit.narrowest = min(audit.narrowest, share)
                    if share < wanted * (1 - 1e-9) { audit.narrowed.append("\(round) \(factor.id) \(slot): \(share)") }
                    if bound.n.lowerBound == bound.n.upperBound {
                        audit.pinned.append("\(round) \(factor.id) \(slot): n = \(real.n)")
                    }
                }
            }
        }
        return audit
    }

    func expectSafe(_ audit: Audit, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            audit.small.isEmpty, "publisert med for få svar: \(audit.small.prefix(10))", sourceLocation: sourceLocation)
        #expect(
            audit.disclosed.isEmpty, "kan regnes ut: \(audit.disclosed.prefix(10)) (\(audit.disclosed.count) i alt)",
            sourceLocation: sourceLocation)
        #expect(audit.wrong.isEmpty, "\(audit.wrong.prefix(10))", sourceLocation: sourceLocation)
        #expect(
            audit.narrowed.isEmpty, "snevres inn: \(audit.narrowed.prefix(10)) (\(audit.narrowed.count) i alt)",
            sourceLocation: sourceLocation)
        #expect(audit.pinned.isEmpty, "n låst: \(audit.pinned.prefix(10))", sourceLocation: sourceLocation)
        // The data really were full of small groups, the relations and intervals were really checked.
        #expect(audit.suppressed > 100, sourceLocation: sourceLocation)
        #expect(audit.checkedRelations > 100, sourceLocation: sourceLocation)
        #expect(audit.intervalsChecked > 100, sourceLocation: sourceLocation)
    }

    @Test(
        "counties of tiny schools: nothing small is published and no hidden cell can be worked out",
        arguments: [1, 2, 3, 4] as [UInt64])
    func noDisclosure(seed: UInt64) throws {
        let audit = try audit(SyntheticCounty(seed: seed, unknownGender: false))
        expectSafe(audit)
        #expect(audit.unknownGenderSlots == 0)
    }

    @Test("with min_n 5 from the snapshot's meta table the same holds")
    func otherMinimumN() throws {
        expectSafe(try audit(SyntheticCounty(seed: 5, unknownGender: false), minimumN: 5))
    }

    @Test("pupils of unknown gender: nothing small is published and a small all − boys − girls cannot be worked out")
    func unknownGender() throws {
        let audit = try audit(SyntheticCounty(seed: 11, unknownGender: true))
        expectSafe(audit)
        #expect(audit.unknownGenderSlots > 20)
        #expect(!audit.disclosed.contains { $0.contains("kjønn 3") })
    }
}
