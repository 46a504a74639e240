import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// Why a cell is hidden, as far as the shown cells already tell: the snapshot stores one
/// reason (issue 10), and a hidden cell with a shown cell inside it — so at least `min_n`
/// answers — says it is hidden to protect a smaller group, not that it has too few answers.
@Suite struct SuppressionReasonTests {
    /// The shown cells inside `key`, counted from the unit's and its descendants' stored
    /// cells, independently of the reader's query.
    func shownParts(_ reader: SnapshotReader, _ key: CellKey) throws -> Int {
        var units = [key.unitID]
        var index = 0
        while index < units.count {
            units += reader.info.tree.children[units[index] - 1].map { $0 + 1 }
            index += 1
        }
        var count = 0
        for unit in units {
            for (part, result) in try reader.results(unitID: unit, factorNumber: key.factorNumber) {
                guard case .value = result, part.round == key.round else { continue }
                guard key.trinn == 0 || part.trinn == key.trinn, key.gender == .all || part.gender == key.gender
                else { continue }
                count += 1
            }
        }
        return count
    }

    @Test("Rognli skole's «Å bli mobbet» for Elever 5–10 is hidden to protect a smaller group, not for few answers")
    func rognliBullying() throws {
        let reader = try DemoFixture.reader()
        let tree = reader.info.tree
        let rognli = try #require(tree.units.first { $0.name == "Rognli skole" })
        let factor = try #require(reader.info.instrument.factors.first { $0.id == "e510_mobbet" })
        let cells = try reader.results(unitID: rognli.id, factorNumber: factor.number)
        let whole = CellKey(unitID: rognli.id, round: 2020, trinn: 0, gender: .all, factorNumber: factor.number)
        #expect(cells[whole] == .suppressed(.protectsSmallerGroup))
        let shownTrinn = cells.filter {
            $0.key.round == 2020 && $0.key.trinn > 0 && $0.key.gender == .all && $0.value.value != nil
        }
        #expect(!shownTrinn.isEmpty, "a trinn of it is shown, so the school has at least 7 answers")
        let text = Strings.suppressionText(.protectsSmallerGroup, minimumN: 7)
        #expect(text == "skjermet for å verne en mindre gruppe")
        #expect(
            Strings.suppressionText(.hidden, minimumN: 7)
                == "skjermet: under 7 svar, eller for å verne en mindre gruppe")
    }

    @Test("every hidden cell of Åsnes and its schools names the reason its shown parts tell")
    func reasonFollowsShownParts() throws {
        let reader = try DemoFixture.reader()
        let tree = reader.info.tree
        let asnes = try #require(tree.units.first { $0.kind == .municipality && $0.name == "Åsnes" })
        var seen: [SuppressionReason: Int] = [:]
        for unit in [asnes] + tree.children(of: asnes) {
            for factor in reader.info.instrument.factors where factor.groupID.hasPrefix("elev") {
                for (key, result) in try reader.results(unitID: unit.id, factorNumber: factor.number) {
                    guard case .suppressed(let reason) = result else { continue }
                    let expected: SuppressionReason = try shownParts(reader, key) > 0 ? .protectsSmallerGroup : .hidden
                    #expect(reason == expected, "\(unit.name) \(key)")
                    seen[reason, default: 0] += 1
                }
            }
        }
        #expect((seen[.hidden] ?? 0) > 0 && (seen[.protectsSmallerGroup] ?? 0) > 0, "both reasons occur: \(seen)")
    }

    @Test("the file stores one reason: a derived one is written as hidden")
    func oneStoredReason() throws {
        let dir = try TemporaryDirectory()
        let (writer, destination) = try SnapshotWriterTests.countyOnly(in: dir)
        let key = CellKey(unitID: 1, round: 2016, trinn: 0, gender: .all, factorNumber: 0)
        try writer.write(key, .suppressed(.protectsSmallerGroup))
        try writer.finish()
        let reader = try SnapshotReader(path: destination.path)
        let flag = try reader.database.scalar("SELECT suppressed FROM cells", as: Int.self)
        #expect(flag == SuppressionReason.hidden.rawValue)
        #expect(try reader.results(unitID: 1, factorNumber: 0)[key] == .suppressed(.hidden), "no shown part")
    }
}
