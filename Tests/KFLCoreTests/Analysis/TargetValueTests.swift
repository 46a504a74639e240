import Testing

@testable import KFLCore

/// A target value typed in the TUI: a number on the factor's scale with a
/// decimal comma (or point); an empty text is no target; anything else is
/// refused with a Norwegian message saying what and why.
@Suite struct TargetValueTests {
    let scale = 1.0...5.0

    @Test(arguments: [("3,6", 3.6), ("3.6", 3.6), (" 4 ", 4.0), ("1", 1.0), ("5,0", 5.0), ("2,35", 2.35)])
    func aNumberOnTheScaleIsTaken(text: String, value: Double) {
        #expect(TargetValue.parse(text, scale: scale) == .success(value))
    }

    @Test func anEmptyTextIsNoTarget() {
        #expect(TargetValue.parse("", scale: scale) == .success(nil))
        #expect(TargetValue.parse("   ", scale: scale) == .success(nil))
    }

    @Test func aNumberOffTheScaleIsRefusedWithTheScale() {
        #expect(TargetValue.parse("9", scale: scale) == .failure(.outsideScale(9, scale: scale)))
        #expect(TargetValue.parse("0,5", scale: 1...4) == .failure(.outsideScale(0.5, scale: 1...4)))
        #expect(Strings.Analysis.targetProblem(.outsideScale(9, scale: scale)) == "9 er utenfor skalaen 1–5.")
        #expect(Strings.Analysis.targetProblem(.outsideScale(4.25, scale: 1...4)) == "4,25 er utenfor skalaen 1–4.")
    }

    @Test(arguments: ["abc", "3,6,1", "3 6", "fire", "3,6x"])
    func aTextThatIsNoNumberIsRefusedAndQuoted(text: String) {
        #expect(TargetValue.parse(text, scale: scale) == .failure(.notANumber(text)))
        #expect(Strings.Analysis.targetProblem(.notANumber(text)).hasPrefix("«\(text)» er ikke et tall."))
    }

    @Test func aValueReadsBackAsTheUserWouldTypeIt() {
        #expect(TargetValue.text(3.6) == "3,6")
        #expect(TargetValue.text(4) == "4")
        #expect(TargetValue.text(2.35) == "2,35")
        #expect(TargetValue.text(10) == "10")
        #expect(TargetValue.parse(TargetValue.text(2.35), scale: scale) == .success(2.35))
    }
}
