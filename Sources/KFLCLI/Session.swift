import KFLApp
import KFLCore
import KFLStore
import KFLTerminal
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The interactive session: owns the terminal for its whole life.
enum Session {
    /// How long to wait for a key before looking for changes made in another window.
    static let idlePollMilliseconds = 1000
    /// The most waiting keys taken in one go (a very long paste is drawn in parts).
    static let maxBatch = 100_000

    /// Runs until the user quits. Exit 0, or 1 when the user quit with text
    /// the workbook could not store (printed to stderr, so it can be copied).
    static func run(
        reader: SnapshotReader, snapshotPath: String, workbook: Result<Workbook, WorkbookProblem>,
        reopen: @escaping () -> Result<Workbook, WorkbookProblem>, location: BrowserLocation?,
        locationChosen: Bool, noColor: Bool, console: Console
    ) -> ExitCode {
        let terminal = NcursesTerminal()
        do {
            try terminal.start(colorMode: noColor ? .none : .auto)
        } catch {
            let message: String
            switch error as? NcursesTerminal.StartError {
            case .unknownTerminal(let term): message = Strings.CLI.unknownTerminal(term)
            case .unsupportedTerminal(let term): message = Strings.CLI.unsupportedTerminal(term)
            default: message = Strings.CLI.notATerminal
            }
            console.err(Strings.CLI.error(message))
            return .unavailable
        }
        defer { terminal.stop() }
        let size = terminal.size
        let name = PathText.lastComponent(snapshotPath)
        let browser = BrowserRuntime(
            source: reader, snapshotName: reader.info.isDemo ? reader.info.tree.county.name : name,
            width: size.width, height: size.height, glyphs: terminal.glyphs, colors: terminal.colorsEnabled,
            location: location, chosen: locationChosen)
        let runtime: AppRuntime
        let snapshotFile = URL(fileURLWithPath: snapshotPath).standardizedFileURL.path
        let explain: AppRuntime.WriteFailure = { OutputTarget.reason(writing: $0, failedWith: $1) }
        let home = ReportFolder.home()
        let reports = ReportFolder.resolve(home: home).path
        switch workbook {
        case .success(let opened):
            runtime = AppRuntime(
                browser: browser, store: opened, exportDirectory: reports, snapshotPath: snapshotFile,
                explainWriteFailure: explain, home: home)
        case .failure(let problem):
            runtime = AppRuntime(
                browser: browser, workbookProblem: problem, retry: { reopen().map { $0 } }, exportDirectory: reports,
                snapshotPath: snapshotFile, explainWriteFailure: explain, home: home)
        }
        terminal.present(runtime.screen())
        // Lets the real-terminal test prove that a crash restores the terminal.
        if ProcessInfo.processInfo.environment["KFL_TEST_CRASH"] == "1" { fatalError("KFL_TEST_CRASH") }
        var failedReads = 0
        var remembered = location
        let clock = ContinuousClock()
        while !runtime.quitRequested {
            let asked = clock.now
            if let key = terminal.readKey(timeoutMilliseconds: idlePollMilliseconds) {
                failedReads = 0
                // The backend has no bracketed paste: while a field is being
                // edited, take every key already waiting, so a paste becomes one
                // insert and one save (AppRuntime joins the typed runs), drawn once.
                var keys = [key]
                if runtime.isEditingText {
                    while keys.count < maxBatch, let next = terminal.readKey(timeoutMilliseconds: 0) {
                        keys.append(next)
                    }
                }
                runtime.handle(batch: keys)
                if keys.contains(where: { if case .resize = $0 { true } else { false } }) { terminal.invalidate() }
            } else {
                // A read that fails at once, again and again, means input is gone
                // (the terminal closed without a SIGHUP reaching us): stop, don't spin.
                if clock.now - asked < .milliseconds(idlePollMilliseconds / 2) {
                    failedReads += 1
                    if failedReads > 100 { break }
                } else {
                    failedReads = 0
                }
                runtime.tick()
            }
            terminal.present(runtime.screen())
            // Remembered as the user moves, so a closed window (SIGHUP) loses nothing either.
            if let location = browser.state.location, location != remembered {
                RememberedLocation.save(location, snapshot: snapshotPath)
                remembered = location
            }
        }
        terminal.stop()
        if let unsaved = runtime.unsavedText {
            console.err(Strings.CLI.error(Strings.Workbook.unsavedOnQuit(step: unsaved.step)))
            console.err(Strings.Workbook.unsavedTextRule)
            console.err(ControlCharacters.escaped(unsaved.text, allowing: ["\n", "\t"]))
            console.err(Strings.Workbook.unsavedTextRule)
            return .failure
        }
        return runtime.interrupted ? .interrupted : .success
    }
}
