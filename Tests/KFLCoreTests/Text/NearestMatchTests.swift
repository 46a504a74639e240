import Testing

@testable import KFLCore

@Suite struct NearestMatchTests {
    @Test("a typo finds the intended name")
    func typo() {
        #expect(NearestMatch.find("imprt", in: ["import", "demo", "check"]) == "import")
        #expect(NearestMatch.find("e510_trivse", in: ["e510_trivsel", "e14_trivsel", "e510_uro"]) == "e510_trivsel")
        #expect(NearestMatch.find("KJONN", in: ["kjonn", "skole"]) == "kjonn")
    }

    @Test("accents are folded when matching, æ ø å are letters of their own")
    func accents() {
        #expect(NearestMatch.find("Élève", in: ["elev", "eleve", "lærer"]) == "eleve")
        #expect(NearestMatch.find("laerer", in: ["lærer", "elev"]) == "lærer")
        #expect(NearestMatch.find("kjønn", in: ["kjonn", "skole"]) == "kjonn")
    }

    @Test("nothing close is nothing suggested")
    func nothingClose() {
        #expect(NearestMatch.find("xyzzy", in: ["import", "demo", "check"]) == nil)
        #expect(NearestMatch.find("", in: ["import"]) == nil)
        #expect(NearestMatch.find("import", in: []) == nil)
    }

    @Test("edit distance counts insertions, deletions and substitutions")
    func editDistance() {
        #expect(NearestMatch.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NearestMatch.editDistance(Array(""), Array("abc")) == 3)
        #expect(NearestMatch.editDistance(Array("same"), Array("same")) == 0)
    }
}
