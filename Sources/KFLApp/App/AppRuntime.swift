import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs the whole program: the results browser (with its own runtime), and
/// over it the list of a unit's analyses and an open analysis, whose state
/// changes only in `AppUpdate`. This is where effects happen: workbook
/// writes and reads, snapshot reads, new ids. Each effect's result goes back
/// into the update as a message. Quitting from anywhere loses nothing: every
/// edit is saved when it is made, and text whose save failed is asked about.
///
/// Without a workbook (it could not be opened for writing) the results are
/// browsed as usual; `a` and `A` try it again through `retry`.
public final class AppRuntime {
    public typealias Mode = AppState.Mode
    /// Opens the workbook again, or says why it still cannot be used.
    public typealias Retry = () -> Result<AnalysisStore, WorkbookProblem>

    public let browser: BrowserRuntime
    var store: AnalysisStore?
    var retry: Retry?
    public private(set) var state: AppState
    /// Where new ids come from (random UUIDs unless a test says otherwise).
    let newID: () -> String
    /// The folder exported reports are written to: the user's documents
    /// folder (`ReportFolder`, decided by the command line, which knows files).
    let exportDirectory: String
    /// Set when Ctrl-C ended the program (its exit code is 130).
    public private(set) var interrupted = false
    /// The snapshot file open, which new analyses remember.
    let snapshotPath: String?
    /// Why a report file could not be written, in Norwegian (the file system's
    /// own words are English): given by the command line, which knows files.
    let explainWriteFailure: WriteFailure
    public typealias WriteFailure = (_ path: String, _ error: any Error) -> String
    /// The user's home folder: a report's path is told from "~", so the file's
    /// name still fits on the status line at 80 columns.
    let home: String

    public init(
        browser: BrowserRuntime, store: AnalysisStore, newID: @escaping () -> String = AppRuntime.uuid,
        exportDirectory: String, snapshotPath: String? = nil,
        explainWriteFailure: @escaping WriteFailure = AppRuntime.writeFailure,
        home: String = FileManager.default.homeDirectoryForCurrentUser.path
    ) {
        self.home = home
        self.browser = browser
        self.store = store
        self.newID = newID
        self.exportDirectory = exportDirectory
        self.snapshotPath = snapshotPath
        self.explainWriteFailure = explainWriteFailure
        let b = browser.state
        state = AppState(info: b.info, width: b.width, height: b.height, glyphs: b.glyphs, colors: b.colors)
    }

    /// The results without analyses: the workbook could not be opened, for `problem`.
    public init(
        browser: BrowserRuntime, workbookProblem problem: WorkbookProblem, retry: @escaping Retry,
        newID: @escaping () -> String = AppRuntime.uuid,
        exportDirectory: String, snapshotPath: String? = nil,
        explainWriteFailure: @escaping WriteFailure = AppRuntime.writeFailure,
        home: String = FileManager.default.homeDirectoryForCurrentUser.path
    ) {
        self.home = home
        self.browser = browser
        self.retry = retry
        self.newID = newID
        self.exportDirectory = exportDirectory
        self.snapshotPath = snapshotPath
        self.explainWriteFailure = explainWriteFailure
        let b = browser.state
        state = AppState(info: b.info, width: b.width, height: b.height, glyphs: b.glyphs, colors: b.colors)
        state.workbookProblem = problem
        browser.setStatusNote(problem.statusLine)
    }

    public static func uuid() -> String { UUID().uuidString.lowercased() }

    /// The error's Norwegian text, where no one better placed explains it.
    public static func writeFailure(_ path: String, _ error: any Error) -> String { ErrorText.message(for: error) }

    public var mode: Mode { state.mode }
    public var list: AnalysisListState? { state.list }
    public var analysis: AnalysisState? { state.analysis }
    public var quitRequested: Bool { state.quitRequested }
    public var isEditingText: Bool { state.isEditingText }

    /// Text on screen that the workbook does not have, with the title of the
    /// step it was typed in: after a quit, it is all that is left of it.
    public var unsavedText: (step: String, text: String)? {
        guard let analysis = state.analysis, let text = analysis.unsavedText else { return nil }
        return (analysis.steps.step(analysis.step).title, text)
    }

    var source: ResultsSource { browser.source }

    // MARK: Keys

    public func handle(_ key: Key) {
        if case .resize = key {
            resize(key)
            return
        }
        dispatch(key)
        poll()
    }

