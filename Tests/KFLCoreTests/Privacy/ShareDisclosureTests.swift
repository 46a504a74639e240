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
