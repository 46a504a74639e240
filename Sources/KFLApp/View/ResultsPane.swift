import KFLCore
import TerminalUI

/// The results pane: the selected group's factors by area, one bar each
/// (two, boys above girls, when genders are side by side) — or, after `v`,
/// the same factors over time, as cohorts, or boys against girls.
enum ResultsPane {
    enum Line {
        case heading(String)
        case factor(index: Int, gender: Gender, result: FactorResult, development: FactorSeries?, first: Bool)
        case note(String)
    }

    static func lines(_ state: BrowserState) -> [Line] {
        guard let loaded = state.loaded else { return [] }
        guard let first = loaded.byGender.first, !first.areas.isEmpty else { return [.note(Strings.Browser.noGroups)] }
        var lines: [Line] = []
        // Which trinn county and kommune stand for, when a school lacks some of the group's.
        if let span = referenceTrinn(state) {
            lines.append(.note(Strings.Reference.paneNote(span)))
        }
        var index = 0
        for (a, area) in first.areas.enumerated() {
            lines.append(.heading(area.name))
            for (f, _) in area.factors.enumerated() {
                for (g, part) in loaded.byGender.enumerated() {
                    let development = part.development.flatMap { $0.indices.contains(a) ? $0[a].factors[f] : nil }
                    lines.append(
                        .factor(
                            index: index, gender: part.gender, result: part.areas[a].factors[f],
                            development: development, first: g == 0))
                }
                index += 1
            }
        }
        return lines
    }

    /// The trinn county and kommune are pooled over at the selection (`PooledReference`); nil
    /// when they are the cells at the same address.
    static func referenceTrinn(_ state: BrowserState) -> ClosedRange<Int>? {
        state.loaded?.byGender.first?.areas.first?.factors.first?.referenceTrinn
    }

    /// The inner width of the results pane, as `BrowserLayout` places it.
    static func innerWidth(_ state: BrowserState) -> Int {
        Box.inner(BrowserLayout(state).results).width
    }

    /// Whether the results screen is wide enough for the development column.
    static func showsDevelopmentColumn(_ state: BrowserState) -> Bool {
        FactorRowView.Columns.fitting(
            width: innerWidth(state) - 1, labelPreferred: 32, rounds: state.info.rounds.count,
            shares: state.showsShares
        ).development > 0
    }

    /// Whether the results screen shows the share column (`p` on, and room for it).
    static func showsShareColumn(_ state: BrowserState) -> Bool {
        state.showsShares
            && FactorRowView.Columns.fitting(
                width: innerWidth(state) - 1, labelPreferred: 32, rounds: state.info.rounds.count, shares: true
            ).share > 0
    }

    static func draw(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let focused = state.focus == .results && state.overlay == nil
        var title = state.view.title
        if let unit = state.currentUnit {
            title += " – " + unit.name
            if let trinn = state.currentItem?.trinn, trinn > 0 { title += ", " + Strings.trinnName(trinn) }
        }
        let inner = Box(
            title: title, style: focused ? theme.focusedBorder : theme.border,
            titleStyle: focused ? theme.heading : theme.muted
        )
        .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        guard !inner.isEmpty else { return }
        if let reason = state.loadError {
            // What was shown before belongs to another selection: the whole message instead.
            let lines = Paragraph.wrap(
                Strings.Browser.loadFailed(reason), width: max(1, inner.width - 2), glyphs: state.glyphs)
            for (row, line) in lines.prefix(inner.height).enumerated() {
                screen.put(" " + line, x: inner.x, y: inner.y + row, style: theme.message, clip: inner)
            }
            return
        }
        if state.view == .levels {
            drawLevels(state, theme: theme, in: &screen, inner: inner, border: rect)
        } else {
            drawTable(state, theme: theme, in: &screen, inner: inner, border: rect)
        }
    }

