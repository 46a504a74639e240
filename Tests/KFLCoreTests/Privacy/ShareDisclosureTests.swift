import Testing

@testable import KFLCore

@Suite struct ShareDisclosureTests {
    @Test("a share of everyone, no one, or all but one or two is never shown")
    func extremes() {
        // 20 respondents in two bands, the unfavourable one first.
        for count in [0, 1, 2, 18, 19, 20] {
            #expect(!ShareDisclosure.allows(bands: [count, 20 - count], unfavourable: count, n: 20), "\(count)")
        }
        for count in 3...17 {
            #expect(ShareDisclosure.allows(bands: [count, 20 - count], unfavourable: count, n: 20), "\(count)")
        }
    }

    @Test("a band of 1 or 2, or of all but 1 or 2, hides the shares; an empty band does not")
    func bands() {
        #expect(ShareDisclosure.allows(bands: [0, 5, 5, 10], unfavourable: 5, n: 20))
        #expect(!ShareDisclosure.allows(bands: [1, 4, 5, 10], unfavourable: 5, n: 20))
        #expect(ShareDisclosure.allows(bands: [0, 3, 0, 17], unfavourable: 3, n: 20))
        #expect(!ShareDisclosure.allows(bands: [0, 3, 1, 16], unfavourable: 3, n: 20))
        #expect(!ShareDisclosure.allows(bands: [0, 3, 15, 2], unfavourable: 3, n: 20))
    }

    @Test("the split of a large group is shown though an outer band holds 1 or 2; its extremes never are")
    func splitWithoutBands() {
        // 1 723 pupils, two of them in the lowest band: the bands are held back, the split is not.
        let bands = [2, 120, 900, 701]
        #expect(!ShareDisclosure.allows(bands: bands, unfavourable: 122, n: 1723))
        #expect(ShareDisclosure.allowsSplit(unfavourable: 122, n: 1723))
        for count in [0, 1, 2, 1721, 1722, 1723] {
            #expect(!ShareDisclosure.allowsSplit(unfavourable: count, n: 1723), "\(count)")
        }
        #expect(ShareDisclosure.allowsSplit(unfavourable: 3, n: 1723))
        #expect(ShareDisclosure.allowsSplit(unfavourable: 1720, n: 1723))
    }

    @Test("bands follow the edges, and the unfavourable side follows the factor's direction")
    func bandsAndDirection() {
        let shares = ShareBands(edges: [1, 2, 3, 4, 5], threshold: 3, label: "andel")
        #expect([1.0, 1.99, 2.0, 2.99, 3.0, 4.5, 5.0].map(shares.band(of:)) == [0, 0, 1, 1, 2, 3, 3])
        #expect(shares.unfavourable([1, 2, 3, 4], direction: .higherIsBetter) == 3)
        #expect(shares.unfavourable([1, 2, 3, 4], direction: .lowerIsBetter) == 7)
    }

    @Test("every factor of the built-in instrument has shares with a label in both languages")
    func instrument() {
        for factor in Instrument.builtIn.factors {
            #expect(factor.shares != nil, "\(factor.id)")
            #expect(InstrumentTexts.nynorsk.factors[factor.id]?.shareLabel != nil, "\(factor.id)")
        }
    }
}
