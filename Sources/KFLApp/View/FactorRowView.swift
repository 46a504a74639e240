import KFLCore
import TerminalUI

/// One result drawn as a row: label, bar with county and kommune markers,
/// value, n, the clear-difference sign, and — when wide enough — the unit's
/// development over the rounds. Shared by the results pane and the factor
/// detail so both read the same way.
struct FactorRowView {
    struct Columns {
        let label: Int
        let bar: Int
        let value: Int
        let n: Int
        let sign: Int
        let references: Int
        /// One mark per round, a space and the sign of the latest change; 0 when not shown.
        var development = 0

        /// Column widths for a row of `width` columns; `rounds` > 1 asks for the
        /// development column, given when the row is wide enough (84 columns).
        static func fitting(width: Int, labelPreferred: Int, rounds: Int = 0) -> Columns {
            let sign = width >= 76 ? 22 : 1
            let references = width >= 110 ? 26 : 0
            let development = rounds > 1 && width >= 84 ? rounds + 2 : 0
            let value = 4, n = 8
            var label = min(labelPreferred, max(10, width * 2 / 5))
            if development > 0 && references == 0 { label = min(label, 28) }
            let developmentWidth = development > 0 ? development + 1 : 0
            let bar = max(0, width - label - value - n - sign - references - 5 - developmentWidth)
            return Columns(
                label: label, bar: bar, value: value, n: n, sign: sign, references: references,
                development: development)
        }
    }

    let result: FactorResult
    let label: String
    let labelStyle: Style
    let columns: Columns
    let theme: Theme
    let glyphs: Glyphs
    let minimumN: Int
    /// The factor over the rounds, for the development column.
    var development: FactorSeries?
    /// The selected round: the development sign is the change into it.
    var round = 0

    func draw(in screen: inout Screen, x: Int, y: Int) {
        if columns.development > 0, let development {
            let column =
                x + columns.label + columns.bar + columns.value + columns.n + columns.sign + columns.references
                + 5 + (columns.references > 0 ? 1 : 0)
            DevelopmentMarks(series: development, round: round, theme: theme, glyphs: glyphs)
                .draw(in: &screen, x: column, y: y, width: columns.development)
        }
        var column = x
        screen.put(TextLayout.pad(label, toWidth: columns.label, glyphs: glyphs), x: column, y: y, style: labelStyle)
        column += columns.label + 1
        let restWidth = columns.bar + columns.value + columns.n + columns.sign + columns.references + 4
        switch result.unit {
        case nil:
            screen.put(
                TextLayout.truncate(Strings.Browser.noData, toWidth: restWidth, glyphs: glyphs), x: column, y: y,
                style: theme.muted)
        case .suppressed(let reason)?:
            screen.put(
                TextLayout.truncate(
                    Strings.suppressionText(reason, minimumN: minimumN), toWidth: restWidth, glyphs: glyphs), x: column,
                y: y, style: theme.muted)
        case .value(let value)?:
            var markers: [BarMarker] = []
            if let county = result.county?.value {
                markers.append(BarMarker(value: county.mean, glyph: glyphs.countyMarker, style: theme.countyMarker))
            }
            if let municipality = result.municipality?.value {
                markers.append(
                    BarMarker(value: municipality.mean, glyph: glyphs.kommuneMarker, style: theme.municipalityMarker))
            }
            let verdict = result.versusCounty?.verdict
            Bar(
                value: value.mean, range: result.factor.scale, style: theme.bar, trackStyle: theme.track,
                markers: markers
            )
            .draw(in: &screen, rect: Rect(x: column, y: y, width: columns.bar, height: 1), glyphs: glyphs)
            column += columns.bar + 1
            screen.put(
                TextLayout.pad(
                    NorwegianFormat.decimal(value.mean), toWidth: columns.value, alignment: .right, glyphs: glyphs),
                x: column, y: y, style: .bold)
            column += columns.value + 1
            screen.put(
                TextLayout.pad(
                    "\(Strings.Browser.nShort) \(value.n)", toWidth: columns.n, alignment: .right, glyphs: glyphs),
                x: column, y: y, style: theme.muted)
            column += columns.n + 1
            var sign = VerdictSign.glyph(verdict, ascii: glyphs.isASCII)
            if columns.sign > 1, let verdict, verdict != .notComparable { sign += " " + Strings.verdictText(verdict) }
            screen.put(
                TextLayout.truncate(sign, toWidth: columns.sign, glyphs: glyphs), x: column, y: y,
                style: theme.style(for: verdict))
            column += columns.sign + 1
            if columns.references > 0 {
                var parts: [String] = []
                if let county = result.county?.value {
                    parts.append("\(Strings.Browser.county) \(NorwegianFormat.decimal(county.mean))")
                }
                if let municipality = result.municipality?.value {
                    parts.append("\(Strings.Browser.municipality) \(NorwegianFormat.decimal(municipality.mean))")
                }
                screen.put(
                    TextLayout.truncate(parts.joined(separator: "  "), toWidth: columns.references, glyphs: glyphs),
                    x: column, y: y, style: theme.muted)
            }
        }
    }
}
