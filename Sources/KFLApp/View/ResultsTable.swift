import KFLCore
import TerminalUI

/// A table of results drawn by the over-time views and the gender gap: fixed
/// lines above (intro, column heads), rows (a factor may take several)
/// scrolled so the selected factor shows, and fixed lines below (the selected
/// factor in full). `kfl show` draws the same table, unscrolled.
struct ResultsTable {
    /// Text in a column of a row; columns are separated by one space.
    struct Span {
        var text: String
        /// Columns; 0 takes the rest of the row.
        var width: Int
        var alignment: Alignment = .left
        var style: Style = .plain
    }

    struct Row {
        /// The factor the row belongs to (nil for headings and notes).
        var factorIndex: Int?
        var spans: [Span]
        /// The row carrying the factor's name: highlighted when selected.
        var isLabel = false

        static func text(_ text: String, style: Style = .plain) -> Row {
            Row(spans: [Span(text: text, width: 0, style: style)])
        }
        static let blank = Row(spans: [])
    }

    var top: [Row] = []
    var rows: [Row] = []
    var bottom: [Row] = []

    /// Draws the table into `rect`, keeping the selected factor's rows in view. Returns how
    /// many factors are scrolled out of sight above and below (for "↓ 2 faktorer til").
    @discardableResult
    func draw(
        in screen: inout Screen, rect: Rect, selected: Int?, selectedStyle: Style, glyphs: Glyphs
    ) -> (above: Int, below: Int) {
        guard !rect.isEmpty else { return (0, 0) }
        let top = self.top.prefix(max(0, rect.height - 1))
        let bottom = self.bottom.prefix(max(0, rect.height - top.count - 2))
        let bodyHeight = rect.height - top.count - bottom.count
        for (i, row) in top.enumerated() {
            Self.draw(row, in: &screen, x: rect.x, y: rect.y + i, width: rect.width, glyphs: glyphs)
        }
        // Scroll as little as it takes to show all of the selected factor's rows.
        let last = selected.flatMap { s in rows.lastIndex { $0.factorIndex == s } } ?? 0
        let offset = max(0, min(last + 1 - bodyHeight, rows.count - bodyHeight))
        for (i, row) in rows.dropFirst(offset).prefix(max(0, bodyHeight)).enumerated() {
            var row = row
            if row.isLabel, let selected, row.factorIndex == selected, !row.spans.isEmpty {
                row.spans[0].style = selectedStyle
            }
            Self.draw(row, in: &screen, x: rect.x, y: rect.y + top.count + i, width: rect.width, glyphs: glyphs)
        }
        for (i, row) in bottom.enumerated() {
            Self.draw(row, in: &screen, x: rect.x, y: rect.maxY - bottom.count + i, width: rect.width, glyphs: glyphs)
        }
        let shown = Set(rows.dropFirst(offset).prefix(max(0, bodyHeight)).compactMap(\.factorIndex))
        let factorsOut = { (rows: ArraySlice<Row>) in
            Set(rows.filter(\.isLabel).compactMap(\.factorIndex)).subtracting(shown).count
        }
        return (factorsOut(rows.prefix(offset)), factorsOut(rows.dropFirst(offset + max(0, bodyHeight))))
    }

    /// Every line, top to bottom, `width` columns wide (for `kfl show`).
    func text(width: Int, glyphs: Glyphs) -> [String] {
        let all = top + rows + bottom
        var screen = Screen(width: width, height: all.count)
        for (y, row) in all.enumerated() { Self.draw(row, in: &screen, x: 0, y: y, width: width, glyphs: glyphs) }
        return screen.trimmedLines
    }

    static func draw(_ row: Row, in screen: inout Screen, x: Int, y: Int, width: Int, glyphs: Glyphs) {
        for span in placed(row, x: x, width: width, glyphs: glyphs) {
            screen.put(span.text, x: span.x, y: y, style: span.style, clip: Rect(x: x, y: y, width: width, height: 1))
        }
    }

    /// A row's spans placed from column `x` in `width` columns, each padded
    /// to its width; what does not fit is left out.
    static func placed(_ row: Row, x: Int, width: Int, glyphs: Glyphs) -> [(x: Int, text: String, style: Style)] {
        var out: [(x: Int, text: String, style: Style)] = []
        var column = x
        let end = x + width
        for span in row.spans {
            guard column < end else { break }
            let room = span.width == 0 ? end - column : min(span.width, end - column)
            let text = TextLayout.pad(span.text, toWidth: room, alignment: span.alignment, glyphs: glyphs)
            out.append((column, text, span.style))
            column += room + 1
        }
        return out
    }

    /// "Uro i timene ↓": the name, marked when lower is better. Cut to
    /// `width` columns, the name is shortened and the mark kept: "Uro og forstyrr… ↓".
    static func factorName(_ factor: Factor, glyphs: Glyphs, width: Int = .max) -> String {
        guard factor.direction == .lowerIsBetter else {
            return TextLayout.truncate(factor.name, toWidth: width, glyphs: glyphs)
        }
        let mark = " " + (glyphs.isASCII ? Strings.Browser.lowerIsBetterMarkASCII : Strings.Browser.lowerIsBetterMark)
        let room = width == .max ? .max : max(0, width - DisplayWidth.of(mark))
        return TextLayout.truncate(factor.name, toWidth: room, glyphs: glyphs) + mark
    }

    /// Wrapped text as rows; at most `maxLines`, the last ending in an ellipsis when cut.
    static func paragraph(
        _ text: String, width: Int, style: Style, maxLines: Int = .max, glyphs: Glyphs
    )
        -> [Row]
    {
        var lines = Paragraph.wrap(text, width: max(1, width), glyphs: glyphs)
        if lines.count > maxLines {
            lines = Array(lines.prefix(max(0, maxLines)))
            if let last = lines.popLast() {
                let room = max(0, width - DisplayWidth.of(glyphs.ellipsis))
                lines.append(TextLayout.prefix(last, width: room) + glyphs.ellipsis)
            }
        }
        return lines.map { Row.text($0, style: style) }
    }
}

/// How the over-time tables write a value in a narrow column.
enum TableCell {
    /// "3,42", "skj." for a suppressed cell, "–" for none.
    static func mean(_ cell: CellResult?) -> (text: String, suppressed: Bool) {
        switch cell {
        case .value(let v)?: return (NorwegianFormat.decimal(v.mean, digits: 2), false)
        case .suppressed?: return (Strings.Development.suppressedShort, true)
        case nil: return (Strings.Development.noValueShort, false)
        }
    }

    /// "3,42 (n 107)" ("3,42" without `counts`), or the full reason a value is not shown.
    static func full(_ cell: CellResult?, absence: SeriesAbsence? = nil, minimumN: Int, counts: Bool = true) -> String {
        if let absence { return Strings.Development.absenceText(absence) }
        switch cell {
        case .value(let v)?:
            let mean = NorwegianFormat.decimal(v.mean, digits: 2)
            return counts ? mean + " (\(Strings.Browser.nText(v.n)))" : mean
        case .suppressed(let reason)?: return Strings.suppressionText(reason, minimumN: minimumN)
        case nil: return Strings.Browser.noData
        }
    }
}
