import KFLCore
import TerminalUI

/// One result drawn as a row: label, bar with county and kommune markers,
/// value, n, the clear-difference sign, and — when wide enough — the unit's
/// development over the rounds. Shared by the results pane and the factor
/// detail so both read the same way.
struct FactorRowView {
    struct Columns {
        var label: Int
        var bar: Int
        let value: Int
        let n: Int
        var sign: Int
        var references: Int
        /// One mark per round, a space and the sign of the latest change; 0 when not shown.
        var development = 0
        /// The unfavourable share and its sign against the county's (`p`); 0 when not shown.
        var share = 0

        /// Column widths for a row of `width` columns: the one layout rule of
        /// every bar row (results, factor detail, analysis, `kfl show`).
        ///
        /// The label, the bar, the value, n and the sign always show; the
        /// bar takes what is left. Optional columns are added in this order,
        /// each only while the bar keeps at least a fifth of the row (and 12
        /// cells), so a wider window gives a wider bar too: the development
        /// marks (`rounds` > 1; beside the share column with a label down to 20 if need
        /// be), the county's and kommune's values, and the verdict in words (all of them,
        /// or only the clear ones). The share column, when asked for, shows unless the row
        /// is too narrow for it beside a bar of 4.
        static func fitting(width: Int, labelPreferred: Int, rounds: Int = 0, shares: Bool = false) -> Columns {
            let value = 4, n = 8
            let minimumBar = Self.minimumBar(width: width)
            var columns = Columns(
                label: min(labelPreferred, max(10, width * 2 / 5)), bar: 0, value: value, n: n, sign: 1,
                references: 0, share: shares ? shareWidth : 0)
            // The columns left for the bar (negative when the others do not fit).
            func spare(_ c: Columns) -> Int {
                let developmentWidth = c.development > 0 ? c.development + 1 : 0
                let shareWidth = c.share > 0 ? c.share + 1 : 0
                return width - c.label - value - n - c.sign - c.references - 5 - developmentWidth - shareWidth
            }
            func withBar(_ c: Columns) -> Columns {
                Columns(
                    label: c.label, bar: max(0, spare(c)), value: value, n: n, sign: c.sign, references: c.references,
                    development: c.development, share: c.share)
            }
            // A narrow row makes room for the share with a shorter label; too narrow, it goes
            // (the factor detail has it) rather than run past the pane.
            if columns.share > 0, spare(columns) < Self.narrowestShareBar {
                columns.label = max(10, columns.label - (Self.narrowestShareBar - spare(columns)))
                if spare(columns) < Self.narrowestShareBar { columns.share = 0 }
            }
            columns = withBar(columns)
            func tryAdding(_ change: (inout Columns) -> Void) {
                var candidate = columns
                change(&candidate)
                candidate = withBar(candidate)
                if candidate.bar >= minimumBar { columns = candidate }
            }
            if rounds > 1 {
                tryAdding {
                    $0.development = rounds + 2
                    $0.label = min($0.label, 28)
                }
                // With the share column the development column (and the selected factor's
                // rounds spelled out below) still shows where a shorter label makes room.
                if columns.development == 0, columns.share > 0 {
                    tryAdding {
                        $0.development = rounds + 2
                        $0.label = min($0.label, 28)
                        let missing = minimumBar - spare($0)
                        if missing > 0 { $0.label = max(Self.shortestLabelBesideShares, $0.label - missing) }
                    }
                }
            }
            tryAdding { $0.references = 26 }
            tryAdding { $0.sign = Self.allVerdictsWidth }
            if columns.sign == 1 { tryAdding { $0.sign = Self.clearVerdictsWidth } }
            return columns
        }

        /// The narrowest bar an optional column leaves: a fifth of the row, and `narrowestBar`.
        static func minimumBar(width: Int) -> Int { max(narrowestBar, width / 5) }
        /// The narrowest bar that still reads: 12 cells of eighths.
        static let narrowestBar = 12

        /// The label widened to the widest of `labels` (display widths) that the bar can
        /// make room for, down to `narrowestBar`: for rows whose names are known beforehand
        /// (an analysis's linked factors). A name too long even so is wrapped, so the bar
        /// gives nothing for it.
        func widenedLabel(toFit labels: [Int]) -> Columns {
            let widest = label + max(0, bar - Self.narrowestBar)
            let extra = max(0, (labels.filter { $0 <= widest }.max() ?? 0) - label)
            var columns = self
            columns.label += extra
            columns.bar -= extra
            return columns
        }

