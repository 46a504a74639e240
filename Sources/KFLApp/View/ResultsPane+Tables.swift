import KFLCore
import TerminalUI

/// The over-time views and the gender gap in the results pane.
extension ResultsPane {
    static func drawTable(_ state: BrowserState, theme: Theme, in screen: inout Screen, inner: Rect, border: Rect) {
        let focused = state.focus == .results && state.overlay == nil
        let width = inner.width - 1
        let content = Rect(x: inner.x + 1, y: inner.y, width: width, height: inner.height)
        guard let table = table(state, theme: theme, width: width) else { return }
        let out = table.draw(
            in: &screen, rect: content, selected: state.results.selected,
            selectedStyle: focused ? theme.selected : theme.selectedUnfocused, glyphs: state.glyphs)
        ResultsPane.drawMore(
            above: out.above, below: out.below, state: state, theme: theme, in: &screen, border: border)
    }

    /// The table for the current view, or a one-note table saying why there is none.
    static func table(_ state: BrowserState, theme: Theme, width: Int) -> ResultsTable? {
        guard let loaded = state.loaded else { return nil }
        let info = state.info
        let trinn = state.currentItem?.trinn ?? 0
        let showCounty = state.currentUnit?.kind != .county
        let footerLines = state.height >= 30 ? 4 : 2
        func note(_ text: String) -> ResultsTable {
            ResultsTable(top: ResultsTable.paragraph(text, width: width, style: theme.muted, glyphs: state.glyphs))
        }
        guard let first = loaded.byGender.first, !first.areas.isEmpty else { return note(Strings.Browser.noGroups) }
        switch state.view {
        case .levels:
            return nil
        case .development, .sameTrinn, .sameClass:
            if state.view != .development && trinn == 0 {
                // Inside the school ("Hele skolen"), its trinn are in the list; on a school in the kommune's list
                // it has to be opened first.
                let atSchool = state.currentUnit?.kind == .school && state.currentItem?.opens == nil
                return note(
                    atSchool ? Strings.Development.cohortNeedsTrinnAtSchool : Strings.Development.cohortNeedsTrinn)
            }
            guard let series = loaded.series, let kind = state.view.seriesKind else {
                return note(Strings.Development.cohortNeedsTrinn)
            }
            var table = SeriesTable(
                areas: series, kind: kind, trinn: state.view == .development ? 0 : trinn, round: state.round,
                rounds: info.rounds, change: state.changeRounds, showCounty: showCounty, theme: theme,
                glyphs: state.glyphs,
                minimumN: info.minimumN
            ).table(width: width, selected: state.results.selected, footerLines: footerLines)
            if state.genderMode == .sideBySide {
                table.top.insert(
                    contentsOf: ResultsTable.paragraph(
                        Strings.Development.allPupilsShown, width: width, style: theme.muted, glyphs: state.glyphs),
                    at: 0)
            }
            return table
        case .genderGap:
            guard let gaps = loaded.gaps else { return note(Strings.Development.gapNeedsGender) }
            return GapTable(
                areas: gaps, round: state.round, rounds: info.rounds, showCounty: showCounty, theme: theme,
                glyphs: state.glyphs, minimumN: info.minimumN
            ).table(width: width, selected: state.results.selected, footerLines: footerLines)
        }
    }
}
