import Foundation
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import Testing

/// Shares through the real import, checked against the respondents and audited
/// from the stored snapshot alone (SQL, not the reader): shown band counts and shown
/// splits are the true counts, no shown share is one of everyone or all but one or two,
/// no shown band holds 1 or 2 or all but 1 or 2, no hidden unfavourable count can be
/// worked out or pinned, and no hidden band count of a cell showing no share can be; a
/// cell showing its split may have a band worked out only to a value it could show.
@Suite struct SharePrivacyTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    struct Audit {
        var shownCells = 0
        var splitCells = 0
        var hiddenShares = 0
        var wrong: [String] = []
        var breaksGroupRule: [String] = []
        /// Cells whose true share is everyone / no one / all but one or two (never shown).
        var extremeTruths = 0
        var derivable: [String] = []
        var narrowed: [String] = []
        var checkedUnknowns = 0
        /// What `kfl check --personvern`'s audit finds about shares in the same file.
        var auditFindings: [String] = []
    }

    /// The band of a score, counted from the instrument's edges here, not by `ShareBands`.
    static func band(of score: Double, edges: [Double]) -> Int {
        edges.dropFirst().dropLast().filter { score >= $0 }.count
    }

    func audit(_ county: SyntheticCounty) throws -> Audit {
        let files = try county.writeCSV(to: dir.url)
        let output = dir.url.appendingPathComponent("snapshot.sqlite")
        _ = try Importer.run(files: files, output: output, options: .init(minimumN: 7, source: "test"))
        let snapshot = try StoredSnapshot(path: output.path)
        var schoolID: [String: Int] = [:]
        var parent: [Int: Int?] = [:]
        for unit in snapshot.units {
            if unit.kind == "skole" { schoolID[unit.code] = unit.id }
            parent[unit.id] = unit.parent
        }
        // Truth: per (round, factor id, slot) the respondents per band.
        var truth: [String: [Slot: [Int]]] = [:]
        for r in county.respondents {
            var chain: [Int] = []
            let school = try #require(schoolID[r.school] as Int?)
            var unit: Int? = school
            while let u = unit {
                chain.append(u)
                unit = parent[u] ?? nil
            }
            for (factorID, score) in r.scores {
                let shares = try #require(Instrument.builtIn.factor(id: factorID)?.shares)
                let band = Self.band(of: score, edges: shares.edges)
                for u in chain {
                    for t in Set([r.trinn, 0]) {
                        for g in Set([r.gender, 0]) {
                            let slot = Slot(unit: u, trinn: t, gender: g)
                            truth["\(r.round) \(factorID)", default: [:]][slot, default: [0, 0, 0, 0]][band] += 1
                        }
                    }
                }
            }
        }
        var audit = Audit()
        let report = PrivacyAudit.run([try AuditSnapshotLoader.load(path: output.path)])
        for finding in report.findings {
            switch finding.problem {
            case .shareShownExtreme, .shareDerivable, .shareNarrowed: audit.auditFindings.append(finding.place)
            default: break
            }
        }
        for round in snapshot.rounds {
            for factor in snapshot.factors where SyntheticCounty.factorColumns.contains(factor.id) {
                let definition = try #require(Instrument.builtIn.factor(id: factor.id))
                let shares = try #require(definition.shares)
                let count = shares.bandCount
                let unfavourable = (0..<count).map { b in
                    definition.direction == .higherIsBetter
                        ? shares.edges[b + 1] <= shares.threshold
                        : shares.edges[b] >= shares.threshold
                }
                let real = truth["\(round) \(factor.id)"] ?? [:]
                for (slot, bands) in real where slot.gender != 3 {
                    let n = bands.reduce(0, +)
                    let u = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                    if n >= 7 && (u <= 2 || n - u <= 2) { audit.extremeTruths += 1 }
                }
                var known: [Slot: BandIntervals.Known] = [:]
                for (key, cell) in snapshot.cells where key.round == round && key.factor == factor.number {
                    let trueBands = Array((real[key.slot] ?? [0, 0, 0, 0]).prefix(count))
                    if let bands = cell.bands {
                        audit.shownCells += 1
                        if bands != trueBands { audit.wrong.append("\(round) \(factor.id) \(key.slot): \(bands)") }
                        let n = bands.reduce(0, +)
                        let u = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                        let bandBad = bands.contains { $0 == 1 || $0 == 2 || ($0 > 0 && n - $0 <= 2) }
                        if u <= 2 || n - u <= 2 || bandBad || cell.n != n {
                            audit.breaksGroupRule.append("\(round) \(factor.id) \(key.slot): \(bands)")
                        }
                    } else if let u = cell.unfavourable {
                        audit.splitCells += 1
                        let trueU = zip(trueBands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                        if u != trueU { audit.wrong.append("\(round) \(factor.id) \(key.slot): andel \(u)") }
                        if u <= 2 || (cell.n ?? 0) - u <= 2 {
                            audit.breaksGroupRule.append("\(round) \(factor.id) \(key.slot): andel \(u)")
                        }
                    } else {
                        audit.hiddenShares += 1
                    }
                    known[key.slot] = BandIntervals.Known(n: cell.n, bands: cell.bands, unfavourable: cell.unfavourable)
                }
                // Unknown: every stored cell without bands, and the never-stored slots of unknown gender.
                var unknown = Set(known.filter { $0.value.bands == nil }.keys)
                for slot in real.keys where slot.gender == 3 { unknown.insert(slot) }
                let checker = DisclosureChecker(
                    parent: parent, trinnLevel: factor.trinnLevel, genderSplit: factor.genderSplit)
                // (a) Per band and for the unfavourable count: nothing hidden is determined by the
                // relations (a band determined at 0 says no more than an empty total does).
                let determined = checker.disclosed(unknown: unknown)
                for slot in determined.sorted() where slot.gender != 3 {
                    let bands = Array((real[slot] ?? [0, 0, 0, 0]).prefix(count))
                    let n = bands.reduce(0, +)
                    // A cell showing its split may have its bands worked out only to values it could show.
                    let split = known[slot]?.unfavourable != nil
                    if split
                        ? !bands.allSatisfy({ ShareDisclosure.isShowable(band: $0, n: n) })
                        : bands.contains(where: { $0 > 0 })
                    {
                        audit.derivable.append("\(round) \(factor.id) \(slot): \(bands)")
                    }
                }
                // (b) Bounds with the cells' bands tied to their shown n.
                let bounds = BandIntervals(relations: checker.relations(), bandCount: count, unfavourable: unfavourable)
                    .bounds(known: known, unknown: unknown)
                for slot in unknown.sorted() where slot.gender != 3 {
                    guard let bound = bounds[slot] else { continue }
                    audit.checkedUnknowns += 1
                    let bands = Array((real[slot] ?? [0, 0, 0, 0]).prefix(count))
                    let nHigh = bound.n.upperBound
                    let split = known[slot]?.unfavourable != nil
                    for (b, range) in bound.bands.enumerated() {
                        let pinned = !split && range.lowerBound == range.upperBound && bands[b] > 0
                        let small = range.lowerBound >= 1 && range.upperBound <= 2
                        let allBut = range.lowerBound >= 1 && nHigh - range.lowerBound <= 2
                        if pinned || small || allBut {
                            audit.narrowed.append("\(round) \(factor.id) \(slot) bånd \(b + 1): \(range)")
                        }
                    }
                    let u = bound.unfavourable
                    if !split,
                        u.lowerBound == u.upperBound || (u.upperBound <= 2 && nHigh > 2)
                            || (u.lowerBound >= 1 && nHigh - u.lowerBound <= 2)
                    {
                        audit.narrowed.append("\(round) \(factor.id) \(slot) andel: \(u) av høyst \(nHigh)")
                    }
                }
            }
        }
        return audit
    }

    @Test(
        "shown bands are the respondents' own, never a share of all or all but 1–2; hidden ones stay open",
        arguments: [(1, false), (2, false), (11, true)] as [(UInt64, Bool)])
    func shares(seed: UInt64, unknownGender: Bool) throws {
        let audit = try audit(SyntheticCounty(seed: seed, unknownGender: unknownGender))
        #expect(audit.wrong.isEmpty, "\(audit.wrong.prefix(10))")
        #expect(audit.breaksGroupRule.isEmpty, "\(audit.breaksGroupRule.prefix(10))")
        #expect(audit.derivable.isEmpty, "\(audit.derivable.prefix(10)) (\(audit.derivable.count) i alt)")
        #expect(audit.narrowed.isEmpty, "\(audit.narrowed.prefix(10)) (\(audit.narrowed.count) i alt)")
        #expect(audit.auditFindings.isEmpty, "\(audit.auditFindings.prefix(10))")
        // The data had shares to show, shares to hide and extreme groups to keep hidden.
        #expect(audit.shownCells > 20)
        #expect(audit.splitCells > 20)
        #expect(audit.hiddenShares > 100)
        #expect(audit.extremeTruths > 10)
        #expect(audit.checkedUnknowns > 100)
    }
}

