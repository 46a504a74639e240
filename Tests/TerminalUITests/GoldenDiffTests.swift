import KFLTestSupport
import TerminalUI
import Testing

@Suite struct GoldenDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(GoldenDiff.lineDiff(expected: "a\nb", actual: "a\nb") == nil)
    }

    @Test func changedLineShowsBothVersionsFramed() {
        let diff = GoldenDiff.lineDiff(expected: "a\nb\nc", actual: "a\nB\nc")
        #expect(
            diff == """
                expected 3 lines, got 3 (- expected, + actual):
                   1 │a│
                -  2 │b│
                +  2 │B│
                   3 │c│
                """)
    }

    @Test func distantContextIsElided() {
        let expected = (1...10).map(String.init).joined(separator: "\n")
        let actual = (1...10).map { $0 == 2 || $0 == 9 ? "x" : String($0) }.joined(separator: "\n")
        let diff = GoldenDiff.lineDiff(expected: expected, actual: actual) ?? ""
        #expect(diff.contains("   ⋮"))
        #expect(!diff.contains("│6│") && diff.contains("-  9 │9│") && diff.contains("+  9 │x│"))
    }

    @Test func trailingSpacesAreVisible() {
        let diff = GoldenDiff.lineDiff(expected: "ab", actual: "ab ") ?? ""
        #expect(diff.contains("-  1 │ab│") && diff.contains("+  1 │ab │"))
    }
}
