import Testing

/// The interval checker must be able to fail: hand-made patterns where no value
/// is worked out exactly, yet the scale and the shown numbers narrow a hidden one.
@Suite struct IntervalCheckerTests {
    /// County 1 → kommune 2 → schools 3 and 4; one trinn, genders split.
    let checker = DisclosureChecker(parent: [1: nil, 2: 1, 3: 2, 4: 2], trinnLevel: false, genderSplit: true)
    var intervals: IntervalChecker { IntervalChecker(relations: checker.relations(), scale: 1...5) }

    func known(_ n: Int, mean: Double, sd: Double) -> IntervalChecker.Known {
        IntervalChecker.Known(n: n, sum: Double(n) * mean, squares: Double(n - 1) * sd * sd + Double(n) * mean * mean)
    }

    /// Girls at both schools hidden (4 and 4), boys and all shown; the kommune's girls shown.
    func girlsHidden(kommuneGirls: IntervalChecker.Known) -> [Slot: IntervalChecker.Bound] {
        let published: [Slot: IntervalChecker.Known] = [
            Slot(unit: 1, trinn: 0, gender: 0): known(40, mean: 2, sd: 1),
            Slot(unit: 1, trinn: 0, gender: 1): known(32, mean: 2, sd: 1),
            Slot(unit: 1, trinn: 0, gender: 2): kommuneGirls,
            Slot(unit: 2, trinn: 0, gender: 0): known(40, mean: 2, sd: 1),
            Slot(unit: 2, trinn: 0, gender: 1): known(32, mean: 2, sd: 1),
            Slot(unit: 2, trinn: 0, gender: 2): kommuneGirls,
        ]
        let hidden: Set<Slot> = [
            Slot(unit: 3, trinn: 0, gender: 0), Slot(unit: 3, trinn: 0, gender: 1), Slot(unit: 3, trinn: 0, gender: 2),
            Slot(unit: 4, trinn: 0, gender: 0), Slot(unit: 4, trinn: 0, gender: 1), Slot(unit: 4, trinn: 0, gender: 2),
        ]
        return intervals.bounds(known: published, unknown: hidden)
    }

    @Test("8 girls shown with mean 1,0 pin both schools' hidden girls at 1,0")
    func meanAtTheFloorPinsTheParts() throws {
        let bounds = girlsHidden(kommuneGirls: known(8, mean: 1, sd: 0))
        let girls = try #require(bounds[Slot(unit: 3, trinn: 0, gender: 2)])
        #expect(girls.mean.upperBound - girls.mean.lowerBound < 1e-9)
        #expect(girls.mean.lowerBound == 1)
    }

    @Test("8 girls shown with mean 3,0 and sd 0,1 narrow the hidden girls by their spread")
    func littleSpreadNarrows() throws {
        let girls = try #require(
            girlsHidden(kommuneGirls: known(8, mean: 3, sd: 0.1))[Slot(unit: 3, trinn: 0, gender: 2)])
        #expect(girls.mean.upperBound - girls.mean.lowerBound < 0.2 * 4)
        #expect(girls.mean.contains(3))
    }

    @Test("8 girls shown with mean 3,0 and sd 1,2 leave the hidden girls wide open")
    func spreadProtects() throws {
        let girls = try #require(
            girlsHidden(kommuneGirls: known(8, mean: 3, sd: 1.2))[Slot(unit: 3, trinn: 0, gender: 2)])
        #expect(girls.mean.upperBound - girls.mean.lowerBound >= 0.2 * 4)
    }

    @Test("counts add up along relations: a hidden part next to a shown one is pinned")
    func countsPropagate() throws {
        // School 4 has nobody, so county, kommune and school 3 are the same pupils; girls hidden, all and boys shown.
        var published: [Slot: IntervalChecker.Known] = [:]
        for unit in 1...3 {
            published[Slot(unit: unit, trinn: 0, gender: 0)] = known(10, mean: 2, sd: 1)
            published[Slot(unit: unit, trinn: 0, gender: 1)] = known(7, mean: 2, sd: 1)
        }
        let hidden = Set((1...3).map { Slot(unit: $0, trinn: 0, gender: 2) })
        let bounds = intervals.bounds(known: published, unknown: hidden)
        let girls = try #require(bounds[Slot(unit: 3, trinn: 0, gender: 2)])
        #expect(girls.n.lowerBound == 3 && girls.n.upperBound == 3)
    }
}
