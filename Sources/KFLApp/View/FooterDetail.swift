import KFLCore
import TerminalUI

/// How much the lines under a table say about the selected factor.
///
/// When the whole does not fit its lines, what matters least goes first, in
/// this order, so the verdicts are the last words to be cut: the 95 %
/// interval, then d, then n after each value, then the values (the table
/// above shows them; a suppressed value's reason stays), then the county's
/// verdict and a change that has no verdict, only a reason.
enum FooterDetail: Int, CaseIterable, Comparable {
    case full
    case noInterval
    case noEffectSize
    case noCounts
    case noValues
    case noCounty

    static func < (a: FooterDetail, b: FooterDetail) -> Bool { a.rawValue < b.rawValue }

    var showsInterval: Bool { self < .noInterval }
    var showsEffectSize: Bool { self < .noEffectSize }
    var showsCounts: Bool { self < .noCounts }
    var showsValues: Bool { self < .noValues }
    var showsCounty: Bool { self < .noCounty }

    /// Paragraphs one under the other in at most `maxLines` rows of `width`
    /// columns: the fullest detail at which every paragraph fits whole. When
    /// even the least does not, each paragraph is cut to its share of the rows.
    static func fitted(
        width: Int, maxLines: Int, glyphs: Glyphs,
        _ paragraphs: (FooterDetail) -> [(text: String, style: Style)]
    ) -> [ResultsTable.Row] {
        guard maxLines > 0 else { return [] }
        for detail in allCases {
            let texts = paragraphs(detail)
            // Wrapping is most of a footer's time; a detail whose text cannot fit is not wrapped.
            let least = texts.reduce(0) { $0 + Paragraph.minimumLines($1.text, width: max(1, width), glyphs: glyphs) }
            if least > maxLines { continue }
            let rows = texts.flatMap {
                ResultsTable.paragraph($0.text, width: width, style: $0.style, glyphs: glyphs)
            }
            if rows.count <= maxLines { return rows }
        }
        let texts = paragraphs(allCases.last!)
        var rows: [ResultsTable.Row] = []
        for (i, paragraph) in texts.enumerated() {
            // Later paragraphs keep a row each while there are rows to keep.
            let room = max(1, maxLines - rows.count - (texts.count - i - 1))
            rows += ResultsTable.paragraph(
                paragraph.text, width: width, style: paragraph.style, maxLines: room, glyphs: glyphs)
        }
        return Array(rows.prefix(maxLines))
    }
}