    /// Keys that were all waiting at once, in order. While a text field is
    /// being edited, each run of typed characters and Enters in them is one
    /// paste: one insert, one undo step, one save. Everywhere else, and for
    /// any other key, each key is handled on its own.
    public func handle(batch keys: [Key]) {
        var index = keys.startIndex
        while index < keys.endIndex {
            var end = index
            if isEditingText {
                while end < keys.endIndex, Self.pastedText(keys[end]) != nil { end += 1 }
            }
            if end - index > 1 {
                dispatch(.paste(keys[index..<end].compactMap(Self.pastedText).joined()))
                index = end
            } else {
                if case .resize = keys[index] { resize(keys[index]) } else { dispatch(keys[index]) }
                index += 1
            }
            if quitRequested { break }
        }
        poll()
    }

    /// The text a key types into a field, for keys that only type.
    static func pastedText(_ key: Key) -> String? {
        switch key {
        case .character(let c): return String(c)
        case .enter: return "\n"
        default: return nil
        }
    }

    func resize(_ key: Key) {
        guard case .resize(let width, let height) = key else { return }
        browser.handle(key)
        send(.resized(width: width, height: height))
    }

    /// One key to the screen in front: the browser's runtime, or the app's update.
    func dispatch(_ key: Key) {
        defer { if quitRequested, key == .controlC { interrupted = true } }
        guard mode == .browser, !state.showsWorkbookProblem else {
            send(.key(key))
            return
        }
        browser.handle(key)
        if browser.state.quitRequested { state.quitRequested = true }
        if let request = browser.takeAnalysisRequest() { send(.analysisRequested(request)) }
    }

    /// Called when no key came for a while: picks up changes made elsewhere.
    public func tick() { poll() }

    public func screen() -> Screen {
        if let analysis = state.analysis { return AnalysisView.render(analysis) }
        let background = browser.screen()
        if state.showsWorkbookProblem, let problem = state.workbookProblem {
            return WorkbookProblemView.draw(problem, over: background, glyphs: state.glyphs, colors: state.colors)
        }
        guard let list = state.list else { return background }
        return AnalysisListView.draw(list, over: background, glyphs: state.glyphs, colors: state.colors)
    }

    /// Reloads what another window or process changed.
    func poll() {
        guard let store, (try? store.hasChangedElsewhere()) == true, mode != .browser else { return }
        send(.changedElsewhere)
    }

    // MARK: Messages and effects

    /// Sends `message`, then reads from the snapshot what the open analysis
    /// shows and lacks (once: what the snapshot has no value for stays missing).
    func send(_ message: AppMessage) {
        update(message)
        loadResults()
    }

    /// Updates the state with `message`, performs the effects and updates
    /// with each result in turn, as the update asked for them.
    func update(_ message: AppMessage) {
        let effects = AppUpdate.update(&state, message, newID: newID)
        for effect in effects { update(perform(effect)) }
        browser.setStatusNote(state.workbookProblem?.statusLine)
    }

    /// Does what an effect asks; the result is the message to send back.
    func perform(_ effect: AppEffect) -> AppMessage {
        switch effect {
        case .analysis(.write(let analysisID, let write, let purpose)):
            return .analysis(.written(write, outcome(of: write, in: analysisID), purpose))
        case .analysis(.reload(let analysisID, let reason)):
            return .analysis(.reloaded(storeResult { try $0.load(id: analysisID) }, reason))
        case .loadList(let unit, let followUp):
            return .listLoaded(storeResult { try $0.list(unit: unit) }, followUp)
        case .create(let title, let unit, let context, let linked):
            let result = storeResult {
                Optional(
                    try $0.create(
                        title: title, unit: unit, context: context, linkedFactors: linked,
                        snapshot: snapshotPath.map { SnapshotReference(path: $0, fingerprint: state.info.fingerprint) })
                )
            }
            return .opened(result, isNew: true)
        case .open(let analysisID):
            return .opened(storeResult { try $0.load(id: analysisID) }, isNew: false)
        case .listWrite(let write):
            return .listWritten(write, outcome(of: write))
        case .retryWorkbook(let request):
            return .workbookRetried(reopen(), request)
        case .export(let analysisID, let format):
            return .exported(export(analysisID, format))
        case .analysis(.export(let analysisID, let format)):
            return .analysis(.exported(export(analysisID, format)))
        }
    }

