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
    public var message: String?

    public init(unit: UnitReference, request: AnalysisRequest) {
        self.unit = unit
        self.request = request
    }

    public var rowCount: Int { summaries.count + 1 }

    /// The analysis under the cursor (nil on the "new" row).
    public var selected: AnalysisSummary? {
        guard let index = list.selected, index > 0, index <= summaries.count else { return nil }
        return summaries[index - 1]
    }
}

/// What the user can do in the list of analyses.
public enum AnalysisListAction: Hashable, Sendable {
    case up, down, top, bottom, open, new, rename, duplicate, toggleFinished, delete, help, back, quit
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
            B(keys: [.escape, .left, .character("h")], action: .back, help: s.keyBackToBrowser, section: s.sectionOther),
            B(keys: [.character("q"), .controlC], action: .quit, help: s.keyQuit, section: s.sectionOther),
        ])
    }()
}