/// Bounds on hidden band counts, written apart from the import's `BandBounds`:
/// per band and for n, totals are sums of parts (an absent slot holds 0); a
/// cell's bands add up to its n; all counts are whole and ≥ 0. Propagated until
/// nothing moves.
struct BandIntervals {
    struct Bound {
        var n: ClosedRange<Int>
        var bands: [ClosedRange<Int>]
        var unfavourable: ClosedRange<Int>
    }

    /// What a stored cell shows: n beside a shown mean, its bands, or its unfavourable count alone.
    struct Known {
        var n: Int?
        var bands: [Int]?
        var unfavourable: Int?
    }

    let relations: [(total: Slot, parts: [Slot])]
    let bandCount: Int
    let unfavourable: [Bool]

    func bounds(known: [Slot: Known], unknown: Set<Slot>) -> [Slot: Bound] {
        // Quantity 0 is n, 1…bandCount the bands.
        let big = 1_000_000
        var low: [Slot: [Int]] = [:], high: [Slot: [Int]] = [:]
        for slot in unknown {
            low[slot] = [slot.gender == 3 ? 0 : 1] + Array(repeating: 0, count: bandCount)
            high[slot] = Array(repeating: big, count: bandCount + 1)
            if let n = known[slot]?.n {
                low[slot]![0] = n
                high[slot]![0] = n
            }
        }
        func value(_ slot: Slot, _ q: Int) -> (Int, Int) {
            if let l = low[slot], let h = high[slot] { return (l[q], h[q]) }
            guard let cell = known[slot] else { return (0, 0) }
            let v = q == 0 ? (cell.n ?? 0) : (cell.bands?[q - 1] ?? 0)
            return (v, v)
        }
        var changed = true
        var sweeps = 0
        while changed && sweeps < 200 {
            changed = false
            sweeps += 1
            for relation in relations {
                let members = [relation.total] + relation.parts
                guard members.contains(where: unknown.contains) else { continue }
                for q in 0...bandCount {
                    let parts = relation.parts.map { value($0, q) }
                    let total = value(relation.total, q)
                    let partsLow = parts.reduce(0) { $0 + $1.0 }, partsHigh = parts.reduce(0) { $0 + min($1.1, big) }
                    if unknown.contains(relation.total) {
                        changed = tighten(&low, &high, relation.total, q, partsLow, partsHigh) || changed
                    }
                    for (i, part) in relation.parts.enumerated() where unknown.contains(part) {
                        let othersLow = partsLow - parts[i].0, othersHigh = partsHigh - min(parts[i].1, big)
                        changed = tighten(&low, &high, part, q, total.0 - othersHigh, total.1 - othersLow) || changed
                    }
                }
            }
            for slot in unknown {
                let n = value(slot, 0)
                let bands = (1...bandCount).map { value(slot, $0) }
                let sumLow = bands.reduce(0) { $0 + $1.0 }, sumHigh = bands.reduce(0) { $0 + min($1.1, big) }
                changed = tighten(&low, &high, slot, 0, sumLow, sumHigh) || changed
                for b in 0..<bandCount {
                    let othersLow = sumLow - bands[b].0, othersHigh = sumHigh - min(bands[b].1, big)
                    changed = tighten(&low, &high, slot, b + 1, n.0 - othersHigh, n.1 - othersLow) || changed
                }
                // A shown split: the unfavourable bands add up to c, the others to n − c.
                guard let c = known[slot]?.unfavourable, let cellN = known[slot]?.n else { continue }
                for side in [true, false] {
                    let members = (0..<bandCount).filter { unfavourable[$0] == side }
                    let target = side ? c : cellN - c
                    let sideLow = members.reduce(0) { $0 + bands[$1].0 }
                    let sideHigh = members.reduce(0) { $0 + min(bands[$1].1, big) }
                    for b in members {
                        let othersLow = sideLow - bands[b].0, othersHigh = sideHigh - min(bands[b].1, big)
                        changed = tighten(&low, &high, slot, b + 1, target - othersHigh, target - othersLow) || changed
                    }
                }
            }
        }
        var out: [Slot: Bound] = [:]
        for slot in unknown {
            let l = low[slot]!, h = high[slot]!
            let bands = (1...bandCount).map { l[$0]...max(l[$0], h[$0]) }
            let uLow = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0.lowerBound : 0) }
            var uHigh = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? $1.0.upperBound : 0) }
            let favourableLow = zip(bands, unfavourable).reduce(0) { $0 + ($1.1 ? 0 : $1.0.lowerBound) }
            uHigh = min(uHigh, h[0] - favourableLow)
            out[slot] = Bound(n: l[0]...max(l[0], h[0]), bands: bands, unfavourable: uLow...max(uLow, uHigh))
        }
        return out
    }

    private func tighten(
        _ low: inout [Slot: [Int]], _ high: inout [Slot: [Int]], _ slot: Slot, _ q: Int, _ l: Int, _ h: Int
    ) -> Bool {
        var changed = false
        if l > low[slot]![q] {
            low[slot]![q] = l
            changed = true
        }
        if h < high[slot]![q] {
            high[slot]![q] = h
            changed = true
        }
        return changed
    }
}
