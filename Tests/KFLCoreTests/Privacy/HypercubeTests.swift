import KFLTestSupport
import Testing

@testable import KFLCore

/// The claim the hypercube method rests on: a cube's signed cells cancel in every
/// relation of the table, so hiding them all leaves every published total intact
/// whatever happens along the cube.
@Suite struct HypercubeTests {
    /// Hedmark with two schools in Hamar, one in Løten (same region) and one in Åsnes (another region),
    /// every trinn 1–3 and gender of the table occupied.
    static func table() -> SuppressionTable {
        let schools: [(code: String, name: String, municipality: String, trinn: ClosedRange<Int>?)] = [
            ("H1", "Hamar 1", "0403", 1...3), ("H2", "Hamar 2", "0403", 1...3),
            ("L1", "Løten 1", "0415", 1...3), ("A1", "Åsnes 1", "0425", 1...3),
        ]
        let tree = UnitTree.build(geography: .hedmark, schools: schools)
        var occupied = Set<CellCube.Slot>()
        for (i, unit) in tree.units.enumerated() where unit.kind == .school {
            var u: Int? = i
            while let current = u {
                for t in 0...3 { for g in 0...3 { occupied.insert(CellCube.Slot(unit: current, trinn: t, gender: g)) } }
                u = tree.units[current].parentID.map { $0 - 1 }
            }
        }
        let cube = CellCube(tree: tree, occupied: occupied, trinnLevel: true, genderSplit: true)
        return SuppressionTable(
            tree: tree, cube: cube, trinnLevel: true, genderSplit: true,
            moments: cube.slots.map { _ in CellMoments(n: 10, sum: 30, sumOfSquares: 95) },
            respondents: cube.slots.map { _ in 10 }, scale: AnswerScale(1...5))
    }

    func unit(_ code: String, in table: SuppressionTable) -> Int {
        table.tree.units.firstIndex { $0.code == code }!
    }

    /// Units from a school up to `top`, inclusive.
    func chain(_ school: Int, upTo top: Int, in table: SuppressionTable) -> [Int] {
        var units = [school], u = school
        while u != top {
            u = table.parent[u]
            units.append(u)
        }
        return units
    }

    @Test(
        "cubes of sibling schools, cousins and schools in different regions cancel in every relation",
        arguments: [("H1", "H2"), ("H1", "L1"), ("H2", "A1")])
    func signedSumsVanish(pair: (String, String)) {
        let table = Self.table()
        let a = unit(pair.0, in: table), b = unit(pair.1, in: table)
        // The lowest unit both lie under.
        var ancestorsOfA = Set<Int>(), u = a
        while u >= 0 {
            ancestorsOfA.insert(u)
            u = table.parent[u]
        }
        var meeting = b
        while !ancestorsOfA.contains(meeting) { meeting = table.parent[meeting] }
        let topA = chain(a, upTo: meeting, in: table).dropLast().last!,
            topB = chain(b, upTo: meeting, in: table).dropLast().last!
        let units =
            chain(a, upTo: topA, in: table).map { Hypercube.Signed(index: $0, sign: 1) }
            + chain(b, upTo: topB, in: table).map { Hypercube.Signed(index: $0, sign: -1) }
        var checked = 0
        for trinns in Hypercube.axisOptions(own: 2, leaves: [1, 2, 3], split: true) {
            for genders in Hypercube.axisOptions(own: 1, leaves: [1, 2, 3], split: true) {
                let cells = Hypercube(units: units, trinns: trinns, genders: genders).cells(in: table)!
                var sign = [Int](repeating: 0, count: table.cellCount)
                for cell in cells { sign[cell.index] += cell.sign }
                for relation in table.cube.relations {
                    let total = sign[relation.total] - relation.parts.reduce(0) { $0 + sign[$1] }
                    #expect(total == 0, "\(pair) \(trinns) \(genders): \(relation)")
                }
                // Only bottom cells are corners: one school, one trinn, one gender.
                #expect(
                    Hypercube.bottomCorners(of: cells, in: table).allSatisfy {
                        table.isBottom(table.cube.slots[$0.index])
                    })
                checked += 1
            }
        }
        #expect(checked == 9)
    }
}
