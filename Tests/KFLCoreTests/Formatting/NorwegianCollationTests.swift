import Testing

@testable import KFLCore

@Suite struct NorwegianCollationTests {
    @Test("Æ, Ø and Å come after Z, in that order")
    func letterOrder() {
        let sorted = NorwegianCollation.sorted(["Åmot", "Zeta", "Ørsta", "Ærfugl", "Alvdal"]) { $0 }
        #expect(sorted == ["Alvdal", "Zeta", "Ærfugl", "Ørsta", "Åmot"])
    }

    @Test("Åsnes sorts after Østre, unlike Swift's own order")
    func asnesAfterOstre() {
        #expect(NorwegianCollation.areInIncreasingOrder("Østre", "Åsnes"))
        #expect(!NorwegianCollation.areInIncreasingOrder("Åsnes", "Østre"))
        #expect("Åsnes" < "Østre")  // why the collation exists
    }

    @Test("a decomposed å (a + ring) sorts as å")
    func decomposedAring() {
        let decomposed = "A\u{30A}snes"
        #expect(NorwegianCollation.key(decomposed) == NorwegianCollation.key("Åsnes"))
        #expect(NorwegianCollation.areInIncreasingOrder("Østre", decomposed))
        #expect(NorwegianCollation.areInIncreasingOrder("Zeta", decomposed))
    }

    @Test("case and accents are folded; é sorts as e")
    func folding() {
        #expect(NorwegianCollation.key("ÅSNES") == NorwegianCollation.key("åsnes"))
        #expect(NorwegianCollation.areInIncreasingOrder("Café", "Cafeteria"))
        #expect(NorwegianCollation.searchFold("Hønefoss Sjø") == "hønefoss sjø")
        #expect(NorwegianCollation.searchFold("Élève") == "eleve")
    }
}
