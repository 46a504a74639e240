import Testing

@testable import KFLCore

/// The line under a table of rounds: a reason a value is missing is said once
/// for the rounds in a row it holds for, so the last round is not cut off.
@Suite struct RoundValuesTests {
    static let reason = "skjermet: under 7 svar, eller for å verne en mindre gruppe"

    @Test("three rounds hidden for the same reason share it")
    func sharedReason() {
        let text = Strings.Development.roundValues(
            "Pedagogisk ledelse", values: [(2016, Self.reason), (2018, Self.reason), (2020, Self.reason)],
            shared: [Self.reason])
        #expect(text == "Pedagogisk ledelse: 2016, 2018 og 2020 \(Self.reason)")
    }

    @Test("values are each given with their round, even when equal; a reason only joins its neighbours")
    func valuesStayApart() {
        let text = Strings.Development.roundValues(
            "Trivsel", values: [(2016, "3,42"), (2018, "3,42"), (2020, Self.reason)], shared: [Self.reason])
        #expect(text == "Trivsel: 2016 3,42 · 2018 3,42 · 2020 \(Self.reason)")
        let split = Strings.Development.roundValues(
            "Trivsel", values: [(2016, Self.reason), (2018, "3,42"), (2020, Self.reason)], shared: [Self.reason])
        #expect(split == "Trivsel: 2016 \(Self.reason) · 2018 3,42 · 2020 \(Self.reason)")
    }
}
