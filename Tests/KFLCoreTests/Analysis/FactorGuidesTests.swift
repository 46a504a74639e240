import Testing

@testable import KFLCore

@Suite struct FactorGuidesTests {
    /// Works named in the background documents (../shared/seeds); no other may be cited.
    static let citable: Set<String> = [
        "Nordahl (2012)", "Nordahl (2015)", "Nordahl (2016)", "Nordahl mfl. (2017)", "Hattie (2009)", "Hattie (2013)",
        "Robinson (2014)", "Donohoo (2017)", "Leithwood mfl. (2012)", "Helmke (2013)", "Fullan (2010)",
        "Hargreaves og Fullan (2012)", "Dyssegård og Egelund (2017)", "Manger (2015)",
    ]

    @Test func everyFactorOfTheInstrumentHasAGuide() {
        let guides = FactorGuides.builtIn
        #expect(guides.guides.map(\.factor) == Instrument.builtIn.factors.map(\.id))
        #expect(guides.guides.count == 42)
    }

    @Test func everyGuideSaysWhatItMeasuresAndSuggestsThreeToFiveMaintainingFactors() {
        for guide in FactorGuides.builtIn.guides {
            #expect(!guide.measures.isEmpty, "\(guide.factor)")
            #expect((3...5).contains(guide.commonlyDiscussed.count), "\(guide.factor)")
            #expect(guide.commonlyDiscussed.allSatisfy { !$0.text.isEmpty && $0.text.count <= 90 }, "\(guide.factor)")
        }
    }

    @Test func guidesCiteOnlyWorksNamedInTheBackgroundDocuments() {
        for guide in FactorGuides.builtIn.guides {
            #expect(Set(guide.sources).isSubset(of: Self.citable), "\(guide.factor): \(guide.sources)")
        }
    }

    @Test func aGuideIsFoundByFactorID() {
        #expect(FactorGuides.builtIn.guide(for: "e510_mobbet")?.commonlyDiscussed.isEmpty == false)
        #expect(FactorGuides.builtIn.guide(for: "nope") == nil)
    }
}
