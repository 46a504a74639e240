import Testing

@testable import KFLCore

/// A school's kommune without the school: exact, only from shown cells, and
/// never a way to work out a suppressed school.
@Suite struct RestOfMunicipalityTests {
    /// Summaries of raw scores, and the cells they publish.
    func cell(_ scores: [Double]) -> CellResult { .value(summary(scores).cellValue) }
    func summary(_ scores: [Double]) -> Summary { scores.reduce(into: Summary()) { $0.add($1) } }

    let school = [3.1, 3.4, 4.0, 3.8, 2.9, 3.3, 3.6, 4.2]
    let other1 = [2.8, 3.0, 3.9, 3.1, 3.5, 2.6, 3.7, 3.3, 3.0]
    let other2 = [4.1, 3.9, 3.2, 3.8, 4.4, 3.6, 3.5]

    @Test("removing a part is the exact inverse of combining")
    func removingIsExact() throws {
        let whole = summary(school + other1 + other2)
        let rest = try #require(whole.removing(summary(school)))
        let direct = summary(other1 + other2)
        #expect(rest.n == direct.n)
        #expect(abs(rest.mean - direct.mean) < 1e-12 && abs(rest.m2 - direct.m2) < 1e-9)
        #expect(whole.removing(summary(school + other1 + other2 + [1])) == nil)
        #expect(whole.removing(whole)?.n == 0)
    }

    @Test("the rest is the other schools together, computed from the kommune's and the school's cells")
    func restIsTheOthers() throws {
        let rest = try #require(
            RestOfMunicipality.compute(
                municipality: cell(school + other1 + other2), school: cell(school),
                siblings: [cell(other1), cell(other2)],
                minimumN: 7)?.value)
        let direct = summary(other1 + other2).cellValue
        #expect(rest.n == direct.n && abs(rest.mean - direct.mean) < 1e-12 && abs(rest.sd! - direct.sd!) < 1e-12)
    }

    @Test("a single suppressed sibling is never revealed by the rest")
    func oneSuppressedSibling() {
        let rest = RestOfMunicipality.compute(
            municipality: cell(school + other1 + other2), school: cell(school),
            siblings: [cell(other1), .suppressed(.hidden)], minimumN: 7)
        #expect(rest == .withheld(.wouldRevealSuppressed))
    }

    @Test("two suppressed siblings may show together only when they make a group of min_n")
    func twoSuppressedSiblings() {
        let small = [3.0, 3.2, 3.4]
        let smaller = [2.9, 3.1, 3.3]
        let revealing = RestOfMunicipality.compute(
            municipality: cell(school + other1 + small + smaller), school: cell(school),
            siblings: [cell(other1), .suppressed(.hidden), .suppressed(.hidden)], minimumN: 7)
        #expect(revealing == .withheld(.wouldRevealSuppressed), "3 + 3 respondents is below min_n")
        let fine = RestOfMunicipality.compute(
            municipality: cell(school + other1 + other2 + small), school: cell(school),
            siblings: [cell(other1), .suppressed(.hidden), .suppressed(.hidden)], minimumN: 7)
        #expect(fine?.value != nil)
    }

    @Test("a suppressed kommune, no other schools, or a small rest: withheld with the reason")
    func withheld() {
        #expect(
            RestOfMunicipality.compute(
                municipality: .suppressed(.hidden), school: cell(school), siblings: [],
                minimumN: 7) == .withheld(.municipalitySuppressed(.hidden)))
        #expect(
            RestOfMunicipality.compute(municipality: cell(school), school: cell(school), siblings: [nil], minimumN: 7)
                == .withheld(.noOtherSchools))
        #expect(
            RestOfMunicipality.compute(
                municipality: cell(school + [3, 4]), school: cell(school), siblings: [cell([3, 4])],
                minimumN: 7) == .withheld(.tooFewRespondents))
        #expect(
            RestOfMunicipality.compute(
                municipality: cell(school + other1), school: .suppressed(.hidden),
                siblings: [cell(other1)], minimumN: 7) == nil, "a hidden school is compared with nothing")
    }
}
