import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A unit's factors over the rounds — its development, or a cohort (same
/// trinn, or the same class) — as text, CSV or JSON, from the same
/// `FactorSeries` the TUI's over-time views draw. Nothing is ranked.
public struct SeriesReport: Sendable {
    public let context: ReportContext
    public let kind: SeriesKind
    public let areas: [AreaSeries]
    /// The rounds the change is measured between, if there are two.
    public let change: (from: Int, to: Int)?
    /// Asked for as a cohort (`--kull`), not as development (`--tidspunkt alle`).
    public let isCohort: Bool

    public init(
        context: ReportContext, kind: SeriesKind, areas: [AreaSeries], change: (from: Int, to: Int)?, isCohort: Bool
    ) {
        self.context = context
        self.kind = kind
        self.areas = areas
        self.change = change
        self.isCohort = isCohort
    }

    var info: SnapshotInfo { context.info }
    var selection: ResultsSelection { context.selection }
    var showCounty: Bool { context.unit.kind != .county }
    /// The trinn the county is pooled over (`PooledReference`); nil when it is the county's cell
    /// at the same address (then the report is as it always was).
    var referenceTrinn: ClosedRange<Int>? { areas.lazy.flatMap(\.factors).first?.referenceTrinn }

    func table(width: Int, glyphs: Glyphs) -> SeriesTable {
        SeriesTable(
            areas: areas, kind: kind, trinn: isCohort ? selection.trinn : 0,
            round: selection.round, rounds: info.rounds, change: change, showCounty: showCounty,
            theme: Theme.make(colors: false), glyphs: glyphs, minimumN: info.minimumN)
    }

