import KFLCore
import TerminalUI

/// One unit's unfavourable share in the factor detail: its name, a stacked bar of
/// the bands in the factor's direction (the unfavourable side first, so every bar's
/// share starts at the left edge), the share with n, and the verdict against the
/// county's share (`ProportionComparison`). A share that may show only its split is
/// a two-part bar; a hidden share says «skjermet» (why is said once, under the rows:
/// see `hiddenNotes`).
struct ShareRowView {
    let name: String
    let share: FactorShare
    let factor: Factor
    /// Against the county's share; nil for the county itself.
    let comparison: ProportionComparison?
    let theme: Theme
    let glyphs: Glyphs

    /// Widths of the name, the bar, the share text and the verdict in `width` columns.
    struct Columns {
        let name: Int, bar: Int, text: Int, verdict: Int

        /// The verdict in words for every verdict when the bar keeps 20 cells, else only the clear ones.
        static func fitting(width: Int) -> Columns {
            let name = min(22, max(10, width / 4)), text = percentWidth + 1 + countWidth
            let wide = FactorRowView.Columns.allVerdictsWidth, narrow = FactorRowView.Columns.clearVerdictsWidth
            let verdict = width - name - text - wide - 3 >= 20 ? wide : narrow
            return Columns(name: name, bar: max(0, width - name - text - verdict - 3), text: text, verdict: verdict)
        }
    }

    /// "100 %": the share's column, right-aligned so the rows' percentages line up.
    static let percentWidth = 5
    /// "(n 11 346)": n's column beside it.
    static let countWidth = 10

    /// Draws the row's first line; `continuation` gives the lines under it.
    func draw(in screen: inout Screen, x: Int, y: Int, width: Int) {
        let columns = Columns.fitting(width: width)
        screen.put(TextLayout.pad(name, toWidth: columns.name, glyphs: glyphs), x: x, y: y)
        let column = x + columns.name + 1
        let rect = Rect(x: column, y: y, width: columns.bar, height: 1)
        var after = rect.maxX + 1
        guard case .shown(let count, let n, let bands) = share else {
            // Ending where the shown shares' percentages end, so the column reads down as one.
            let text = share == .none ? Strings.Browser.noData : Strings.Shares.hiddenShort
            screen.put(
                text, x: max(column, after + Self.percentWidth - DisplayWidth.of(text)), y: y, style: theme.muted)
            return
        }
        Self.bar(factor: factor, count: count, n: n, bands: bands, theme: theme, glyphs: glyphs)
            .draw(in: &screen, rect: rect)
        let percent = TextLayout.pad(
            Strings.Shares.percent(count, of: n), toWidth: Self.percentWidth, alignment: .right, glyphs: glyphs)
        let total = TextLayout.pad(
            "(\(Strings.Browser.nText(n)))", toWidth: Self.countWidth, alignment: .left, glyphs: glyphs)
        screen.put(percent + " " + total, x: after, y: y)
        after += columns.text + 1
        let verdict = comparison?.verdict
        if comparison != nil {
            screen.put(
                FactorRowView.verdictLabel(verdict, width: columns.verdict, glyphs: glyphs), x: after, y: y,
                style: theme.style(for: verdict))
        }
    }

    /// The line under a split's two-part bar, indented to the bar.
    func continuation(width: Int) -> [String] {
        guard case .shown(_, _, nil) = share else { return [] }
        return [String(repeating: " ", count: Columns.fitting(width: width).name + 1) + Strings.Shares.splitOnly]
    }

    /// Why the hidden ones among `shares` are hidden, each reason once, wrapped to `width`.
    static func hiddenNotes(_ shares: [FactorShare], width: Int, glyphs: Glyphs) -> [String] {
        var reasons: [ShareHiding] = []
        for case .hidden(let why) in shares where !reasons.contains(why) { reasons.append(why) }
        return reasons.flatMap {
            Paragraph.wrap(Strings.Shares.hiddenText($0).capitalizedFirst + ".", width: max(1, width), glyphs: glyphs)
        }
    }

    /// The stacked bar of a shown share: every band in the factor's direction, or the
    /// unfavourable count against the rest when only the split may be shown.
    static func bar(factor: Factor, count: Int, n: Int, bands: [Int]?, theme: Theme, glyphs: Glyphs) -> StackedBar {
        guard let definition = factor.shares, let bands else {
            return StackedBar(
                parts: [
                    .init(count: count, glyph: glyphs.shades[0], style: theme.shareUnfavourable),
                    .init(count: n - count, glyph: glyphs.shades[3], style: theme.shareRest),
                ], sideBreak: 1)
        }
        let order = definition.bandsInDirection(factor.direction)
        let unfavourable = order.map { definition.isUnfavourable(band: $0, direction: factor.direction) }
        return StackedBar(
            parts: order.enumerated().map { position, band in
                StackedBar.Part(
                    count: bands.indices.contains(band) ? bands[band] : 0,
                    glyph: shade(position: position, of: order.count, glyphs: glyphs),
                    style: unfavourable[position] ? theme.shareUnfavourable : theme.shareRest)
            },
            // The unfavourable bands come first: the side the share counts is kept whole.
            sideBreak: unfavourable.firstIndex(of: false))
    }

    /// The shade of the band at `position` (0 = the most unfavourable) of `count` bands:
    /// darkest first, lightest last, whatever the number of bands.
    static func shade(position: Int, of count: Int, glyphs: Glyphs) -> String {
        let shades = glyphs.shades
        guard count > 1 else { return shades[0] }
        return shades[(position * (shades.count - 1) + (count - 1) / 2) / (count - 1)]
    }

    /// "Ugunstig side: █ 1–1,75 ▓ 1,75–2,5 · resten: ▒ 2,5–3,25 ░ 3,25–4": the bands by
    /// their score ranges in the factor's direction.
    static func legend(factor: Factor, glyphs: Glyphs) -> String? {
        guard let definition = factor.shares else { return nil }
        let order = definition.bandsInDirection(factor.direction)
        func items(_ unfavourable: Bool) -> String {
            order.enumerated().filter {
                definition.isUnfavourable(band: $0.element, direction: factor.direction) == unfavourable
            }
            .map {
                shade(position: $0.offset, of: order.count, glyphs: glyphs) + "\u{00A0}"
                    + definition.rangeText(band: $0.element)
            }
            .joined(separator: "  ")
        }
        return Strings.Shares.legend(unfavourable: items(true), rest: items(false))
    }
}
