import KFLCore
import TerminalUI

/// Where the parts of an analysis screen go. Shared by the view and the
/// runtime, so the editor wraps at the width it is drawn at.
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
        let rows = Layout.rows([.fixed(1), .fixed(1), .fixed(1), .fill(1), .fixed(1)], in: Rect(width: state.width, height: state.height))
        let body = rows[3]
        if state.width >= sideGuideWidth {
            let columns = Layout.columns([.fill(1), .fixed(min(50, state.width * 2 / 5))], in: body, spacing: 1)
            return AnalysisLayout(header: rows[0], stepBar: rows[1], title: rows[2], guide: columns[1], guideIsSide: true,
                                  fields: columns[0].inset(top: 1), status: rows[4])
        }
        let wanted = GuideView.lines(state, width: body.width - 2, compact: true).count + 2
        let guideHeight = min(wanted, max(4, body.height * 9 / 20))
        let parts = body.splitVertically(at: guideHeight)
        return AnalysisLayout(header: rows[0], stepBar: rows[1], title: rows[2], guide: parts.top, guideIsSide: false,
                              fields: parts.bottom, status: rows[4])
    }

    /// Columns left of a target's text inside the fields area.
    static func indent(for target: TextTarget) -> Int {
        switch target {
        case .action: return 2 + actionLabelWidth
        case .field, .hypothesis, .indicator: return 4
        }
    }

    static let actionLabelWidth = 12

    /// The wrap width and the most lines an editor for `target` may show.
    func editorSize(for target: TextTarget) -> (width: Int, height: Int) {
        (max(1, fields.width - Self.indent(for: target) - 1), max(1, fields.height - 3))
    }
}
