import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// A browser on the real demo snapshot, driven by keys as a user would.
struct BrowserHarness {
    let runtime: BrowserRuntime

    init(
        width: Int = 80, height: Int = 24, colors: Bool = true, glyphs: Glyphs = .unicode,
        location: BrowserLocation? = nil, snapshot: String? = nil
    ) throws {
        let reader = try snapshot.map { try SnapshotReader(path: $0) } ?? DemoFixture.reader()
        runtime = BrowserRuntime(
            source: reader, snapshotName: "demo.sqlite", width: width, height: height,
            glyphs: glyphs, colors: colors, location: location)
    }

    /// Sends keys in order.
    func press(_ keys: Key...) { for key in keys { runtime.handle(key) } }

    /// Presses `key` until `reached` holds, failing (never hanging) when 60
    /// presses have not got there: a loop without a limit once hung the suite.
    func press(
        _ key: Key, until reached: (BrowserState) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for _ in 0..<60 where !reached(state) { runtime.handle(key) }
        try #require(reached(state), "60 × \(key) did not get there", sourceLocation: sourceLocation)
    }

    /// Enter on the school under the cursor: its overview comes first (issue 9),
    /// and Esc goes on to the school's trinn, where the session continues.
    func openSchool(sourceLocation: SourceLocation = #_sourceLocation) {
        press(.enter)
        #expect(
            state.overlay == .overview(selected: 0), "choosing a school opens its overview",
            sourceLocation: sourceLocation)
        press(.escape)
    }

    /// Types text as single character keys.
    func type(_ text: String) { for character in text { runtime.handle(.character(character)) } }

    /// Searches and goes to the first match, ready to browse there: a school
    /// chosen this way opens with its overview, which this closes (Esc) so the
    /// session goes on from the school's results. `choose` leaves it open.
    func search(_ text: String) {
        choose(text)
        if case .overview = state.overlay { press(.escape) }
    }

    /// Searches and chooses the first match, as a user does with `/`, the name and Enter.
    func choose(_ text: String) {
        press(.character("/"))
        type(text)
        press(.enter)
    }

    var screen: Screen { runtime.screen() }
    var state: BrowserState { runtime.state }
}
