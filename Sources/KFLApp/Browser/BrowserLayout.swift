import KFLCore
import TerminalUI

/// Where the browser's parts go: the one source of geometry for the view,
/// the update (what a page is) and the runtime (how far an overlay scrolls).
struct BrowserLayout {
    let header: Rect
    let breadcrumb: Rect
    /// Between the breadcrumb and the status line: the panes, and the overlays over them.
    let body: Rect
    let navigation: Rect
    let results: Rect
    let status: Rect

    init(_ state: BrowserState) {
        let rows = Layout.rows(
            [.fixed(1), .fixed(1), .fill(1), .fixed(1)], in: Rect(width: state.width, height: state.height))
        header = rows[0]
        breadcrumb = rows[1]
        body = rows[2]
        status = rows[3]
        let navigationWidth = min(34, max(22, state.width / 4))
        let columns = Layout.columns([.fixed(navigationWidth), .fill(1)], in: body)
        navigation = columns[0]
        results = columns[1]
    }

    /// Rows of the navigation list that show at once.
    var navigationPage: Int { max(1, Box.inner(navigation).height) }

    /// Factors of the results pane that show at once (one row each, or two side by side).
    func resultsPage(_ state: BrowserState) -> Int {
        max(1, Box.inner(results).height / max(1, state.loaded?.byGender.count ?? 1))
    }

    /// The help overlay's box: the whole body, as every overlay, so no pane border is cut.
    var help: Rect { body }

    /// How far the help scrolls.
    /// The help in view: the keys of the overview and theme views when it was
    /// opened over one of them, else the main screen's.
    static func helpView(_ state: BrowserState) -> HelpView<Int> {
        switch state.overlayBack.last {
        case .overview?, .themes?, .theme?:
            return HelpView(keymap: InsightKeymap.context.keymap.numbered, title: Strings.Browser.helpTitle)
        default:
            return HelpView(keymap: BrowserKeymap.keymap.numbered, title: Strings.Browser.helpTitle)
        }
    }

    func helpScrollLimit(_ state: BrowserState) -> Int {
        let view = Self.helpView(state)
        let rows = view.contentHeight(width: help.width - 2, ascii: state.glyphs.isASCII)
        return max(0, rows - max(0, help.height - 2))
    }

    /// One page of the help: its visible rows less one, so a row stays in view.
    var helpPage: Int { max(1, help.height - 3) }

    /// The factor detail's text rows that show at once (the last row is its hint).
    var detailPage: Int { max(1, Box.inner(body).height - 1) }

    /// How far the factor detail scrolls (0 until it is loaded).
    func detailScrollLimit(_ state: BrowserState) -> Int {
        guard let detail = state.detail else { return 0 }
        let width = Box.inner(body).width - 2
        let rows = DetailView.lines(detail, state: state, theme: Theme.make(colors: state.colors), width: width).count
        return max(0, rows - detailPage)
    }
}
