import KFLCore
import TerminalUI

/// The program's state over the results browser: the list of a unit's
/// analyses and an open analysis. A value, changed only by `AppUpdate`.
/// (The browser keeps its own state and runtime; the app shell hears from
/// it through `AppMessage.analysisRequested`.)
public struct AppState: Sendable {
    /// Which screen has the keyboard.
    public enum Mode: Equatable, Sendable { case browser, list, analysis }

    public let info: SnapshotInfo
    /// The terminal: size, glyphs and colour, for the screens opened.
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var colors: Bool
    /// The list of the unit's analyses; it stays under an open analysis.
    public var list: AnalysisListState?
    public var analysis: AnalysisState?
    public var quitRequested = false
    /// Why the analyses cannot be used (the workbook could not be opened for
    /// writing); nil when they can. The results can be browsed either way.
    public var workbookProblem: WorkbookProblem?
    /// The explanation of `workbookProblem` is shown over the results (after `a` or `A`).
    public var showsWorkbookProblem = false

    public init(info: SnapshotInfo, width: Int, height: Int, glyphs: Glyphs = .unicode, colors: Bool = true) {
        self.info = info
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.colors = colors
    }

    public var mode: Mode {
        if analysis != nil { return .analysis }
        if list != nil { return .list }
        return .browser
    }

    /// Whether a text field is being edited (typed keys are text).
    public var isEditingText: Bool {
        guard let analysis else { return false }
        return analysis.editing != nil && analysis.overlay == nil
    }
}