    static func drawLevels(_ state: BrowserState, theme: Theme, in screen: inout Screen, inner: Rect, border: Rect) {
        let focused = state.focus == .results && state.overlay == nil
        let all = lines(state)
        let columns = FactorRowView.Columns.fitting(
            width: inner.width - 1, labelPreferred: 32, rounds: state.info.rounds.count, shares: state.showsShares)
        // With the development column, the selected factor's rounds and change are spelled out below.
        var footer: [ResultsTable.Row] = []
        if columns.development > 0, let loaded = state.loaded {
            let single = loaded.byGender.count == 1
            for part in loaded.byGender {
                guard let development = part.development else { continue }
                let table = SeriesTable(
                    areas: development, kind: .sameTrinn, trinn: 0, round: state.round, rounds: state.info.rounds,
                    change: state.changeRounds, showCounty: false, theme: theme, glyphs: state.glyphs,
                    minimumN: state.info.minimumN, nameSuffix: single ? "" : " (\(Strings.genderName(part.gender)))")
                footer += table.footer(
                    selected: state.results.selected, width: inner.width - 1, maxLines: single ? 2 : 1)
            }
            let label = " " + Strings.Development.developmentColumn + " "
            let right = inner.maxX - 1
            screen.put(
                label, x: max(border.x + 2, right - DisplayWidth.of(label)), y: border.y,
                style: focused ? theme.heading : theme.muted, clip: border)
        }
        let height = max(0, inner.height - footer.count)
        let selectedLine =
            all.firstIndex {
                if case .factor(let i, _, _, _, true) = $0 { return i == state.results.selected } else { return false }
            } ?? 0
        let rowsPerFactor = max(1, state.loaded?.byGender.count ?? 1)
        let offset = max(0, min(selectedLine + rowsPerFactor - height, all.count - height))
        let sideBySide = rowsPerFactor > 1
        for (row, line) in all.dropFirst(offset).prefix(height).enumerated() {
            let y = inner.y + row
            switch line {
            case .heading(let name):
                screen.put(
                    TextLayout.truncate(name, toWidth: inner.width, glyphs: state.glyphs), x: inner.x, y: y,
                    style: theme.heading)
                if columns.share > 0 {
                    // The share column's heading, over it, when the area's name leaves room.
                    let x = inner.x + 1 + columns.label + columns.bar + columns.value + columns.n + columns.sign + 5
                    let heading = TextLayout.pad(
                        Strings.Shares.columnHeading, toWidth: columns.share, alignment: .right, glyphs: state.glyphs)
                    if inner.x + DisplayWidth.of(name) < x { screen.put(heading, x: x, y: y, style: theme.muted) }
                }
            case .note(let text):
                screen.put(
                    TextLayout.truncate(text, toWidth: inner.width, glyphs: state.glyphs), x: inner.x + 1, y: y,
                    style: theme.muted)
            case .factor(let index, let gender, let result, let development, let first):
                let labelWidth = sideBySide ? columns.label - 2 : columns.label
                var label = ""
                if first { label = ResultsTable.factorName(result.factor, glyphs: state.glyphs, width: labelWidth) }
                if sideBySide {
                    let tag = gender == .boys ? Strings.Browser.boysShort : Strings.Browser.girlsShort
                    label = TextLayout.pad(label, toWidth: labelWidth, glyphs: state.glyphs) + " " + tag
                }
                let isSelected = index == state.results.selected
                if isSelected, first, focused { screen.cursor = Cursor(x: inner.x + 1, y: y) }
                let labelStyle: Style =
                    isSelected && first ? (focused ? theme.selected : theme.selectedUnfocused) : .plain
                FactorRowView(
                    result: result, label: label, labelStyle: labelStyle, columns: columns, theme: theme,
                    glyphs: state.glyphs, minimumN: state.info.minimumN, development: development,
                    round: state.round
                )
                .draw(in: &screen, x: inner.x + 1, y: y)
            }
        }
        for (i, row) in footer.enumerated() {
            ResultsTable.draw(
                row, in: &screen, x: inner.x + 1, y: inner.maxY - footer.count + i,
                width: inner.width - 1, glyphs: state.glyphs)
        }
        drawMore(
            above: factorsIn(all.prefix(offset)), below: factorsIn(all.dropFirst(offset + height)), state: state,
            theme: theme, in: &screen, border: border)
    }

    /// How many factors a run of lines shows.
    static func factorsIn(_ lines: ArraySlice<Line>) -> Int {
        lines.filter { if case .factor(_, _, _, _, true) = $0 { return true } else { return false } }.count
    }

    /// "↓ 1 faktor til" on the pane's bottom border (and "↑ 2 faktorer over" on
    /// the top one) when factors are scrolled out of sight.
    static func drawMore(
        above: Int, below: Int, state: BrowserState, theme: Theme, in screen: inout Screen, border: Rect
    ) {
        if below > 0 {
            let text = " " + state.glyphs.arrowDown + " " + Strings.Browser.moreBelow(below) + " "
            screen.put(
                text, x: max(border.x + 2, border.maxX - 2 - DisplayWidth.of(text)), y: border.maxY - 1,
                style: theme.heading, clip: border)
        }
        if above > 0 {
            let text = " " + state.glyphs.arrowUp + " " + Strings.Browser.moreAbove(above) + " "
            screen.put(
                text, x: max(border.x + 2, border.maxX - 2 - DisplayWidth.of(text)), y: border.y,
                style: theme.heading, clip: border)
        }
    }
}
