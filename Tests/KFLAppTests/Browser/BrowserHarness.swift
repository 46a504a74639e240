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

    /// Types text as single character keys.
    func type(_ text: String) { for character in text { runtime.handle(.character(character)) } }

    /// Searches and opens the first match.
    func search(_ text: String) {
        press(.character("/"))
        type(text)
        press(.enter)
    }

    var screen: Screen { runtime.screen() }
    var state: BrowserState { runtime.state }
}
