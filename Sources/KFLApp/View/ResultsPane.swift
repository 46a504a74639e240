import KFLCore
import TerminalUI

/// The results pane: the selected group's factors by area, one bar each
/// (two, boys above girls, when genders are side by side).
enum ResultsPane {
    enum Line {
        case heading(String)
        case factor(index: Int, gender: Gender, result: FactorResult, first: Bool)
        case note(String)
    }

    static func lines(_ state: BrowserState) -> [Line] {
        guard let loaded = state.loaded else { return [] }
        guard let first = loaded.byGender.first, !first.areas.isEmpty else { return [.note(Strings.Browser.noGroups)] }
        var lines: [Line] = []
        var index = 0
        for (a, area) in first.areas.enumerated() {
            lines.append(.heading(area.name))
            for (f, _) in area.factors.enumerated() {
                for (g, part) in loaded.byGender.enumerated() {
                    lines.append(.factor(index: index, gender: part.gender, result: part.areas[a].factors[f], first: g == 0))
                }
                index += 1
            }
        }
        return lines
    }

    static func draw(_ state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        let focused = state.focus == .results && state.overlay == nil
        var title = Strings.Browser.resultsTitle
        if let unit = state.currentUnit {
            title += " – " + unit.name
            if let trinn = state.currentItem?.trinn, trinn > 0 { title += ", " + Strings.trinnName(trinn) }
        }
        let inner = Box(title: title, style: focused ? theme.focusedBorder : theme.border, titleStyle: focused ? theme.heading : theme.muted)
            .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        guard !inner.isEmpty else { return }
        let all = lines(state)
        let selectedLine = all.firstIndex {
            if case .factor(let i, _, _, true) = $0 { return i == state.results.selected } else { return false }
        } ?? 0
        let rowsPerFactor = max(1, state.loaded?.byGender.count ?? 1)
        let offset = max(0, min(selectedLine + rowsPerFactor - inner.height, all.count - inner.height))
        let sideBySide = rowsPerFactor > 1
        let columns = FactorRowView.Columns.fitting(width: inner.width - 1, labelPreferred: 32)
        let lowerMark = state.glyphs.isASCII ? Strings.Browser.lowerIsBetterMarkASCII : Strings.Browser.lowerIsBetterMark
        for (row, line) in all.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .heading(let name):
                screen.put(TextLayout.truncate(name, toWidth: inner.width, glyphs: state.glyphs), x: inner.x, y: y, style: theme.heading)
            case .note(let text):
                screen.put(TextLayout.truncate(text, toWidth: inner.width, glyphs: state.glyphs), x: inner.x + 1, y: y, style: theme.muted)
            case .factor(let index, let gender, let result, let first):
                var label = ""
                if first {
                    label = result.factor.name + (result.factor.direction == .lowerIsBetter ? " " + lowerMark : "")
                }
                if sideBySide {
                    let tag = gender == .boys ? Strings.Browser.boysShort : Strings.Browser.girlsShort
                    label = TextLayout.pad(label, toWidth: columns.label - 2, glyphs: state.glyphs) + " " + tag
                }
                let isSelected = index == state.results.selected
                let labelStyle: Style = isSelected && first ? (focused ? theme.selected : theme.selectedUnfocused) : .plain
                FactorRowView(result: result, label: label, labelStyle: labelStyle, columns: columns, theme: theme,
                              glyphs: state.glyphs, minimumN: state.info.minimumN)
                    .draw(in: &screen, x: inner.x + 1, y: y)
            }
        }
    }
}
