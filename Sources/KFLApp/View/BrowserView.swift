import KFLCore
import TerminalUI

/// Draws the whole browser from its state: header, breadcrumb, navigation,
/// results, status line, and any overlay. Pure.
public enum BrowserView {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// Whether the window is large enough for the browser (else it says so, and only `q` works).
    public static func fits(_ state: BrowserState) -> Bool {
        TooSmall.fits(width: state.width, height: state.height, neededWidth: minimumWidth, neededHeight: minimumHeight)
    }

    public static func render(_ state: BrowserState) -> Screen {
        var screen = Screen(width: state.width, height: state.height, asciiOnly: state.glyphs.isASCII)
        let theme = Theme.make(colors: state.colors)
        guard fits(state) else {
            let keys = BrowserKeymap.tooSmall.keymap.statusHints(ascii: state.glyphs.isASCII).map {
                "\($0.keys) \($0.label)"
            }
            TooSmall(
                lines: Strings.Browser.tooSmall(
                    width: state.width, height: state.height, neededWidth: minimumWidth, neededHeight: minimumHeight)
                    + keys
            ).draw(in: &screen, rect: screen.bounds, glyphs: state.glyphs)
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
            BrowserLayout.helpView(state).draw(in: &screen, rect: layout.help, scroll: scroll, glyphs: state.glyphs)
            screen.cursor = nil
        case .legend:
            drawLegend(state, theme: theme, in: &screen, rect: layout.body)
            screen.cursor = nil
        case .detail:
            if let detail = state.detail {
                DetailView.draw(detail, state: state, theme: theme, in: &screen, rect: layout.body)
            }
            screen.cursor = nil
        case .overview, .themes, .theme:
            InsightView.draw(state, theme: theme, in: &screen, rect: layout.body)
            screen.cursor = nil
        case .search:
            drawSearch(state, theme: theme, in: &screen, rect: layout.body)
        case nil:
            break
        }
        return screen
    }

    /// The search: what is typed, and every hit with its kommune, so two
    /// schools of one name are never mistaken for each other.
    static func drawSearch(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect)
        let inner = Box(title: Strings.Browser.searchTitle, style: theme.focusedBorder, titleStyle: theme.heading)
            .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        guard inner.height > 2 else { return }
        let prompt = " " + Strings.Browser.searchPrompt
        var x = inner.x + screen.put(prompt, x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        x += screen.put(state.search.query, x: x, y: inner.y, clip: inner)
        screen.cursor = Cursor(x: min(x, inner.maxX - 1), y: inner.y)
        let matches = state.search.matches
        let count = matches.count
        if !state.search.query.isEmpty {
            let text = "  " + (count == 0 ? Strings.Browser.searchNoMatch : Strings.Browser.searchMatches(count))
            screen.put(text, x: x + 1, y: inner.y, style: theme.muted, clip: inner)
        }
        let listRect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        let nameWidth = max(10, min(40, listRect.width / 2))
        var list = ListState(selected: count > 0 ? state.search.current : nil)
        list.select(state.search.current, count: count)
        // Only the rows in view are written out: a letter can match thousands of names nationally.
        let offset = list.visibleOffset(height: listRect.height, count: count)
        let shown = offset..<min(count, offset + max(0, listRect.height))
        let items = matches.indices.map { index -> ListItem in
            guard shown.contains(index), let unit = state.tree.unit(id: matches[index]) else { return ListItem("") }
            let place =
                unit.kind == .school
                ? state.tree.municipality(of: unit).map { Strings.Browser.municipalityOf($0.name) } ?? ""
                : Strings.unitKindName(unit.kind)
            return ListItem(TextLayout.pad(unit.name, toWidth: nameWidth, glyphs: state.glyphs) + " " + place)
        }
        ListView(items: items, highlightStyle: theme.selected).draw(
            in: &screen, rect: listRect, state: list, glyphs: state.glyphs)
    }

    static func drawHeader(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: theme.header)
        // What is selected matters most; the program and file name come first only when they fit.
        var selection: [String] = []
        switch state.overlay {
        case .overview, .themes, .theme:
            // These show every group, all trinn and both genders.
            selection = [Strings.Themes.allGroups, Strings.roundName(state.round), Strings.genderName(.all)]
        default:
            if let group = state.group { selection.append(group.name) }
            selection.append(Strings.roundName(state.round))
            selection.append(state.genderMode.label)
        }
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
        // Only the rows in view are written out: the national list has 357 kommuner.
        let offset = state.navigation.visibleOffset(height: inner.height, count: state.items.count)
        let shown = offset..<min(state.items.count, offset + max(0, inner.height))
        let items = state.items.indices.map { index -> ListItem in
            guard shown.contains(index) else { return ListItem("") }
            let item = state.items[index]
            return ListItem(
                item.opens != nil ? item.label + arrow : item.label, style: item.opens == nil ? theme.heading : .plain)
        }
        ListView(items: items, highlightStyle: focused ? theme.selected : theme.selectedUnfocused)
            .draw(in: &screen, rect: inner, state: state.navigation, glyphs: state.glyphs)
        if focused, let selected = state.navigation.selected {
            screen.cursor = Cursor(x: inner.x, y: inner.y + selected - offset)
        }
    }

    static func drawStatus(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        // Why there are no analyses (the workbook could not be opened), before the keys.
        var keys = rect
        if let note = state.statusNote {
            screen.fill(rect, style: theme.status)
            let shown = TextLayout.truncate(note, toWidth: max(0, rect.width - 2), glyphs: state.glyphs)
            let used = 1 + screen.put(shown, x: rect.x + 1, y: rect.y, style: theme.status.adding(.bold)) + 1
            keys = Rect(x: rect.x + used, y: rect.y, width: max(0, rect.width - used), height: rect.height)
        }
        let hints = BrowserKeymap.context(for: state).keymap.statusHints(ascii: state.glyphs.isASCII)
        KeyBar(hints: hints, keyStyle: theme.statusKey, labelStyle: theme.status)
            .draw(in: &screen, rect: keys, background: theme.status, glyphs: state.glyphs)
    }

    static func drawLegend(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let unicode = !state.glyphs.isASCII
        var lines: [String]
        if state.view == .levels {
            lines = Strings.Browser.legendLines(
                unicode: unicode, minimumN: state.info.minimumN, referenceTrinn: ResultsPane.referenceTrinn(state))
            var columns: [String] = []
            if ResultsPane.showsDevelopmentColumn(state) {
                columns += Strings.Development.developmentColumnLegend(unicode: unicode)
            }
            if ResultsPane.showsShareColumn(state) { columns += Strings.Shares.columnLegend(unicode: unicode) }
            lines.insert(contentsOf: columns, at: 7)
        } else {
            lines = Strings.Development.viewLegend(unicode: unicode, minimumN: state.info.minimumN)
        }
        // The whole body, so no pane border is cut (as every overlay).
        let area = rect
        screen.fill(area, style: .plain)
        let inner = Box(title: Strings.Browser.legendTitle, style: theme.focusedBorder, titleStyle: theme.heading).draw(
            in: &screen, rect: area, glyphs: state.glyphs)
        // Too many lines for the window: the blank lines between paragraphs go first.
        if lines.count > inner.height { lines.removeAll { $0.isEmpty } }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + i, clip: inner)
        }
    }
}
