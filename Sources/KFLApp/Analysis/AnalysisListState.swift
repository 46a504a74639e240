import KFLCore
import TerminalUI

/// The analyses of one unit: resume, start new, rename, duplicate, finish,
/// export, delete. Shown over the browser.
public struct AnalysisListState: Sendable {
    /// A title being typed: a new name, or the name of an analysis to create.
    public struct TitleField: Sendable, Equatable {
        public enum Purpose: Sendable, Equatable { case create, rename }
        public var purpose: Purpose
        public var editor: TextEditor
        /// Asked for by `a` in the results: Esc returns there, not to the list.
        public var fromBrowser = false
        /// The text is a suggested name, shown selected: the first character typed (or text
        /// pasted) replaces it, Enter takes it as it is, other editing keys start editing it.
        public var suggested = false
    }

    public let unit: UnitReference
    /// What a new analysis starts from: the browser's selection and factor.
    public let request: AnalysisRequest
    public var summaries: [AnalysisSummary] = []
    /// Row i is `summaries[i]`. Creating an analysis takes `n` and a title:
    /// no row creates one by Enter.
    public var list = ListState(selected: 0)
    /// The title being typed (a new analysis, or a new name).
    public var title: TitleField?
    public var confirmingDelete = false
    /// "Markdown or HTML?" after `E`.
    public var askingExportFormat = false
    /// The help's scroll position while it shows (`?`); nil when it does not.
    public var help: Int?
    public var showsHelp: Bool { help != nil }
    public var notice: Notice?

    public init(unit: UnitReference, request: AnalysisRequest) {
        self.unit = unit
        self.request = request
    }

    /// The footer's text.
    public var message: String? { notice?.text }

    public var rowCount: Int { summaries.count }

    /// Puts the cursor on the analysis with `id` (or keeps the row when it is gone).
    mutating func select(analysisID id: String?) {
        let index = id.flatMap { id in summaries.firstIndex { $0.id == id } }
        list.select(index ?? list.selected, count: rowCount)
    }

    /// The analysis under the cursor.
    public var selected: AnalysisSummary? {
        guard let index = list.selected, summaries.indices.contains(index) else { return nil }
        return summaries[index]
    }

    /// The title a new analysis is offered: the factor in view, and the trinn.
    public func suggestedTitle(_ instrument: Instrument) -> String {
        let selection = request.selection
        let factor = request.factorIDs.first.flatMap(instrument.factor(id:))
        var title = request.title ?? factor?.name ?? Strings.Analysis.untitled
        if selection.trinn > 0 { title += ", " + Strings.trinnName(selection.trinn) }
        return title
    }
}

/// What the user can do in the list of analyses.
public enum AnalysisListAction: Hashable, Sendable {
    case up, down, top, bottom, open, new, rename, duplicate, toggleFinished, delete, export, help, back, quit
    /// In the help: the analysis help's scrolling keys.
    case scroll(ScrollMove)
    // While a title is typed.
    case saveTitle, cancel, editorKey
    // In the delete question, the export question and the help.
    case confirm, close, exportMarkdown, exportHTML
}

/// The list's keys: one table per place for input, the status line and help.
public enum AnalysisListKeymap {
    typealias B = Keymap<AnalysisListAction>.Binding
    static var s: Strings.AnalysisTUI.Type { Strings.AnalysisTUI.self }

    /// Every key of the list, for the manual (one table per language).
    public static var keymap: Keymap<AnalysisListAction> { keymaps.current }
    private static let keymaps = PerLanguage<Keymap<AnalysisListAction>> {
        keymap(onAnalysis: true, severalRows: true)
    }

    /// The list's keys with the cursor on an analysis (or on none).
    public static func keymap(for state: AnalysisListState) -> Keymap<AnalysisListAction> {
        keymap(onAnalysis: state.selected != nil, severalRows: state.rowCount > 1)
    }

