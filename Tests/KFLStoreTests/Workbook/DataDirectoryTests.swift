import Testing

@testable import KFLStore

@Suite struct DataDirectoryTests {
    @Test func kflHomeWinsOverEverything() {
        let d = DataDirectory.resolve(
            environment: ["KFL_HOME": "/tmp/k", "XDG_DATA_HOME": "/x"], home: "/home/r", isMacOS: true)
        #expect(d.workbookPath == "/tmp/k/workbook.sqlite")
    }

    @Test func xdgDataHomeIsUsedWhenSet() {
        let d = DataDirectory.resolve(environment: ["XDG_DATA_HOME": "/x/"], home: "/home/r", isMacOS: false)
        #expect(d.path == "/x/kfl")
        #expect(d.demoSnapshotPath == "/x/kfl/demo.sqlite")
    }

    @Test func theDefaultFollowsThePlatform() {
        #expect(
            DataDirectory.resolve(environment: [:], home: "/home/r", isMacOS: false).path == "/home/r/.local/share/kfl")
        #expect(
            DataDirectory.resolve(environment: [:], home: "/Users/r", isMacOS: true).path
                == "/Users/r/Library/Application Support/kfl")
        #expect(
            DataDirectory.resolve(environment: ["KFL_HOME": ""], home: "/h", isMacOS: false).statePath
                == "/h/.local/share/kfl/state.json")
    }

    /// `$HOME` as the shell has it: Foundation's `NSHomeDirectory` reads the password file on
    /// Linux, so a user (or a test) with another HOME had the workbook written to root's home.
    @Test func theHomeIsTheEnvironmentsHome() {
        #expect(
            DataDirectory.resolve(environment: ["HOME": "/tmp/annen-home"], isMacOS: false).path
                == "/tmp/annen-home/.local/share/kfl")
    }
}