        /// "skjermet", or "12 % ▲".
        static let shareWidth = 8
        /// The shortest label the development column takes beside the share column.
        static let shortestLabelBesideShares = 20
        /// The narrowest bar the share column is drawn beside.
        static let narrowestShareBar = 4
        /// "· ingen klar forskjell": every verdict in words.
        static let allVerdictsWidth = 22
        /// "▼ klart svakere": the clear verdicts in words, the others by their sign.
        static let clearVerdictsWidth = 15
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
                + 5 + (columns.references > 0 ? 1 : 0) + (columns.share > 0 ? columns.share + 1 : 0)
            DevelopmentMarks(series: development, round: round, theme: theme, glyphs: glyphs)
                .draw(in: &screen, x: column, y: y, width: columns.development)
        }
        var column = x
        screen.put(TextLayout.pad(label, toWidth: columns.label, glyphs: glyphs), x: column, y: y, style: labelStyle)
        column += columns.label + 1
        // Without the references the development marks follow the sign's separator: a text in
        // place of the bar stops one column short of them.
        let restWidth =
            columns.bar + columns.value + columns.n + columns.sign + columns.references + 4
            + (columns.share > 0 ? columns.share + 1 : 0)
            - (columns.development > 0 && columns.references == 0 ? 1 : 0)
        switch result.unit {
        case nil:
            screen.put(
                TextLayout.truncate(Strings.Browser.noData, toWidth: restWidth, glyphs: glyphs), x: column, y: y,
                style: theme.muted)
        case .suppressed(let reason)?:
            // The reason where it fits whole, else «skjermet» alone: the legend and the detail say why.
            let reasonText = Strings.suppressionText(reason, minimumN: minimumN)
            let text = DisplayWidth.of(reasonText) <= restWidth ? reasonText : Strings.Shares.hiddenShort
            screen.put(
                TextLayout.truncate(text, toWidth: restWidth, glyphs: glyphs), x: column, y: y, style: theme.muted)
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
                    Strings.Browser.nText(value.n, width: columns.n), toWidth: columns.n, alignment: .right,
                    glyphs: glyphs),
                x: column, y: y, style: theme.muted)
            column += columns.n + 1
            screen.put(
                Self.verdictLabel(verdict, width: columns.sign, glyphs: glyphs), x: column, y: y,
                style: theme.style(for: verdict))
            column += columns.sign + 1
            if columns.share > 0 {
                drawShare(in: &screen, x: column, y: y)
                column += columns.share + 1
            }
            if columns.references > 0 {
                var parts: [String] = []
                if let county = result.county?.value {
                    parts.append("\(Strings.Browser.county) \(NorwegianFormat.decimal(county.mean))")
                }
                if let municipality = result.municipality?.value {
                    parts.append("\(Strings.Browser.municipality) \(NorwegianFormat.decimal(municipality.mean))")
                }
                // Pooled, both are over the school's trinn: said once at the end, where a narrow column
                // loses only that (a note or the row's label says it too), never the kommune's value.
                let values = parts.joined(separator: "  ")
                let pooled = result.referenceTrinn.map { "\(values) (\(Strings.Reference.short($0)))" }
                let text = pooled.flatMap { DisplayWidth.of($0) <= columns.references ? $0 : nil } ?? values
                screen.put(
                    TextLayout.truncate(text, toWidth: columns.references, glyphs: glyphs), x: column, y: y,
                    style: theme.muted)
            }
        }
    }

    /// The share column: the unit's share in whole percent and the sign of the verdict
    /// against the county's share, «skjermet», or nothing when the factor has no share.
    func drawShare(in screen: inout Screen, x: Int, y: Int) {
        let verdict = result.shareVersusCounty?.verdict
        var text = ""
        switch result.unitShare {
        case .shown(let count, let n, _):
            text = Strings.Shares.percent(count, of: n) + " " + VerdictSign.glyph(verdict, ascii: glyphs.isASCII)
        case .hidden: text = Strings.Shares.hiddenShort
        case .none: return
        }
        screen.put(
            TextLayout.pad(text, toWidth: columns.share, alignment: .right, glyphs: glyphs), x: x, y: y,
            style: result.unitShare.proportion == nil ? theme.muted : theme.style(for: verdict))
    }

    /// The verdict's sign, with its words when `width` has room for them (every verdict
    /// at `allVerdictsWidth`, the clear ones at `clearVerdictsWidth`), fitted to `width`.
    static func verdictLabel(_ verdict: Verdict?, width: Int, glyphs: Glyphs) -> String {
        var sign = VerdictSign.glyph(verdict, ascii: glyphs.isASCII)
        if let verdict, verdict != .notComparable,
            width >= Columns.allVerdictsWidth || (width >= Columns.clearVerdictsWidth && verdict != .noClearDifference)
        {
            sign += " " + Strings.verdictText(verdict)
        }
        return TextLayout.truncate(sign, toWidth: width, glyphs: glyphs)
    }
}
