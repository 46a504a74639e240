import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One unit's results as text (bars like the TUI), CSV for Norwegian Excel, or
/// JSON — from the same `FactorResult`s the TUI draws, so numbers, verdicts
/// and suppression are identical everywhere. Nothing is ranked.
public struct ResultsReport: Sendable {
    public let context: ReportContext
    public let areas: [AreaResults]
    /// Add each factor's unfavourable share (`kfl show --andeler`).
    public let shares: Bool

    public init(
        info: SnapshotInfo, unit: ReportingUnit, selection: ResultsSelection, group: RespondentGroup,
        areas: [AreaResults], shares: Bool = false
    ) {
        context = ReportContext(info: info, unit: unit, selection: selection, group: group)
        self.areas = areas
        self.shares = shares
    }

    var info: SnapshotInfo { context.info }

    /// The trinn county and kommune are pooled over (`PooledReference`); nil when they are the
    /// cells at the selection's own address (then the report is as it always was).
    var referenceTrinn: ClosedRange<Int>? { areas.lazy.flatMap(\.factors).compactMap(\.referenceTrinn).first }
    var selection: ResultsSelection { context.selection }

    /// Text with bars, `width` columns wide; for a school, then each factor
    /// against the rest of its kommune.
    public func text(width: Int = 120, glyphs: Glyphs = .unicode) -> String {
        var out = context.heading(round: Strings.roundName(selection.round))
        if let span = referenceTrinn { out.append(Strings.Reference.note(span)) }
        let theme = Theme.make(colors: false)
        let columns = FactorRowView.Columns.fitting(width: width - 1, labelPreferred: 32)
        let withKommune = context.unit.kind == .school
        for area in areas {
            out.append("")
            out.append(area.name)
            if shares, area.factors.contains(where: { $0.factor.shareLabel != nil }) {
                out.append(shareLine(Strings.Shares.textHeading(kommune: withKommune), width: width))
            }
            var screen = Screen(width: width, height: area.factors.count)
            for (row, result) in area.factors.enumerated() {
                FactorRowView(
                    result: result, label: ResultsTable.factorName(result.factor, glyphs: glyphs),
                    labelStyle: .plain, columns: columns, theme: theme, glyphs: glyphs, minimumN: info.minimumN
                )
                .draw(in: &screen, x: 1, y: row)
            }
            // Each factor's share right under it.
            for (row, line) in screen.trimmedLines.enumerated() {
                out.append(line)
                guard shares, area.factors.indices.contains(row), let label = area.factors[row].factor.shareLabel
                else { continue }
                out.append(shareLine([label] + shareFields(area.factors[row], kommune: withKommune), width: width))
            }
        }
        out.append("")
        out.append(Strings.Browser.resultsLegend(ascii: glyphs.isASCII))
        if shares {
            out += Paragraph.wrap(Strings.Shares.note, width: min(width, 80) - 1)
            out += Paragraph.wrap(
                Strings.Shares.hiddenText(.wholeGroup).capitalizedFirst, width: min(width, 80) - 1)
        }
        if context.unit.kind == .school, let municipality = info.tree.municipality(of: context.unit) {
            out.append("")
            out += RestOfMunicipalityLines(
                areas: areas, school: context.unit.name, municipality: municipality.name, minimumN: info.minimumN
            ).lines(width: width, glyphs: glyphs)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A share line of the text: the label, then the unit's share with n, the county's, the
    /// kommune's (for a school; the mean line's order) and the verdict against the county's share, in fixed columns
    /// under the heading `Strings.Shares.textHeading`.
    func shareLine(_ fields: [String], width: Int) -> String {
        let labelWidth = max(12, min(38, width - 60))
        let widths = [labelWidth, 18] + Array(repeating: 10, count: max(0, fields.count - 3))
        var line = "   "
        for (i, field) in fields.enumerated() {
            guard widths.indices.contains(i) else {
                line += field
                continue
            }
            let to = widths[i]
            // Padded to `to` UTF-16 units, as NSString's `padding(toLength:withPad:startingAt:)` pads.
            let units = field.utf16.count
            line +=
                field.count >= to
                ? String(field.prefix(to - 1)) + " "
                : units < to
                    ? field + String(repeating: " ", count: to - units) : String(field.utf16.prefix(to)) ?? field
        }
        return String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// The unit's share with n (or «skjermet»), the county's, the kommune's (with `kommune`)
    /// and the verdict against the county's share, as text fields.
    func shareFields(_ result: FactorResult, kommune: Bool) -> [String] {
        [Strings.Shares.text(result.unitShare) ?? "", Self.percent(result.countyShare)]
            + (kommune ? [Self.percent(result.municipalityShare)] : [])
            + [result.shareVersusCounty.map { Strings.verdictText($0.verdict) } ?? ""]
    }

    /// The unit's, the kommune's and the county's share as numbers (percent, decimal comma, as
    /// the means are: a sheet can sum and chart them), h, the verdict and why the unit's is hidden.
    func shareCSVFields(_ result: FactorResult) -> [String] {
        let comparison = result.shareVersusCounty
        func percent(_ share: FactorShare) -> String {
            share.proportion.map { NorwegianFormat.decimal(100 * $0, digits: 1) } ?? ""
        }
        var hidden = ""
        if case .hidden(let why) = result.unitShare { hidden = Strings.Shares.hiddenText(why) }
        return [
            percent(result.unitShare), percent(result.municipalityShare), percent(result.countyShare),
            ReportContext.decimal(comparison?.effectSize), comparison.map { Strings.verdictText($0.verdict) } ?? "",
            hidden,
        ]
    }

    /// A share beside the unit's: "12 %", «skjermet», or nothing.
    static func percent(_ share: FactorShare) -> String {
        switch share {
        case .shown(let count, let n, _): return Strings.Shares.percent(count, of: n)
        case .hidden: return Strings.Shares.hiddenShort
        case .none: return ""
        }
    }

    /// CSV with `;` and decimal comma, UTF-8 with BOM so Norwegian Excel opens it right.
    public func csv() -> String {
        // Every row carries its context, so a row copied out of the sheet still says what it is.
        let rowContext = [
            context.unitNames, Strings.trinnName(selection.trinn), context.group.name,
            String(selection.round), Strings.genderName(selection.gender),
        ]
        var rows: [[String]] = []
        for area in areas {
            for result in area.factors {
                var fields =
                    rowContext
                    + [area.name, result.factor.name, Strings.directionText(result.factor.direction)]
                switch result.unit {
                case .value(let v)?:
                    fields += [NorwegianFormat.decimal(v.mean, digits: 2), String(v.n), ReportContext.decimal(v.sd)]
                default:
                    fields += ["", "", ""]
                }
                fields.append(ReportContext.decimal(result.county?.value?.mean))
                fields.append(ReportContext.decimal(result.municipality?.value?.mean))
                let comparison = result.versusCounty
                fields.append(ReportContext.decimal(comparison?.effectSize))
                fields.append(comparison.map { Strings.verdictText($0.verdict) } ?? "")
                fields += restFields(result)
                switch result.unit {
                case .suppressed(let reason)?: fields.append(Strings.suppressionText(reason, minimumN: info.minimumN))
                case nil: fields.append(Strings.Browser.noData)
                default: fields.append("")
                }
                if shares { fields += [result.factor.shareLabel ?? ""] + shareCSVFields(result) }
                fields.append(context.provenance)
                rows.append(fields)
            }
        }
        var header = Strings.Browser.showCSVHeader
        if let span = referenceTrinn, let county = header.firstIndex(of: Strings.Browser.county) {
            header[county] = Strings.Reference.county(span)
            header[county + 1] = Strings.Reference.municipality(span)
        }
        if shares { header.insert(contentsOf: Strings.Shares.csvHeader, at: header.count - 1) }
        return ReportContext.csv(header: header, rows: rows)
    }

    /// Rest of the kommune, n, difference, d and verdict (or why withheld).
    func restFields(_ result: FactorResult) -> [String] {
        switch result.restOfMunicipality {
        case .value(let rest)?:
            let c = result.versusRestOfMunicipality
            return [
                NorwegianFormat.decimal(rest.mean, digits: 2), String(rest.n), ReportContext.decimal(c?.difference),
                ReportContext.decimal(c?.effectSize), c.map { Strings.verdictText($0.verdict) } ?? "",
            ]
        case .withheld(let reason)?:
            return ["", "", "", "", Strings.Development.restWithheld(reason, minimumN: info.minimumN)]
        case nil:
            return ["", "", "", "", ""]
        }
    }

    /// JSON for other programs (numbers with a decimal point, as JSON requires).
    public func json() throws -> String {
        struct Row: Encodable {
            let area: String, factorID: String, factor: String, direction: String
            let unit: ReportJSON.Cell?, suppressed: String?, county: ReportJSON.Cell?, municipality: ReportJSON.Cell?
            /// The trinn county, kommune and rest are pooled over; absent when they are the cells
            /// at the same address (a given trinn, or a school with every trinn of the group).
            let referenceTrinnMin: Int?, referenceTrinnMax: Int?
            let effectSizeVersusCounty: Double?, verdictVersusCounty: String?, verdictVersusCountyCode: String?
            /// The school's kommune without the school, and the school against it (two-sample rule).
            let restOfMunicipality: ReportJSON.Cell?, restOfMunicipalityWithheld: String?
            let versusRestOfMunicipality: ReportJSON.TwoSample?
            /// With `--andeler`: the unfavourable share against the county's.
            let share: ReportJSON.Share?
        }
        struct Document: Encodable {
            let format = "kfl-resultater", version = 2
            let header: ReportContext.JSONHeader
            let round: Int
            let results: [Row]

            func encode(to encoder: Encoder) throws {
                try header.encode(to: encoder)
                enum Keys: String, CodingKey { case format, version, round, results }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(format, forKey: .format)
                try c.encode(version, forKey: .version)
                try c.encode(round, forKey: .round)
                try c.encode(results, forKey: .results)
            }
        }
        let rows = areas.flatMap { area in
            area.factors.map { result -> Row in
                var suppressed: String?
                if case .suppressed(let reason)? = result.unit {
                    suppressed = Strings.suppressionText(reason, minimumN: info.minimumN)
                }
                var withheld: String?
                if case .withheld(let reason)? = result.restOfMunicipality {
                    withheld = Strings.Development.restWithheld(reason, minimumN: info.minimumN)
                }
                return Row(
                    area: area.name, factorID: result.factor.id, factor: result.factor.name,
                    direction: result.factor.direction.rawValue,
                    unit: .init(result.unit), suppressed: suppressed, county: .init(result.county),
                    municipality: .init(result.municipality),
                    referenceTrinnMin: result.referenceTrinn?.lowerBound,
                    referenceTrinnMax: result.referenceTrinn?.upperBound,
                    effectSizeVersusCounty: result.versusCounty?.effectSize,
                    verdictVersusCounty: result.versusCounty.map { Strings.verdictText($0.verdict) },
                    verdictVersusCountyCode: result.versusCounty?.verdict.code,
                    restOfMunicipality: result.restOfMunicipality?.value.map(ReportJSON.Cell.init),
                    restOfMunicipalityWithheld: withheld,
                    versusRestOfMunicipality: result.versusRestOfMunicipality.map {
                        ReportJSON.TwoSample($0, label: Strings.verdictText)
                    }, share: shares ? ReportJSON.Share(result) : nil)
            }
        }
        return try ReportContext.json(Document(header: context.jsonHeader, round: selection.round, results: rows))
    }
}
