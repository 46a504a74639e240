import KFLCore
import TerminalUI

/// Where the parts of an analysis screen go: the one source of geometry,
/// shared by the view and the update, so the editor wraps at the width it is
/// drawn at and a page is what the screen shows.
struct AnalysisLayout {
    static let minimumWidth = BrowserView.minimumWidth
    static let minimumHeight = BrowserView.minimumHeight
    /// From this width the guide stands beside the fields.
    static let sideGuideWidth = 110

    let header: Rect
    let stepBar: Rect
    let title: Rect
    /// The guide: beside the fields when wide, above them when narrow.
    let guide: Rect
    let guideIsSide: Bool
    let fields: Rect
    /// A notice or a question (j/n, m/h), above the key bar; empty when there is none.
    let notice: Rect
    /// The keys that work here: one row, or two when they do not fit in one.
    let status: Rect

    /// Whether the window is large enough for the analysis (else it says so, and only `q` works).
    static func fits(_ state: AnalysisState) -> Bool { fits(width: state.width, height: state.height) }

    static func fits(width: Int, height: Int) -> Bool {
        TooSmall.fits(width: width, height: height, neededWidth: minimumWidth, neededHeight: minimumHeight)
    }

    /// The key bar for the keys valid now (`AnalysisKeymap.context(for:)`).
    static func keyBar(_ state: AnalysisState) -> KeyBar {
        KeyBar(hints: AnalysisKeymap.context(for: state).keymap.statusHints(ascii: state.glyphs.isASCII))
    }

    /// Whether a line above the key bar is needed: a notice, or a question.
    static func hasNoticeLine(_ state: AnalysisState) -> Bool {
        if state.notice != nil { return true }
        switch state.overlay {
        case .confirmRemove, .exportFormat: return true
        default: return false
        }
    }

    static func make(_ state: AnalysisState) -> AnalysisLayout {
        let screen = Rect(width: state.width, height: state.height)
        let barHeight = keyBar(state).height(width: state.width, maxRows: 2)
        let noticeHeight = hasNoticeLine(state) ? 1 : 0
        let rows = Layout.rows(
            [.fixed(1), .fixed(1), .fixed(1), .fill(1), .fixed(noticeHeight), .fixed(barHeight)], in: screen)
        let body = rows[3]
        if state.width >= sideGuideWidth {
            let columns = Layout.columns([.fill(1), .fixed(min(50, state.width * 2 / 5))], in: body, spacing: 1)
            return AnalysisLayout(
                header: rows[0], stepBar: rows[1], title: rows[2], guide: columns[1], guideIsSide: true,
                fields: columns[0].inset(top: 1), notice: rows[4], status: rows[5])
        }
        let wanted = GuideView.lines(state, width: body.width - 2, compact: true).count + 2
        let guideHeight = min(wanted, max(4, body.height * 9 / 20))
        let parts = body.splitVertically(at: guideHeight)
        return AnalysisLayout(
            header: rows[0], stepBar: rows[1], title: rows[2], guide: parts.top, guideIsSide: false,
            fields: parts.bottom, notice: rows[4], status: rows[5])
    }

    /// Columns left of a target's text inside the fields area.
    static func indent(for target: TextTarget) -> Int {
        if case .item(let ref, let field) = target {
            if ref.kind == AnalysisAction.kind { return 2 + actionLabelWidth }
            if ref.kind == Hypothesis.kind, field == "reason" { return 6 }
        }
        return 4
    }

    static let actionLabelWidth = 12

    /// The wrap width and the most lines an editor for `target` may show.
    func editorSize(for target: TextTarget) -> (width: Int, height: Int) {
        (max(1, fields.width - Self.indent(for: target) - 1), max(1, fields.height - 3))
    }

    // MARK: Dialogs

    /// Between the step bar and the notice line: where dialogs go. A dialog
    /// covers all of it, so it never cuts through the guide's or the fields' borders.
    var dialogArea: Rect { Rect(x: 0, y: title.y, width: header.width, height: notice.y - title.y) }

    /// The help overlay's box.
    var help: Rect { dialogArea }

    /// The full guide's box (`i`).
    var guideOverlay: Rect { dialogArea }

    /// A picker's box.
    var picker: Rect { dialogArea }

    /// The rows of a picker's list that show at once (a searched list gives one to its search line).
    func pickerPage(_ picker: PickerState) -> Int { max(1, self.picker.height - 2 - (picker.isFiltered ? 1 : 0)) }

    /// The target value dialog's box (step 7).
    var targetBox: Rect { dialogArea.centered(width: min(dialogArea.width - 4, 64), height: 9) }

    /// Where the target value is typed: after the prompt, inside the box.
    var targetField: Rect {
        let inner = Box.inner(targetBox)
        let x = inner.x + DisplayWidth.of(" " + Strings.AnalysisTUI.targetPrompt)
        return Rect(x: x, y: inner.y + 3, width: max(1, inner.maxX - x - 1), height: 1)
    }

    /// How far the help (`?`) scrolls, and one page of it.
    func helpScroll(_ state: AnalysisState) -> (limit: Int, page: Int) {
        let view = HelpView(keymap: AnalysisKeymap.helpKeymap(for: state), title: Strings.AnalysisTUI.helpTitle)
        let visible = max(0, help.height - 2)
        let rows = view.contentHeight(width: help.width - 2, ascii: state.glyphs.isASCII)
        return (max(0, rows - visible), max(1, visible - 1))
    }

    /// How far the full guide (`i`) scrolls, and one page of it.
    func guideScroll(_ state: AnalysisState) -> (limit: Int, page: Int) {
        let visible = max(0, guideOverlay.height - 3)
        let rows = GuideView.lines(state, width: guideOverlay.width - 4, compact: false).count
        return (max(0, rows - visible), max(1, visible - 1))
    }
}
