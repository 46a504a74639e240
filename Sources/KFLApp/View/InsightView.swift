import KFLCore
import TerminalUI

/// The overview ("Hva skiller seg ut"), the theme list and a theme view,
/// drawn over the panes like the factor detail: tables from `StandingTable`,
/// the selected line in full below, and the keys on the last row.
enum InsightView {
    static func draw(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: .plain)
        let unitName = state.currentUnit?.name ?? ""
        let s = Strings.Themes.self
        let title: String
        let hint: String
        switch state.overlay {
        case .overview:
            title = s.overviewTitle + " – " + unitName
            hint = s.overviewHint
        case .theme(let id, _):
            let name = state.info.instrument.themes.first { $0.id == id }?.name ?? ""
            title = s.themeTitle(name, unit: unitName)
            hint = s.themeHint
        default:
            title = s.themeListTitle
            hint = s.themeListHint
        }
        let inner = Box(title: title, style: theme.focusedBorder, titleStyle: theme.heading)
            .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        guard inner.height > 1, inner.width > 2 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        let (table, selected) = self.table(state, theme: theme, width: content.width, height: content.height)
        let out = table.draw(
            in: &screen, rect: content, selected: selected, selectedStyle: theme.selected, glyphs: state.glyphs)
        ResultsPane.drawMore(above: out.above, below: out.below, state: state, theme: theme, in: &screen, border: rect)
        screen.put(
            TextLayout.truncate(hint, toWidth: content.width, glyphs: state.glyphs), x: content.x, y: inner.maxY - 1,
            style: theme.muted)
    }

    /// The overlay's table and its selected row.
    static func table(_ state: BrowserState, theme: Theme, width: Int, height: Int) -> (ResultsTable, Int?) {
        let detailLines = height >= 20 ? 4 : 2
        switch state.overlay {
        case .overview(let selected):
            guard let highlights = state.highlights else { return (ResultsTable(), nil) }
            let builder = OverviewTable(
                highlights: highlights, theme: theme, glyphs: state.glyphs, minimumN: state.info.minimumN)
            var table = builder.table(width: width, introLines: height >= 20 ? 3 : 2)
            let lines = highlights.lines
            if lines.indices.contains(selected) {
                table.bottom =
                    [.blank]
                    + builder.standingTable.detail(
                        lines[selected].standing, width: width, maxLines: detailLines)
            }
            return (table, selected)
        case .theme(_, let selected):
            guard let results = state.themeResults else { return (ResultsTable(), nil) }
            let builder = ThemeTable(
                results: results, theme: theme, glyphs: state.glyphs, minimumN: state.info.minimumN)
            var table = builder.table(width: width, introLines: height >= 20 ? 4 : 2)
            if results.standings.indices.contains(selected) {
                table.bottom =
                    [.blank]
                    + builder.standingTable.detail(
                        results.standings[selected], width: width, maxLines: detailLines)
            }
            return (table, selected)
        case .themes(let selected):
            return (themeList(state, theme: theme, width: width, selected: selected), selected)
        default:
            return (ResultsTable(), nil)
        }
    }

    /// Every theme with the groups it asks; the selected theme's description below.
    static func themeList(_ state: BrowserState, theme: Theme, width: Int, selected: Int) -> ResultsTable {
        let instrument = state.info.instrument
        let themes = instrument.themes
        var table = ResultsTable()
        table.top =
            ResultsTable.paragraph(
                Strings.Themes.themeListIntro, width: width, style: theme.muted, maxLines: 2, glyphs: state.glyphs)
            + [.blank]
        let nameWidth = min(32, max(12, width / 3))
        table.rows = themes.enumerated().map { index, item in
            let groups = instrument.groups.filter { g in instrument.factors(of: item).contains { $0.groupID == g.id } }
            return ResultsTable.Row(
                factorIndex: index,
                spans: [
                    .init(text: item.name, width: nameWidth),
                    .init(text: groups.map(\.shortName).joined(separator: ", "), width: 0, style: theme.muted),
                ], isLabel: true)
        }
        if themes.indices.contains(selected) {
            table.bottom =
                [.blank]
                + ResultsTable.paragraph(
                    themes[selected].description, width: width, style: .plain, maxLines: 3, glyphs: state.glyphs)
        }
        return table
    }
}