    static func keymap(onAnalysis: Bool, severalRows: Bool) -> Keymap<AnalysisListAction> {
        let b = Strings.Browser.self
        var bindings: [B] = []
        if onAnalysis {
            bindings.append(
                B(
                    keys: [.enter, .right, .character("l")], action: .open, help: s.keyResume, section: s.sectionList,
                    hint: s.hintOpen))
        }
        bindings.append(
            B(
                keys: [.character("n"), .character("+")], action: .new, help: s.keyNew, section: s.sectionList,
                hint: s.hintNew))
        if severalRows {
            bindings += [
                B(
                    keys: [.down, .character("j")], action: .down, help: b.keyDown, section: s.sectionList,
                    hint: s.hintMove, hintKeys: [.up, .down]),
                B(keys: [.up, .character("k")], action: .up, help: b.keyUp, section: s.sectionList),
                B(keys: [.home, .character("g")], action: .top, help: b.keyTop, section: s.sectionList),
                B(keys: [.end, .character("G")], action: .bottom, help: b.keyBottom, section: s.sectionList),
            ]
        }
        if onAnalysis {
            bindings += [
                B(
                    keys: [.character("E"), .character("e")], action: .export, help: s.keyExport,
                    section: s.sectionList, hint: s.hintExport),
                B(
                    keys: [.character("r")], action: .rename, help: s.keyRename, section: s.sectionList,
                    hint: s.hintRename),
                B(
                    keys: [.character("d")], action: .duplicate, help: s.keyDuplicate, section: s.sectionList,
                    hint: s.hintDuplicate),
                B(
                    keys: [.character("f")], action: .toggleFinished, help: s.keyFinish, section: s.sectionList,
                    hint: s.hintFinish),
                B(
                    keys: [.character("x"), .delete], action: .delete, help: s.keyDelete, section: s.sectionList,
                    hint: s.hintDelete),
            ]
        }
        bindings += [
            B(
                keys: [.escape, .left, .character("h")], action: .back, help: s.keyBackToBrowser,
                section: s.sectionOther, hint: b.hintBack),
            B(
                keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther,
                hint: s.hintQuit),
            B(
                keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther,
                hint: s.hintHelp),
        ]
        return Keymap(bindings)
    }

    /// The keys valid now: the title field's, a question's, the help's or the list's.
    public static func context(for state: AnalysisListState) -> KeyContext<AnalysisListAction> {
        if state.showsHelp { return helpScrolling }
        if let title = state.title { return titleField(title.purpose) }
        if state.confirmingDelete { return confirm }
        if state.askingExportFormat { return exportFormat }
        return KeyContext(keymap(for: state))
    }

    /// Typing a title: Enter saves (or creates), Esc cancels, other keys edit one line.
    static func titleField(_ purpose: AnalysisListState.TitleField.Purpose) -> KeyContext<AnalysisListAction> {
        let save =
            purpose == .create
            ? B(keys: [.enter], action: .saveTitle, help: s.keyCreate, section: s.sectionList, hint: s.hintCreate)
            : B(keys: [.enter], action: .saveTitle, help: s.keySaveTitle, section: s.sectionList, hint: s.hintSaveTitle)
        return KeyContext(
            Keymap([
                save,
                B(keys: [.escape], action: .cancel, help: s.keyCancel, section: s.sectionList, hint: s.hintCancel),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther, hint: s.hintQuit),
            ]), otherKey: .editorKey)
    }

    /// "Slette …? (j/n)": j or y deletes, any other key keeps.
    static var confirm: KeyContext<AnalysisListAction> {
        KeyContext(
            Keymap([
                B(
                    keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm,
                    help: s.keyDelete, section: s.sectionList, hint: s.hintDelete),
                B(
                    keys: [.character("n"), .character("N"), .escape], action: .close, help: s.keyConfirmNo,
                    section: s.sectionList, hint: s.hintNo),
                B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
            ]), otherKey: .close)
    }

    /// "Markdown or HTML?".
    static var exportFormat: KeyContext<AnalysisListAction> {
        ExportFormatKeys.context(
            markdown: AnalysisListAction.exportMarkdown, html: .exportHTML, cancel: .close, quit: .quit,
            section: s.sectionList)
    }

    /// The help: it scrolls with the keys an analysis's help scrolls with (↑↓, PgUp/PgDn,
    /// Space, Home/End, g/G); Esc or any other key closes it.
    static var helpScrolling: KeyContext<AnalysisListAction> {
        KeyContext(
            AnalysisKeymap.scrolling.keymap.mapActions { action in
                action.scrollMove.map(AnalysisListAction.scroll) ?? (action == .quit ? .quit : .close)
            }, otherKey: .close)
    }
}
