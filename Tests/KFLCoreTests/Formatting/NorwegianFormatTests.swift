import Testing

@testable import KFLCore

@Suite struct NorwegianFormatTests {
    @Test(
        "decimals use a comma", arguments: [(3.456, "3,5"), (3.25, "3,3"), (0, "0,0"), (-1.25, "-1,3"), (10, "10,0")])
    func decimalComma(value: Double, expected: String) {
        #expect(NorwegianFormat.decimal(value) == expected)
    }

    @Test("a small negative number that rounds to zero is never shown as -0,0", arguments: [-0.04, -0.0, -1e-12])
    func neverMinusZero(value: Double) {
        #expect(NorwegianFormat.decimal(value) == "0,0")
        #expect(NorwegianFormat.signedDecimal(value) == "0,0")
    }

    @Test("digits and signs")
    func digitsAndSigns() {
        #expect(NorwegianFormat.decimal(3.14159, digits: 2) == "3,14")
        #expect(NorwegianFormat.decimal(2.5, digits: 0) == "3")
        #expect(NorwegianFormat.decimal(0.05, digits: 2) == "0,05")
        #expect(NorwegianFormat.signedDecimal(0.3) == "+0,3")
        #expect(NorwegianFormat.signedDecimal(-0.3) == "-0,3")
        #expect(NorwegianFormat.decimal(.nan) == "–")
    }

    @Test("an interval bound that rounds to zero keeps its side, so [-0,79; -0,00] still excludes 0")
    func intervalBounds() {
        #expect(NorwegianFormat.bound(-0.003) == "-0,00")
        #expect(NorwegianFormat.bound(0.004) == "+0,00")
        #expect(NorwegianFormat.bound(0) == "0,00")
        #expect(NorwegianFormat.bound(-0.79) == "-0,79")
        #expect(Strings.Development.interval(-0.79...(-0.001)) == "[-0,79; -0,00]")
    }

    @Test("whole numbers group thousands with a narrow space")
    func integers() {
        #expect(NorwegianFormat.integer(12_345) == "12\u{202F}345")
        #expect(NorwegianFormat.integer(999) == "999")
        #expect(NorwegianFormat.integer(-1_000_000) == "-1\u{202F}000\u{202F}000")
    }

    @Test("decimals parse with a comma or a point")
    func parsing() {
        #expect(NorwegianFormat.parseDecimal("3,5") == 3.5)
        #expect(NorwegianFormat.parseDecimal(" 3.5 ") == 3.5)
        #expect(NorwegianFormat.parseDecimal("3,5,1") == nil)
        #expect(NorwegianFormat.parseDecimal("tre") == nil)
        #expect(NorwegianFormat.parseDecimal("") == nil)
    }
}
