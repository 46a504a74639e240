import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// A workbook that cannot be opened for writing never keeps the results from
/// showing: the status line says why there are no analyses, `a` and `A` try
/// the workbook again and explain when it still cannot be used.
@Suite(.serialized) struct WorkbookUnavailableTests {
    /// The browser on the demo county, without a workbook because of `problem`;
    /// `a` and `A` open the workbook through `retry`.
    static func app(
        _ problem: WorkbookProblem, width: Int = 80, height: Int = 24,
        retry: @escaping AppRuntime.Retry
    ) throws -> AppRuntime {
        let browser = BrowserRuntime(
            source: try DemoFixture.reader(), snapshotName: "Hedmark", width: width, height: height)
        return AppRuntime(
            browser: browser, workbookProblem: problem, retry: retry,
            exportDirectory: FileManager.default.temporaryDirectory.path)
    }

    /// Opens a workbook as the command line does, with a short wait for a lock.
    static func open(_ path: String) -> Result<AnalysisStore, WorkbookProblem> {
        do {
            return .success(try Workbook(path: path, openTimeout: .milliseconds(50)))
        } catch {
            return .failure(error.problem)
        }
    }

    static func text(_ screen: Screen) -> String { screen.lines.joined(separator: "\n") }

    @Test(
        "a read-only disk: the results, a line saying why, the explanation on a and A, nothing written",
        .enabled(if: SmallDisk.available, Comment(rawValue: SmallDisk.unavailableReason)))
    func readOnlyDisk() throws {
        let disk = try #require(SmallDisk(kibibytes: 256))
        try disk.makeReadOnly()
        let path = disk.file("kfl/arbeidsbok.sqlite")
        guard case .failure(let problem) = Self.open(path) else {
            Issue.record("a workbook opened on a read-only disk")
            return
        }
        #expect(problem == WorkbookProblem(.readOnly, path: path))
        let app = try Self.app(problem) { Self.open(path) }
        var screen = Self.text(app.screen())
        #expect(screen.contains("Resultater – Hedmark"), "the results show: \(screen)")
        #expect(
            app.screen().lines.last?.hasPrefix(" Analyser utilgjengelige: arbeidsboka er skrivebeskyttet (a: mer)")
                == true)

        for key in ["a", "A"] {
            app.handle(.character(Character(key)))
            #expect(app.state.showsWorkbookProblem)
            #expect(app.mode == .browser, "no list of analyses, no analysis")
            screen = Self.text(app.screen())
            #expect(screen.contains("Analysene er ikke tilgjengelige"), "\(screen)")
            #expect(screen.contains("skrivebeskyttet"))
            #expect(screen.contains("Gi deg selv skriverett"))
            let said = (problem.explanation + [problem.statusLine]).joined(separator: "\n")
            #expect(UserText.englishWords(in: said, redacting: [path]).isEmpty, "\(said)")
            app.handle(.escape)
            #expect(!app.state.showsWorkbookProblem && !app.quitRequested)
        }
        app.handle(.down)
        #expect(app.browser.state.currentItem?.label != "Hele fylket", "the browser moves as before")
        #expect(try disk.fileNames().isEmpty, "nothing written")
        app.handle(.character("a"))
        app.handle(.controlC)
        #expect(app.quitRequested, "Ctrl-C in the explanation quits, as everywhere")
    }

    @Test("locked by another program: a and A say so; once the lock is gone, a opens the analysis")
    func lockedThenFree() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        _ = try Workbook(path: path)
        let other = try SQLiteDatabase.open(path: path, mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        guard case .failure(let problem) = Self.open(path) else {
            Issue.record("a locked workbook opened")
            return
        }
        #expect(problem.cause == .locked)
        let app = try Self.app(problem, width: 120, height: 40) { Self.open(path) }
        #expect(app.screen().lines.last?.contains("Analyser utilgjengelige: arbeidsboka er låst (a: mer)") == true)
        app.handle(.character("a"))
        #expect(Self.text(app.screen()).contains("låst av et annet kfl-vindu eller program"))
        #expect(Self.text(app.screen()).contains("Vent litt og trykk a igjen"))
        app.handle(.escape)

        try other.execute("COMMIT")
        app.handle(.character("a"))
        // The title it offers, taken with Enter (issue 11: no analysis without a title).
        if app.mode == .list { app.handle(.enter) }
        #expect(app.mode == .analysis, "the workbook opened and the analysis started")
        #expect(app.state.workbookProblem == nil)
        #expect(app.browser.state.statusNote == nil)
        #expect(try Workbook(path: path).all().count == 1)
    }

    @Test("the explanation at 80×24 and 120×40")
    func golden() throws {
        let problem = WorkbookProblem(.readOnly, path: "/media/minnepinne/kfl/arbeidsbok.sqlite")
        for (width, height) in [(80, 24), (120, 40)] {
            let app = try Self.app(problem, width: width, height: height) { .failure(problem) }
            expectGolden(app.screen(), named: "workbook-read-only-\(width)x\(height)")
            app.handle(.character("A"))
            expectGolden(app.screen(), named: "workbook-read-only-explained-\(width)x\(height)")
        }
    }
}
