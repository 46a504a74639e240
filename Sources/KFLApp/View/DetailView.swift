import KFLCore
import TerminalUI

/// Factor detail: description and direction, then the unit's value per trinn,
/// for boys and girls, and per survey round, with county and kommune beside.
enum DetailView {
    enum Line {
        case text(String, Style)
        case row(label: String, result: FactorResult)
        case table(ResultsTable.Row)
        case share(ShareRowView)
        case blank
    }

    static func lines(_ detail: FactorDetail, state: BrowserState, theme: Theme, width: Int) -> [Line] {
        var lines: [Line] = []
        for line in Paragraph.wrap(detail.factor.description, width: max(1, width), glyphs: state.glyphs) {
            lines.append(.text(line, .plain))
        }
        lines.append(.text(Strings.Browser.detailFacts(detail.factor), theme.muted))
        lines.append(.blank)
        lines += shareLines(detail, state: state, theme: theme, width: width)
        if detail.byTrinn.count > 1 {
            lines.append(
                .text("\(Strings.Browser.detailByTrinn) (\(Strings.roundName(state.round)), alle)", theme.heading))
            for row in detail.byTrinn {
                lines.append(
                    .row(
                        label: row.trinn == 0 ? Strings.Browser.allTrinnLabel : Strings.trinnName(row.trinn),
                        result: row.result))
            }
            lines.append(.blank)
        }
        if detail.byGender.count > 1 {
            lines.append(.text("\(Strings.Browser.detailByGender) (\(Strings.roundName(state.round)))", theme.heading))
            for row in detail.byGender {
                lines.append(.row(label: Strings.genderName(row.gender).capitalizedFirst, result: row.result))
            }
            lines.append(.blank)
        }
        lines.append(.text(Strings.Browser.detailByRound, theme.heading))
        for row in detail.byRound { lines.append(.row(label: String(row.round), result: row.result)) }
        if detail.unit.kind == .school, let municipality = state.tree.municipality(of: detail.unit),
            detail.byTrinn.contains(where: { $0.result.restOfMunicipality != nil })
        {
            lines.append(.blank)
            // «alle trinn (8.–10.)» when the rest is pooled over the school's trinn: the other rows are at their own.
            let items = detail.byTrinn.map {
                (
                    label: $0.trinn == 0
                        ? Strings.Reference.named(Strings.Browser.allTrinnLabel, $0.result.referenceTrinn)
                        : Strings.trinnName($0.trinn), result: $0.result
                )
            }
            let rest = RestOfMunicipalityLines(
                items: items, school: detail.unit.name, municipality: municipality.name,
                theme: theme, minimumN: state.info.minimumN)
            let labelWidth = max(12, items.map { DisplayWidth.of($0.label) }.max() ?? 0)
            lines += rest.rows(width: width, glyphs: state.glyphs, labelPreferred: labelWidth).map { .table($0) }
        }
        return lines
    }

    /// The unfavourable share at the selected round, trinn and gender: the unit, its
    /// kommune and the county, each a stacked bar, and the legend of the bands.
    static func shareLines(_ detail: FactorDetail, state: BrowserState, theme: Theme, width: Int) -> [Line] {
        guard let label = detail.factor.shareLabel, let selection = state.selection,
            let result = detail.byRound.first(where: { $0.round == state.round })?.result
        else { return [] }
        let context = [
            Strings.roundName(state.round), Strings.trinnName(selection.trinn), Strings.genderName(selection.gender),
        ]
        var lines: [Line] = [
            .text(label.capitalizedFirst + " (" + context.joined(separator: ", ") + ")", theme.heading)
        ]
        var rows: [(name: String, share: FactorShare, comparison: ProportionComparison?)] = [
            (detail.unit.name, result.unitShare, result.shareVersusCounty)
        ]
        if let municipality = state.tree.municipality(of: detail.unit), detail.unit.kind == .school {
            let share = result.municipalityShare
            rows.append(
                (
                    Strings.Reference.named(municipality.name, result.referenceTrinn), share,
                    share.compared(with: result.countyShare)
                ))
        }
        if detail.unit.kind != .county {
            rows.append(
                (Strings.Reference.named(state.tree.county.name, result.referenceTrinn), result.countyShare, nil))
        }
        for row in rows {
            let view = ShareRowView(
                name: row.name, share: row.share, factor: detail.factor, comparison: row.comparison, theme: theme,
                glyphs: state.glyphs)
            lines.append(.share(view))
            lines += view.continuation(width: width).map { .text($0, theme.muted) }
        }
        lines += ShareRowView.hiddenNotes(rows.map(\.share), width: width, glyphs: state.glyphs).map {
            .text($0, theme.muted)
        }
        if let legend = ShareRowView.legend(factor: detail.factor, glyphs: state.glyphs) {
            lines += Paragraph.wrap(legend, width: max(1, width), glyphs: state.glyphs).map { .text($0, theme.muted) }
        }
        return lines + [.blank]
    }

    static func draw(_ detail: FactorDetail, state: BrowserState, theme: Theme, in screen: inout Screen, rect: Rect) {
        screen.fill(rect, style: .plain)
        let inner = Box(
            title: Strings.Browser.detailTitle(detail.factor.name, unit: detail.unit.name), style: theme.focusedBorder,
            titleStyle: theme.heading
        )
        .draw(in: &screen, rect: rect, glyphs: state.glyphs)
        guard inner.height > 1 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        let all = lines(detail, state: state, theme: theme, width: content.width)
        var scroll = 0
        if case .detail(_, let s) = state.overlay { scroll = min(s, max(0, all.count - content.height)) }
        let columns = FactorRowView.Columns.fitting(width: content.width, labelPreferred: 12)
        for (i, line) in all.dropFirst(scroll).prefix(content.height).enumerated() {
            let y = content.y + i
            switch line {
            case .blank: break
            case .text(let text, let style):
                screen.put(
                    TextLayout.truncate(text, toWidth: content.width, glyphs: state.glyphs), x: content.x, y: y,
                    style: style)
            case .share(let row):
                row.draw(in: &screen, x: content.x, y: y, width: content.width)
            case .table(let row):
                ResultsTable.draw(row, in: &screen, x: content.x, y: y, width: content.width, glyphs: state.glyphs)
            case .row(let label, let result):
                FactorRowView(
                    result: result, label: label, labelStyle: .plain, columns: columns, theme: theme,
                    glyphs: state.glyphs, minimumN: state.info.minimumN
                )
                .draw(in: &screen, x: content.x, y: y)
            }
        }
        screen.put(
            TextLayout.truncate(Strings.Browser.detailHint, toWidth: content.width, glyphs: state.glyphs), x: content.x,
            y: inner.maxY - 1, style: theme.muted)
    }
}