    /// The table, `width` columns wide, with every factor's rounds spelled out below.
    public func text(width: Int = 120, glyphs: Glyphs = .unicode) -> String {
        var out = context.heading(round: Strings.Development.allRounds(info.rounds))
        if showCounty, let span = referenceTrinn { out.append(Strings.Reference.countyNote(span)) }
        out.append("")
        let series = table(width: width - 1, glyphs: glyphs)
        let columns = SeriesTable.Columns.fitting(width: width - 1, rounds: info.rounds.count)
        let table = ResultsTable(
            top: series.top(width: width - 1, columns: columns), rows: series.rows(columns: columns))
        out += table.text(width: width - 1, glyphs: glyphs)
        out.append("")
        out += Strings.Development.legendLines(unicode: !glyphs.isASCII).dropFirst()
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per factor: the unit (and county) each round, then the change.
    public func csv() -> String {
        let rounds = info.rounds
        var header = Strings.Development.seriesCSVContext
        for round in rounds {
            header += Strings.Development.seriesCSVRound(
                round, county: showCounty, sameClass: kind == .sameClass, countySpan: referenceTrinn)
        }
        header += Strings.Development.changeCSVColumns(county: showCounty) + ["data"]
        let rowContext = [
            context.unitNames, Strings.trinnName(selection.trinn), context.group.name,
            Strings.genderName(selection.gender), Strings.Development.seriesKindName(kind, cohort: isCohort),
        ]
        var rows: [[String]] = []
        for area in areas {
            for series in area.factors {
                var fields =
                    rowContext + [area.name, series.factor.name, Strings.directionText(series.factor.direction)]
                for point in series.points {
                    if kind == .sameClass { fields.append(String(point.trinn)) }
                    fields += cellFields(point.unit, absence: point.absence)
                    if showCounty { fields.append(ReportContext.decimal(point.county?.value?.mean)) }
                }
                fields += changeFields(series)
                fields.append(context.provenance)
                rows.append(fields)
            }
        }
        return ReportContext.csv(header: header, rows: rows)
    }

    /// Mean, n and sd, or why there are none (in the mean's column).
    func cellFields(_ cell: CellResult?, absence: SeriesAbsence?) -> [String] {
        if let absence { return [Strings.Development.absenceText(absence), "", ""] }
        switch cell {
        case .value(let v)?: return [ReportContext.decimal(v.mean), String(v.n), ReportContext.decimal(v.sd)]
        case .suppressed(let reason)?: return [Strings.suppressionText(reason, minimumN: info.minimumN), "", ""]
        case nil: return [Strings.Browser.noData, "", ""]
        }
    }

    func changeFields(_ series: FactorSeries) -> [String] {
        guard let change else { return Array(repeating: "", count: showCounty ? 9 : 7) }
        var fields = [String(change.from), String(change.to)]
        fields += Self.outcomeFields(
            series.change(from: change.from, to: change.to), minimumN: info.minimumN,
            label: Strings.Development.changeVerdict)
        if showCounty {
            let county = series.countyChange(from: change.from, to: change.to)
            fields += [
                ReportContext.decimal(county.comparison?.difference),
                Self.label(
                    county, minimumN: info.minimumN,
                    label: Strings.Development.changeVerdict),
            ]
        }
        return fields
    }

    /// Difference, interval low and high, d and verdict (or why there is none).
    static func outcomeFields(_ outcome: TwoSampleOutcome, minimumN: Int, label: (Verdict) -> String) -> [String] {
        let c = outcome.comparison
        return [
            ReportContext.decimal(c?.difference), ReportContext.decimal(c?.interval?.lowerBound),
            ReportContext.decimal(c?.interval?.upperBound), ReportContext.decimal(c?.effectSize),
            Self.label(outcome, minimumN: minimumN, label: label),
        ]
    }

    static func label(_ outcome: TwoSampleOutcome, minimumN: Int, label: (Verdict) -> String) -> String {
        switch outcome {
        case .compared(let c): return label(c.verdict)
        case .unavailable(let reason): return Strings.Development.unavailable(reason, minimumN: minimumN)
        }
    }

    /// JSON for other programs: every round, and the change with a stable verdict code.
    public func json() throws -> String {
        struct Point: Encodable {
            let round: Int, trinn: Int
            let unit: ReportJSON.Cell?, suppressed: String?, absent: String?, county: ReportJSON.Cell?
        }
        struct Row: Encodable {
            let area: String, factorID: String, factor: String, direction: String
            /// The trinn the county is pooled over; absent when it is the cell at the same address.
            let referenceTrinnMin: Int?, referenceTrinnMax: Int?
            let rounds: [Point]
            let change: ReportJSON.TwoSample?, countyChange: ReportJSON.TwoSample?
        }
        struct Change: Encodable { let from: Int, to: Int }
        struct Document: Encodable {
            let header: ReportContext.JSONHeader
            let kind: String, anchorRound: Int, rounds: [Int], change: Change?, anonymityNote: String?
            let results: [Row]

            func encode(to encoder: Encoder) throws {
                try header.encode(to: encoder)
                enum Keys: String, CodingKey {
                    case format, version, kind, anchorRound, rounds, change, anonymityNote, results
                }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode("kfl-utvikling", forKey: .format)
                try c.encode(1, forKey: .version)
                try c.encode(kind, forKey: .kind)
                try c.encode(anchorRound, forKey: .anchorRound)
                try c.encode(rounds, forKey: .rounds)
                try c.encodeIfPresent(change, forKey: .change)
                try c.encodeIfPresent(anonymityNote, forKey: .anonymityNote)
                try c.encode(results, forKey: .results)
            }
        }
        let minimumN = info.minimumN
        let rows = areas.flatMap { area in
            area.factors.map { series -> Row in
                let points = series.points.map { p -> Point in
                    var suppressed: String?
                    if case .suppressed(let reason)? = p.unit {
                        suppressed = Strings.suppressionText(reason, minimumN: minimumN)
                    }
                    return Point(
                        round: p.round, trinn: p.trinn, unit: .init(p.unit), suppressed: suppressed,
                        absent: p.absence.map(Strings.Development.absenceText),
                        county: showCounty ? .init(p.county) : nil)
                }
                let unitChange = change.map {
                    ReportJSON.TwoSample(
                        series.change(from: $0.from, to: $0.to), minimumN: minimumN,
                        label: Strings.Development.changeVerdict)
                }
                let countyChange = change.flatMap { c in
                    showCounty
                        ? ReportJSON.TwoSample(
                            series.countyChange(from: c.from, to: c.to), minimumN: minimumN,
                            label: Strings.Development.changeVerdict) : nil
                }
                return Row(
                    area: area.name, factorID: series.factor.id, factor: series.factor.name,
                    direction: series.factor.direction.rawValue,
                    referenceTrinnMin: showCounty ? series.referenceTrinn?.lowerBound : nil,
                    referenceTrinnMax: showCounty ? series.referenceTrinn?.upperBound : nil, rounds: points,
                    change: unitChange,
                    countyChange: countyChange)
            }
        }
        let document = Document(
            header: context.jsonHeader, kind: isCohort ? kind.rawValue : "development",
            anchorRound: selection.round, rounds: info.rounds, change: change.map { Change(from: $0.from, to: $0.to) },
            anonymityNote: isCohort ? Strings.Development.anonymousCohort : nil, results: rows)
        return try ReportContext.json(document)
    }
}
