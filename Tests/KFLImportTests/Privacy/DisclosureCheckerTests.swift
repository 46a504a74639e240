import Testing

/// The checker must be able to fail: hand-made patterns that a naive rule
/// ("hide only the small cell") produces are caught, safe ones are not.
@Suite struct DisclosureCheckerTests {
    /// County 1 → region 2 → kommune 3 → school 4 (a kommune with a single school).
    let chain = DisclosureChecker(parent: [1: nil, 2: 1, 3: 2, 4: 3], trinnLevel: true, genderSplit: true)

    /// Every level of the chain, for the given trinn and genders.
    func everywhere(trinn: [Int], genders: [Int]) -> Set<Slot> {
        Set((1...4).flatMap { u in trinn.flatMap { t in genders.map { Slot(unit: u, trinn: t, gender: $0) } } })
    }

    @Test("hiding only the 3 boys of a trinn leaks them: all − girls")
    func hidingOneGenderLeaks() {
        // 5. trinn: 3 boys, 10 girls. The naive rule hides boys at every level and nothing else.
        let disclosed = chain.disclosed(unknown: everywhere(trinn: [0, 5], genders: [1]))
        #expect(disclosed.contains(Slot(unit: 4, trinn: 5, gender: 1)))
        #expect(disclosed.count == 8)
    }

    @Test("hiding boys and girls but showing all is safe")
    func hidingBothGendersIsSafe() {
        #expect(chain.disclosed(unknown: everywhere(trinn: [0, 5], genders: [1, 2])).isEmpty)
    }

    @Test("hiding one small trinn while the school total and the other trinn show leaks it")
    func hidingOneTrinnLeaks() {
        // 5. trinn has 3 pupils, 6. trinn 20; only the 5. trinn cells are hidden.
        let disclosed = chain.disclosed(unknown: everywhere(trinn: [5], genders: [0, 1, 2]))
        #expect(disclosed.contains(Slot(unit: 4, trinn: 5, gender: 0)))
    }

    @Test("a small school hidden in a kommune of two, with the kommune shown, leaks it")
    func hidingOneSchoolLeaks() {
        let checker = DisclosureChecker(
            parent: [1: nil, 2: 1, 3: 2, 4: 3, 5: 3], trinnLevel: false, genderSplit: false)
        #expect(
            checker.disclosed(unknown: [Slot(unit: 4, trinn: 0, gender: 0)]) == [Slot(unit: 4, trinn: 0, gender: 0)])
        // Hiding the sibling too protects both; the kommune = county chain stays published.
        #expect(
            checker.disclosed(unknown: [Slot(unit: 4, trinn: 0, gender: 0), Slot(unit: 5, trinn: 0, gender: 0)]).isEmpty
        )
    }

    @Test("unknown-gender respondents are disclosed when all, boys and girls are all shown")
    func unknownGenderLeaks() {
        let unknown = everywhere(trinn: [0, 5], genders: [3])
        #expect(chain.disclosed(unknown: unknown) == unknown)
        // Hiding the boys as well leaves two unknowns in every gender relation.
        #expect(chain.disclosed(unknown: unknown.union(everywhere(trinn: [0, 5], genders: [1]))).isEmpty)
    }

    @Test("a 2×2 table (trinn × gender) with every margin shown keeps its inner cells, unless a copy of them is shown")
    func innerCellsOfATable() {
        // The four inner cells of a 2×2 table (trinn 5, 6 × boys, girls) hidden at the school only,
        // every total shown: each row and column sum is known, but the four stay undetermined.
        let inner: Set<Slot> = [
            Slot(unit: 4, trinn: 5, gender: 1), Slot(unit: 4, trinn: 5, gender: 2), Slot(unit: 4, trinn: 6, gender: 1),
            Slot(unit: 4, trinn: 6, gender: 2),
        ]
        let checker = DisclosureChecker(parent: [1: nil, 4: 1, 5: 1], trinnLevel: true, genderSplit: true)
        // The county is school 4 + school 5, and school 5 is empty: its slots are known zeros.
        #expect(checker.disclosed(unknown: inner).count == 4)  // the county cells repeat them
        var withCounty = inner
        for slot in inner { withCounty.insert(Slot(unit: 1, trinn: slot.trinn, gender: slot.gender)) }
        #expect(checker.disclosed(unknown: withCounty).isEmpty)
    }
}
