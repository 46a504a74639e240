import KFLCore
import TerminalUI

/// The analyses of one unit: resume, start new, rename, duplicate, finish,
/// delete. Shown over the browser.
public struct AnalysisListState: Sendable {
    public let unit: UnitReference
    /// What a new analysis starts from: the browser's selection and factor.
    public let request: AnalysisRequest
    public var summaries: [AnalysisSummary] = []
    /// Row 0 is "new analysis"; row i + 1 is `summaries[i]`.
    public var list = ListState(selected: 0)
    /// The title being typed for a rename.
    public var renaming: TextEditor?
    public var confirmingDelete = false
    public var showsHelp = false
    public var notice: Notice?

    public init(unit: UnitReference, request: AnalysisRequest) {
        self.unit = unit
        self.request = request
    }

    /// The footer's text.
    public var message: String? { notice?.text }

    public var rowCount: Int { summaries.count + 1 }

    /// Puts the cursor on the analysis with `id` (or keeps the row when it is gone).
    mutating func select(analysisID id: String?) {
        let index = id.flatMap { id in summaries.firstIndex { $0.id == id } }.map { $0 + 1 }
        list.select(index ?? list.selected, count: rowCount)
    }

    /// The analysis under the cursor (nil on the "new" row).
    public var selected: AnalysisSummary? {
        guard let index = list.selected, index > 0, index <= summaries.count else { return nil }
        return summaries[index - 1]
    }
}

/// What the user can do in the list of analyses.
public enum AnalysisListAction: Hashable, Sendable {
    case up, down, top, bottom, open, new, rename, duplicate, toggleFinished, delete, help, back, quit
    // While a new title is typed.
    case saveTitle, cancel, editorKey
    // In the delete question and the help.
    case confirm, close
}

/// The list's keys: one table for input and help.
public enum AnalysisListKeymap {
    public static let keymap: Keymap<AnalysisListAction> = {
        typealias B = Keymap<AnalysisListAction>.Binding
        let s = Strings.AnalysisTUI.self
        let b = Strings.Browser.self
        return Keymap([
            B(keys: [.up, .character("k")], action: .up, help: b.keyUp, section: s.sectionList),
            B(keys: [.down, .character("j")], action: .down, help: b.keyDown, section: s.sectionList),
            B(keys: [.home, .character("g")], action: .top, help: b.keyTop, section: s.sectionList),
            B(keys: [.end, .character("G")], action: .bottom, help: b.keyBottom, section: s.sectionList),
            B(keys: [.enter, .right, .character("l")], action: .open, help: s.keyResume, section: s.sectionList),
            B(keys: [.character("n"), .character("+")], action: .new, help: s.keyNew, section: s.sectionList),
            B(keys: [.character("r")], action: .rename, help: s.keyRename, section: s.sectionList),
            B(keys: [.character("d")], action: .duplicate, help: s.keyDuplicate, section: s.sectionList),
            B(keys: [.character("f")], action: .toggleFinished, help: s.keyFinish, section: s.sectionList),
            B(keys: [.character("x"), .delete], action: .delete, help: s.keyDelete, section: s.sectionList),
            B(keys: [.character("?"), .function(1)], action: .help, help: s.keyHelp, section: s.sectionOther),
            B(
                keys: [.escape, .left, .character("h")], action: .back, help: s.keyBackToBrowser,
                section: s.sectionOther),
            B(keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ])
    }()

    /// The keys valid now: the rename field's, the delete question's, the help's or the list's.
    public static func context(for state: AnalysisListState) -> KeyContext<AnalysisListAction> {
        if state.showsHelp { return anyKeyCloses }
        if state.renaming != nil { return renaming }
        if state.confirmingDelete { return confirm }
        return KeyContext(keymap)
    }

    typealias B = Keymap<AnalysisListAction>.Binding
    static var s: Strings.AnalysisTUI.Type { Strings.AnalysisTUI.self }

    /// Typing a new title: Enter saves, Esc cancels, other keys edit one line.
    static let renaming = KeyContext(
        Keymap([
            B(keys: [.enter], action: .saveTitle, help: s.renameHints[0].1, section: s.sectionList),
            B(keys: [.escape], action: .cancel, help: s.renameHints[1].1, section: s.sectionList),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .editorKey)

    /// "Slette …? (j/n)": j or y deletes, any other key keeps.
    static let confirm = KeyContext(
        Keymap([
            B(
                keys: [.character("j"), .character("J"), .character("y"), .character("Y")], action: .confirm,
                help: s.confirmDeleteHints[0].1, section: s.sectionList),
            B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ]), otherKey: .close)

    /// The help: any key closes it.
    static let anyKeyCloses = KeyContext(
        Keymap([B(keys: [.controlC], action: .quit, help: s.keyQuit, section: s.sectionOther)]), otherKey: .close)
}
