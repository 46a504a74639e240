import KFLTestSupport
import Testing

/// Checks that what a run printed is for a user: no English word of the
/// issue's list ("error", "SQL" …) and no raw control character.
/// - Parameter redacting: paths the test chose (they may contain such words).
func expectNorwegianOnly(_ run: CLIRun, redacting: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
    let text = run.out + "\n" + run.err
    let english = UserText.englishWords(in: text, redacting: redacting)
    #expect(english.isEmpty, "English in what the user reads: \(english)\n\(text)", sourceLocation: sourceLocation)
    let controls = UserText.rawControls(in: text)
    #expect(controls.isEmpty, "raw control characters \(controls.map(\.value))", sourceLocation: sourceLocation)
    let backtrace = text.contains("Fatal error") || text.contains("Stack dump")
    #expect(!backtrace, "a backtrace", sourceLocation: sourceLocation)
}
