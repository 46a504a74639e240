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
    let status: Rect

    static func make(_ state: AnalysisState) -> AnalysisLayout {
        let rows = Layout.rows(
            [.fixed(1), .fixed(1), .fixed(1), .fill(1), .fixed(1)], in: Rect(width: state.width, height: state.height))
        let body = rows[3]
        if state.width >= sideGuideWidth {
            let columns = Layout.columns([.fill(1), .fixed(min(50, state.width * 2 / 5))], in: body, spacing: 1)
            return AnalysisLayout(
                header: rows[0], stepBar: rows[1], title: rows[2], guide: columns[1], guideIsSide: true,
                fields: columns[0].inset(top: 1), status: rows[4])
        }
        let wanted = GuideView.lines(state, width: body.width - 2, compact: true).count + 2
        let guideHeight = min(wanted, max(4, body.height * 9 / 20))
        let parts = body.splitVertically(at: guideHeight)
        return AnalysisLayout(
            header: rows[0], stepBar: rows[1], title: rows[2], guide: parts.top, guideIsSide: false,
            fields: parts.bottom, status: rows[4])
    }

    /// Columns left of a target's text inside the fields area.
    static func indent(for target: TextTarget) -> Int {
        if case .item(let ref, _) = target, ref.kind == AnalysisAction.kind { return 2 + actionLabelWidth }
        return 4
    }

    static let actionLabelWidth = 12

    /// The wrap width and the most lines an editor for `target` may show.
    func editorSize(for target: TextTarget) -> (width: Int, height: Int) {
        (max(1, fields.width - Self.indent(for: target) - 1), max(1, fields.height - 3))
    }

    // MARK: Dialogs

    /// Between the step bar and the status line: where dialogs go.
    var dialogArea: Rect { Rect(x: 0, y: title.y, width: header.width, height: status.y - title.y) }

    /// The help overlay's box.
    var help: Rect { dialogArea.centered(width: min(dialogArea.width - 2, 80), height: dialogArea.height) }

    /// The full guide's box (`i`).
    var guideOverlay: Rect { dialogArea.centered(width: min(dialogArea.width - 2, 84), height: dialogArea.height) }

    /// A picker's box for a list of `rows` rows.
    func picker(rows: Int) -> Rect {
        dialogArea.centered(width: min(dialogArea.width - 4, 70), height: min(dialogArea.height, rows + 3))
    }

    /// The target value dialog's box (step 7).
    var targetBox: Rect { dialogArea.centered(width: min(dialogArea.width - 4, 64), height: 9) }

    /// Where the target value is typed: after the prompt, inside the box.
    var targetField: Rect {
        let inner = Box.inner(targetBox)
        let x = inner.x + DisplayWidth.of(" " + Strings.AnalysisTUI.targetPrompt)
        return Rect(x: x, y: inner.y + 3, width: max(1, inner.maxX - x - 1), height: 1)
    }

    /// The rows of a picker's list that show at once.
    func pickerPage(_ picker: PickerState) -> Int { max(1, self.picker(rows: picker.rows.count).height - 3) }

    /// How far the help (`?`) scrolls, and one page of it.
    func helpScroll(_ state: AnalysisState) -> (limit: Int, page: Int) {
        let view = HelpView(keymap: AnalysisKeymap.helpKeymap(for: state.step), title: Strings.AnalysisTUI.helpTitle)
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
