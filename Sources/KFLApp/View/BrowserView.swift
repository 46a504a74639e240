import KFLCore
import TerminalUI

/// Draws the whole browser from its state: header, breadcrumb, navigation,
/// results, status line, and any overlay. Pure.
public enum BrowserView {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public static func render(_ state: BrowserState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let theme = Theme.make(colors: state.colors)
        guard
            TooSmall.fits(
                width: state.width, height: state.height, neededWidth: minimumWidth, neededHeight: minimumHeight)
        else {
            TooSmall(
                lines: Strings.Browser.tooSmall(
                    width: state.width, height: state.height, neededWidth: minimumWidth, neededHeight: minimumHeight)
            )
            .draw(in: &screen, rect: screen.bounds, glyphs: state.glyphs)
            return screen
        }
        let layout = BrowserLayout(state)
        drawHeader(state, theme: theme, in: &screen, rect: layout.header)
        drawBreadcrumb(state, theme: theme, in: &screen, rect: layout.breadcrumb)
        drawNavigation(state, theme: theme, in: &screen, rect: layout.navigation)
        ResultsPane.draw(state, theme: theme, in: &screen, rect: layout.results)
        drawStatus(state, theme: theme, in: &screen, rect: layout.status)
        switch state.overlay {
        case .help(let scroll):
            let view = HelpView(keymap: BrowserKeymap.keymap, title: Strings.Browser.helpTitle)
            view.draw(in: &screen, rect: layout.help, scroll: scroll, glyphs: state.glyphs)
        case .legend:
            drawLegend(state, theme: theme, in: &screen, rect: layout.body)
        case .detail:
            if let detail = state.detail {
                DetailView.draw(detail, state: state, theme: theme, in: &screen, rect: layout.body)
            }
        case .overview, .themes, .theme:
            InsightView.draw(state, theme: theme, in: &screen, rect: layout.body)
        case .search, nil:
            break
        }
        return screen
    }

    static func drawHeader(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: theme.header)
        // What is selected matters most; the program and file name come first only when they fit.
        var selection: [String] = []
        if let group = state.group { selection.append(group.name) }
        selection.append(Strings.roundName(state.round))
        selection.append(state.genderMode.label)
        let separator = " \(state.glyphs.separator) "
        let banner = state.info.isDemo ? " \(Strings.demoBanner.uppercased()) " : ""
        let room = rect.width - DisplayWidth.of(banner)
        let full = " " + ([Strings.Browser.appName, state.snapshotName] + selection).joined(separator: separator) + " "
        let short = " " + selection.joined(separator: separator) + " "
        let text = DisplayWidth.of(full) <= room ? full : short
        screen.put(
            TextLayout.truncate(text, toWidth: max(0, room), glyphs: state.glyphs), x: rect.x, y: rect.y,
            style: theme.header)
        if !banner.isEmpty {
            screen.put(banner, x: rect.maxX - DisplayWidth.of(banner), y: rect.y, style: theme.demo, clip: rect)
        }
    }

    static func drawBreadcrumb(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        var names: [String] = []
        if let unit = state.currentUnit {
            var chain: [ReportingUnit] = []
            var current: ReportingUnit? = unit
            while let u = current {
                if u.kind != .region { chain.insert(u, at: 0) }
                current = state.tree.parent(of: u)
            }
            names = chain.map(\.name)
            if let trinn = state.currentItem?.trinn, trinn > 0 { names.append(Strings.trinnName(trinn)) }
        }
        let arrow = state.glyphs.isASCII ? " > " : " › "
        let text = " " + names.joined(separator: arrow)
        screen.put(
            TextLayout.truncate(text, toWidth: rect.width, glyphs: state.glyphs), x: rect.x, y: rect.y,
            style: theme.breadcrumb.adding(.bold))
        if var message = state.message {
            // A load error that does not fit is written out in the results pane; here it is named.
            if state.loadError != nil, DisplayWidth.of(message) + 1 > rect.width / 2 {
                message = Strings.Browser.loadFailedShort
            }
            let w = min(DisplayWidth.of(message) + 1, rect.width / 2)
            screen.put(
                TextLayout.truncate(message, toWidth: w, glyphs: state.glyphs), x: rect.maxX - w, y: rect.y,
                style: theme.message)
        }
    }

    static func drawNavigation(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let focused = state.focus == .navigation && state.overlay == nil
        let box = Box(
            title: Strings.Browser.navigationTitle, style: focused ? theme.focusedBorder : theme.border,
            titleStyle: focused ? theme.heading : theme.muted)
        let inner = box.draw(in: &screen, rect: rect, glyphs: state.glyphs)
        let arrow = state.glyphs.isASCII ? " >" : " ›"
        let items = state.items.map { item in
            ListItem(
                item.opens != nil ? item.label + arrow : item.label, style: item.opens == nil ? theme.heading : .plain)
        }
        ListView(items: items, highlightStyle: focused ? theme.selected : theme.selectedUnfocused)
            .draw(in: &screen, rect: inner, state: state.navigation, glyphs: state.glyphs)
    }

    static func drawStatus(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: theme.status)
        if state.overlay == .search {
            let count = state.search.matches.count
            var text = " " + Strings.Browser.searchPrompt + state.search.query + (state.glyphs.isASCII ? "_" : "▏")
            if !state.search.query.isEmpty {
                text += "  " + (count == 0 ? Strings.Browser.searchNoMatch : Strings.Browser.searchMatches(count))
                let names = state.search.matches.prefix(4).compactMap { state.tree.unit(id: $0)?.name }
                if !names.isEmpty { text += ": " + names.joined(separator: ", ") }
            }
            screen.put(
                TextLayout.truncate(text, toWidth: rect.width, glyphs: state.glyphs), x: rect.x, y: rect.y,
                style: theme.status)
            return
        }
        var x = rect.x + 1
        if let note = state.statusNote {
            let shown = TextLayout.truncate(note, toWidth: max(0, rect.width - 2), glyphs: state.glyphs)
            x += screen.put(shown, x: x, y: rect.y, style: theme.status.adding(.bold)) + 2
        }
        for (key, label) in Strings.Browser.statusHints {
            let needed = DisplayWidth.of(key) + DisplayWidth.of(label) + 3
            guard x + needed <= rect.maxX else { break }
            x += screen.put(key, x: x, y: rect.y, style: theme.statusKey)
            x += screen.put(" " + label + "  ", x: x, y: rect.y, style: theme.status)
        }
    }

    static func drawLegend(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let unicode = !state.glyphs.isASCII
        var lines: [String]
        if state.view == .levels {
            lines = Strings.Browser.legendLines(unicode: unicode, minimumN: state.info.minimumN)
            if ResultsPane.showsDevelopmentColumn(state) {
                lines.insert(contentsOf: Strings.Development.developmentColumnLegend(unicode: unicode), at: 7)
            }
        } else {
            lines = Strings.Development.viewLegend(unicode: unicode, minimumN: state.info.minimumN)
        }
        let width = min(rect.width - 2, lines.map { DisplayWidth.of($0) }.max()! + 4)
        let area = rect.centered(width: width, height: min(rect.height, lines.count + 2))
        screen.fill(area, style: .plain)
        let inner = Box(title: Strings.Browser.legendTitle, style: theme.focusedBorder, titleStyle: theme.heading).draw(
            in: &screen, rect: area, glyphs: state.glyphs)
        for (i, line) in lines.prefix(inner.height).enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + i, clip: inner)
        }
    }
}
