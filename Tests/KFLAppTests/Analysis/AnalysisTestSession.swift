import Foundation
import KFLApp
import KFLCore
import KFLStore
import KFLTestSupport
import TerminalUI
import Testing

/// The whole app on the demo snapshot and a real workbook in a fresh temp
/// folder, driven by keys as a user would.
final class AnalysisTestSession {
    static let fixedNow = Date(timeIntervalSince1970: 1_700_000_000)

    let directory: URL
    let workbookPath: String
    let workbook: Workbook
    let reader: SnapshotReader
    let app: AppRuntime
    let unit: ReportingUnit

    /// Opens the browser on `trinn` (0: the whole school) of the school
    /// called `school` (default: the first school with a 7. trinn), elever
    /// 5.–10. trinn, at `round`, in `view`; the workbook in a fresh folder or at `workbookPath`.
    /// Reports go where kfl puts them for a user whose home is `home` (default:
    /// a fresh home folder with a `Dokumenter` folder).
    init(
        width: Int = 80, height: Int = 24, round: Int = 2018, glyphs: Glyphs = .unicode, school name: String? = nil,
        trinn: Int = 7, view: ResultsView = .levels, workbookPath: String? = nil, home: String? = nil
    ) throws {
        directory = try DemoFixture.temporaryDirectory("kfl-analysis-tui")
        let home = home ?? directory.appendingPathComponent("home").path
        if home.hasPrefix(directory.path) {
            try FileManager.default.createDirectory(atPath: home + "/Dokumenter", withIntermediateDirectories: true)
        }
        self.workbookPath = workbookPath ?? directory.appendingPathComponent("wb.sqlite").path
        // Ids a golden can hold (the list shows their first 8 digits), counted in a
        // workbook of its own; random where several sessions share one workbook.
        let ids = SequentialIDs()
        let counted = workbookPath == nil
        let newID: @Sendable () -> String = { counted ? ids.next() : Workbook.newID() }
        workbook = try Workbook(path: self.workbookPath, clock: { AnalysisTestSession.fixedNow }, newID: newID)
        let reader = try DemoFixture.reader()
        self.reader = reader
        let tree = reader.info.tree
        let school = try #require(
            name.map { name in tree.units.first { $0.kind == .school && $0.name == name } } ?? Self.school(in: tree))
        unit = school
        let location = BrowserLocation(
            unitKind: .school, unitCode: school.code, trinn: trinn, round: round, groupID: "elev510", genderMode: .all,
            view: view)
        let browser = BrowserRuntime(
            source: reader, snapshotName: "Hedmark", width: width, height: height, glyphs: glyphs, colors: true,
            location: location)
        app = AppRuntime(
            browser: browser, store: workbook, newID: newID,
            exportDirectory: ReportFolder.resolve(environment: [:], home: home).path,
            explainWriteFailure: { OutputTarget.reason(writing: $0, failedWith: $1) }, home: home)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func school(in tree: UnitTree) -> ReportingUnit {
        tree.units.first { $0.kind == .school && ($0.trinnRange?.contains(7) ?? false) }!
    }

    var state: AnalysisState? { app.analysis }
    var screen: Screen { app.screen() }

    func press(_ keys: Key...) { for key in keys { app.handle(key) } }

    /// Types text one character at a time, as a user does.
    func type(_ text: String) {
        for character in text { app.handle(character == "\n" ? .enter : .character(character)) }
    }

    /// In the browser: to the results pane, down to the factor with `factorID`.
    func selectFactor(_ factorID: String) {
        press(.tab)
        let factors = app.browser.state.loaded?.byGender.first?.areas.flatMap(\.factors).map(\.factor.id) ?? []
        for _ in 0..<(factors.firstIndex(of: factorID) ?? 0) { press(.down) }
    }

    /// `a` on the school's 7. trinn with "Uro og forstyrrelser i timene" selected.
    func startAnalysis() {
        selectFactor("e510_uro")
        startAnalysisHere()
    }

    /// `a`, and Enter on the title it offers (the factor in view), as a user
    /// who takes the suggestion does.
    func startAnalysisHere() {
        press(.character("a"))
        if app.mode == .list, app.list?.title != nil { press(.enter) }
    }

    /// A second connection to the same file: another window.
    func otherWindow() throws -> Workbook { try Workbook(path: workbookPath, clock: { AnalysisTestSession.fixedNow }) }
}

/// UUID-shaped ids counted from 1: the same ids every run.
final class SequentialIDs: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return String(format: "%08x-0000-4000-8000-%012x", (count * 0x1111_1111) % 0xffff_ffff, count)
    }
}
