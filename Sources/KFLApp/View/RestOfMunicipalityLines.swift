import KFLCore
import TerminalUI

/// A school against the rest of its kommune (the kommune without the
/// school), by the two-sample rule: for each factor in `kfl show`, for each
/// trinn in the factor detail. Withheld rests say why.
struct RestOfMunicipalityLines {
    let items: [(label: String, result: FactorResult)]
    let school: String
    let municipality: String
    let theme: Theme
    let minimumN: Int

    init(
        items: [(label: String, result: FactorResult)], school: String, municipality: String,
        theme: Theme = Theme.make(colors: false), minimumN: Int
    ) {
        self.items = items
        self.school = school
        self.municipality = municipality
        self.theme = theme
        self.minimumN = minimumN
    }

    /// One row per factor of `areas`.
    init(areas: [AreaResults], school: String, municipality: String, minimumN: Int) {
        self.init(
            items: areas.flatMap(\.factors).map { ($0.factor.name, $0) }, school: school, municipality: municipality,
            minimumN: minimumN)
    }

    /// The trinn every row's rest is pooled over (`PooledReference`): `kfl show` for a school at
    /// all trinn. nil when any row is at its own trinn (the factor detail's rows by trinn, whose
    /// «alle trinn» row says its trinn in its label).
    var span: ClosedRange<Int>? {
        let spans = Set(items.map(\.result.referenceTrinn))
        return spans.count == 1 ? spans.first ?? nil : nil
    }

    /// Heading, what "the rest" is, column heads and a row per item.
    func rows(width: Int, glyphs: Glyphs, labelPreferred: Int = 32) -> [ResultsTable.Row] {
        // School, rest and the rest's n take 6 + 6 + 7 columns where the series layout has two values of 4.
        let columns = SeriesTable.Columns.fitting(
            width: width - 12, rounds: 2, labelPreferred: labelPreferred, verdict: 22)
        var out = [ResultsTable.Row.text(Strings.Development.restOfMunicipalityHeading, style: theme.heading)]
        out += ResultsTable.paragraph(
            Strings.Development.restOfMunicipalityIntro(school: school, municipality: municipality, span: span),
            width: width,
            style: theme.muted, glyphs: glyphs)
        out.append(
            ResultsTable.Row(spans: [
                .init(text: "", width: columns.label),
                .init(text: Strings.Development.schoolColumn, width: 6, alignment: .right, style: theme.heading),
                .init(text: Strings.Development.restColumn, width: 6, alignment: .right, style: theme.heading),
                .init(text: "", width: 7),
                .init(text: Strings.Development.gapColumn, width: columns.changeWidth, style: theme.heading),
            ]))
        for item in items {
            let school = TableCell.mean(item.result.unit)
            var spans = [
                ResultsTable.Span(text: item.label, width: columns.label),
                .init(text: school.text, width: 6, alignment: .right, style: school.suppressed ? theme.muted : .bold),
            ]
            switch item.result.restOfMunicipality {
            case .value(let rest)?:
                spans.append(.init(text: NorwegianFormat.decimal(rest.mean, digits: 2), width: 6, alignment: .right))
                spans.append(
                    .init(
                        text: Strings.Browser.nText(rest.n, width: 7), width: 7, alignment: .right, style: theme.muted))
                if let c = item.result.versusRestOfMunicipality {
                    spans += SeriesTable.changeSpans(
                        .compared(c), columns: columns, theme: theme, glyphs: glyphs,
                        minimumN: minimumN, verdictText: Strings.verdictText)
                }
            case .withheld(let reason)?:
                spans.append(
                    .init(
                        text: Strings.Development.restWithheld(reason, minimumN: minimumN), width: 0, style: theme.muted
                    ))
            case nil:
                let why: String
                if case .suppressed(let reason)? = item.result.unit {
                    why = Strings.suppressionText(reason, minimumN: minimumN)
                } else {
                    why = Strings.Browser.noData
                }
                spans = [spans[0], .init(text: why, width: 0, style: theme.muted)]
            }
            out.append(ResultsTable.Row(spans: spans))
        }
        return out
    }

    func lines(width: Int, glyphs: Glyphs) -> [String] {
        ResultsTable(rows: rows(width: width - 1, glyphs: glyphs)).text(width: width, glyphs: glyphs)
            .map { TextLayout.trimmingTrailingSpaces(" " + $0) }
    }
}
