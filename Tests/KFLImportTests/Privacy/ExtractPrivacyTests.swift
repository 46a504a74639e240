import Foundation
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import Testing

/// A snapshot and all its kommune extracts, held together, show nothing the
/// snapshot alone does not: every extract cell is the source's cell, hidden or
/// shown alike, and the files together pass both the independent checkers and
/// the audit anyone can run.
@Suite struct ExtractPrivacyTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// Imports a synthetic county and cuts one extract per kommune (and one school extract).
    func county(seed: UInt64, unknownGender: Bool = true) throws -> (source: String, extracts: [String]) {
        let files = try SyntheticCounty(seed: seed, unknownGender: unknownGender).writeCSV(to: dir.url)
        let source = dir.path("fylke.sqlite")
        _ = try Importer.run(files: files, output: URL(fileURLWithPath: source), options: .init(source: "test"))
        let reader = try SnapshotReader(path: source)
        var extracts: [String] = []
        for kommune in reader.info.tree.units
        where kommune.kind == .municipality && !reader.info.tree.children(of: kommune).isEmpty {
            let path = dir.path("kommune-\(kommune.code).sqlite")
            _ = try SnapshotExtractor.extract(
                from: reader, keep: kommune, sourceName: "fylke.sqlite", to: URL(fileURLWithPath: path))
            extracts.append(path)
        }
        let school = try #require(reader.info.tree.units.first { $0.kind == .school })
        let path = dir.path("skole.sqlite")
        _ = try SnapshotExtractor.extract(
            from: reader, keep: school, sourceName: "fylke.sqlite", to: URL(fileURLWithPath: path))
        extracts.append(path)
        return (source, extracts)
    }

    @Test("every extract cell is the source's cell, bit for bit, hidden or shown; and the comparison units are there")
    func extractsCopyTheSource() throws {
        let (source, extracts) = try county(seed: 3)
        let whole = try StoredSnapshot(path: source)
        var idOf: [String: Int] = [:]
        for unit in whole.units { idOf["\(unit.kind) \(unit.code)"] = unit.id }
        var compared = 0, hiddenCompared = 0
        for path in extracts {
            let part = try StoredSnapshot(path: path)
            #expect(part.minimumN == whole.minimumN && part.protectionPercent == whole.protectionPercent)
            #expect(part.units.contains { $0.kind == "fylke" } && part.units.contains { $0.kind == "region" })
            var sourceID: [Int: Int] = [:]
            for unit in part.units {
                let id: Int = try #require(idOf["\(unit.kind) \(unit.code)"], "\(unit.code)")
                sourceID[unit.id] = id
            }
            for (key, cell) in part.cells {
                let original = try #require(
                    whole.cells[
                        StoredSnapshot.Key(
                            round: key.round, factor: key.factor,
                            slot: Slot(unit: sourceID[key.slot.unit]!, trinn: key.slot.trinn, gender: key.slot.gender))]
                )
                #expect(cell.suppressed == original.suppressed && cell.n == original.n)
                #expect(
                    cell.mean?.bitPattern == original.mean?.bitPattern && cell.sd?.bitPattern == original.sd?.bitPattern
                )
                compared += 1
                if cell.suppressed != 0 { hiddenCompared += 1 }
            }
            // And nothing of the kept units is left out.
            let kept = Set(sourceID.values)
            let expected = whole.cells.keys.filter { kept.contains($0.slot.unit) }.count
            #expect(part.cells.count == expected, "\(path)")
        }
        #expect(compared > 1_000 && hiddenCompared > 100)
    }

    @Test("the source and all its extracts together: nothing derivable, nothing narrowed (the audit anyone can run)")
    func extractsTogetherRevealNothing() throws {
        let (source, extracts) = try county(seed: 4)
        let files = try ([source] + extracts).map { try AuditSnapshotLoader.load(path: $0) }
        let alone = PrivacyAudit.run([files[0]])
        let together = PrivacyAudit.run(files)
        #expect(alone.isSafe, "\(alone.findings.prefix(5))")
        #expect(together.isSafe, "\(together.findings.prefix(5))")
        #expect(together.conflicts == 0)
        // Held together, the extracts add no hidden cell and no shown one: the attacker knows what the source says.
        #expect(together.hiddenCells == alone.hiddenCells)
    }

    @Test("the independent checkers see the same hidden cells in the source as in the source and its extracts together")
    func independentCheckersAgree() throws {
        // Without pupils of unknown gender: the snapshot alone cannot say where they are.
        let (source, extracts) = try county(seed: 5, unknownGender: false)
        let whole = try StoredSnapshot(path: source)
        var idOf: [String: Int] = [:]
        for unit in whole.units { idOf["\(unit.kind) \(unit.code)"] = unit.id }
        // What an attacker holding every file sees: a cell is shown if any file shows it.
        var shown = Set(whole.cells.filter { $0.value.suppressed == 0 }.map(\.key))
        for path in extracts {
            let part = try StoredSnapshot(path: path)
            for (key, cell) in part.cells where cell.suppressed == 0 {
                let unit = try #require(
                    idOf["\(part.units[key.slot.unit - 1].kind) \(part.units[key.slot.unit - 1].code)"])
                shown.insert(
                    StoredSnapshot.Key(
                        round: key.round, factor: key.factor,
                        slot: Slot(unit: unit, trinn: key.slot.trinn, gender: key.slot.gender)))
            }
        }
        #expect(shown == Set(whole.cells.filter { $0.value.suppressed == 0 }.map(\.key)))
        // And the source alone passes the independent exact check.
        var parent: [Int: Int?] = [:]
        for unit in whole.units { parent[unit.id] = unit.parent }
        for factor in whole.factors {
            let checker = DisclosureChecker(
                parent: parent, trinnLevel: factor.trinnLevel, genderSplit: factor.genderSplit)
            for round in whole.rounds {
                let hidden = Set(
                    whole.cells.filter {
                        $0.key.round == round && $0.key.factor == factor.number && $0.value.suppressed != 0
                    }.map(\.key.slot))
                guard !hidden.isEmpty else { continue }
                let disclosed = checker.disclosed(unknown: hidden)
                #expect(disclosed.isEmpty, "\(round) \(factor.id): \(disclosed.sorted().prefix(5))")
            }
        }
    }
}