    /// Writes the analysis as stored, with the snapshot's results, to a new
    /// file in `exportDirectory` (never over another file).
    func export(_ analysisID: String, _ format: ReportFormat) -> ExportOutcome {
        guard let analysis = try? store?.load(id: analysisID),
            let data = try? AnalysisReportData.build(analysis: analysis, source: source, exportedAt: Date())
        else { return .unreadable }
        let name = format.fileName(title: analysis.title, id: analysis.id)
        let path = ReportFormat.freePath(in: exportDirectory, name: name) { FileManager.default.fileExists(atPath: $0) }
        do {
            try Data(format.render(data).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return .exported(path: shown(path))
        } catch {
            return .failed(path: shown(path), reason: explainWriteFailure(path, error))
        }
    }

    /// "~/Dokumenter/uro-….md" for a path in the home folder.
    func shown(_ path: String) -> String {
        let home = home.hasSuffix("/") ? String(home.dropLast()) : home
        guard !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Opens the workbook again; nil when it is open now.
    func reopen() -> WorkbookProblem? {
        guard store == nil else { return nil }
        guard let retry else { return state.workbookProblem }
        switch retry() {
        case .success(let opened):
            store = opened
            self.retry = nil
            return nil
        case .failure(let problem):
            return problem
        }
    }

    /// The workbook; the update asks for no workbook effect while it has none.
    func openStore() throws -> AnalysisStore {
        guard let store else { throw AnalysisStoreError(.other, path: state.workbookProblem?.path ?? "") }
        return store
    }

    func outcome(of write: AnalysisWrite, in analysisID: String) -> WriteOutcome {
        do {
            let store = try openStore()
            switch write {
            case .text(let field, let text, let revision):
                return .saved(
                    revision: try store.updateText(analysisID: analysisID, field: field, value: text, basedOn: revision)
                )
            case .add(let item):
                return .added(AnyAnalysisItem(try store.add(item.base, to: analysisID)))
            case .update(let item):
                return .saved(revision: try store.update(item.base, in: analysisID))
            case .remove(let item):
                try store.remove(item.base, from: analysisID)
                return .removed
            }
        } catch let conflict as AnalysisConflict {
            return .conflict(conflict)
        } catch {
            return .failed(Self.storeError(error))
        }
    }

    func outcome(of write: ListWrite) -> ListWriteOutcome {
        do {
            let store = try openStore()
            switch write {
            case .rename(let summary, let title):
                _ = try store.rename(analysisID: summary.id, title: title, basedOn: summary.revision)
            case .setStatus(let summary, let status):
                _ = try store.setStatus(analysisID: summary.id, status: status, basedOn: summary.revision)
            case .duplicate(let summary):
                guard let copy = try store.duplicate(analysisID: summary.id) else { return .done }
                return .duplicated(id: copy.id, title: copy.title)
            case .delete(let summary):
                try store.delete(analysisID: summary.id)
            }
            return .done
        } catch let conflict as AnalysisConflict {
            return .conflict(conflict)
        } catch {
            return .failed(Self.storeError(error))
        }
    }

    func storeResult<T>(_ body: (AnalysisStore) throws -> T) -> Result<T, AnalysisStoreError> {
        do {
            return .success(try body(try openStore()))
        } catch {
            return .failure(Self.storeError(error))
        }
    }

    /// The store's contract says `AnalysisStoreError`; anything else is said as "other".
    static func storeError(_ error: any Error) -> AnalysisStoreError {
        error as? AnalysisStoreError ?? AnalysisStoreError(.other, path: "")
    }

    /// Reads from the snapshot what the open analysis's steps show and it lacks.
    func loadResults() {
        guard let analysis = state.analysis, let unit = analysis.unit else { return }
        let request = AnalysisUpdate.missingResults(analysis)
        guard !request.isEmpty else { return }
        var results = AnalysisResults()
        do {
            for key in request.details {
                guard let factor = analysis.info.instrument.factor(id: key.factorID) else { continue }
                let selection = ResultsSelection(
                    unitID: unit.id, round: analysis.analysis.context.round, trinn: key.trinn, groupID: factor.groupID,
                    gender: key.gender)
                results.details[key] = try source.factorDetail(factor: factor, selection: selection)
            }
            for indicator in request.indicators {
                results.progress[indicator.id] = try source.indicatorProgress(indicator, in: analysis.analysis)
            }
            for linked in request.linked {
                results.linkedData[linked.id] = try source.linkedData(linked, in: analysis.analysis)
            }
            if request.groups { results.groups = try source.groups(for: unit, trinn: 0) }
        } catch {
            update(.analysis(.resultsFailed))
            return
        }
        update(.analysis(.resultsLoaded(results)))
    }
}
