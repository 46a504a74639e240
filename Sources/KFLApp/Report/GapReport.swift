import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Boys against girls for each factor — the gap with interval, d and the
/// two-sample verdict, the county's gap, and the gap in every round — as
/// text, CSV or JSON, from the same `FactorGap`s the TUI draws.
public struct GapReport: Sendable {
    public let context: ReportContext
    public let areas: [AreaGaps]

    public init(context: ReportContext, areas: [AreaGaps]) {
        self.context = context
        self.areas = areas
    }

    var info: SnapshotInfo { context.info }
    var round: Int { context.selection.round }
    var showCounty: Bool { context.unit.kind != .county }
    /// The trinn the county is pooled over (`PooledReference`); nil when it is the county's cell
    /// at the same address.
    var referenceTrinn: ClosedRange<Int>? { areas.lazy.flatMap(\.factors).first?.referenceTrinn }

    public func text(width: Int = 120, glyphs: Glyphs = .unicode) -> String {
        var out = context.heading(round: Strings.roundName(round))
        if showCounty, let span = referenceTrinn { out.append(Strings.Reference.countyNote(span)) }
        out.append("")
        let gaps = GapTable(
            areas: areas, round: round, rounds: info.rounds, showCounty: showCounty,
            theme: Theme.make(colors: false), glyphs: glyphs, minimumN: info.minimumN)
        let columns = GapTable.Columns.fitting(width: width - 1)
        let table = ResultsTable(
            top: gaps.top(width: width - 1, columns: columns), rows: gaps.rows(columns: columns, width: width - 1))
        out += table.text(width: width - 1, glyphs: glyphs)
        out.append("")
        out += Strings.Development.legendLines(unicode: !glyphs.isASCII).dropFirst()
        return out.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        var header = Strings.Development.gapCSVColumns(county: showCounty, countySpan: referenceTrinn)
        for r in info.rounds { header.append(Strings.Development.gapCSVRound(r)) }
        header.append("data")
        let rowContext = [
            context.unitNames, Strings.trinnName(context.selection.trinn), context.group.name, String(round),
        ]
        var rows: [[String]] = []
        for area in areas {
            for gap in area.factors {
                let point = gap.point(round: round)
                var fields = rowContext + [area.name, gap.factor.name, Strings.directionText(gap.factor.direction)]
                for c in [point?.boys, point?.girls] { fields += [cell(c), c?.value.map { String($0.n) } ?? ""] }
                fields += SeriesReport.outcomeFields(
                    gap.gap(round: round), minimumN: info.minimumN, label: Strings.Development.gapVerdict)
                if showCounty {
                    let county = gap.countyGap(round: round)
                    fields += [
                        cell(point?.countyBoys), cell(point?.countyGirls),
                        ReportContext.decimal(county.comparison?.difference),
                        SeriesReport.label(county, minimumN: info.minimumN, label: Strings.Development.gapVerdict),
                    ]
                }
                for r in info.rounds {
                    let outcome = gap.gap(round: r)
                    fields.append(
                        outcome.comparison.map { ReportContext.decimal($0.difference) }
                            ?? SeriesReport.label(
                                outcome, minimumN: info.minimumN, label: Strings.Development.gapVerdict))
                }
                fields.append(context.provenance)
                rows.append(fields)
            }
        }
        return ReportContext.csv(header: header, rows: rows)
    }

    /// The mean, or why it is not shown.
    func cell(_ cell: CellResult?) -> String {
        switch cell {
        case .value(let v)?: return ReportContext.decimal(v.mean)
        case .suppressed(let reason)?: return Strings.suppressionText(reason, minimumN: info.minimumN)
        case nil: return Strings.Browser.noData
        }
    }

    public func json() throws -> String {
        struct Point: Encodable {
            let round: Int
            let boys: ReportJSON.Cell?, boysSuppressed: String?, girls: ReportJSON.Cell?, girlsSuppressed: String?
            let gap: ReportJSON.TwoSample
            let countyBoys: ReportJSON.Cell?, countyGirls: ReportJSON.Cell?, countyGap: ReportJSON.TwoSample?
        }
        struct Row: Encodable {
            let area: String, factorID: String, factor: String, direction: String
            /// The trinn the county is pooled over; absent when it is the cell at the same address.
            let referenceTrinnMin: Int?, referenceTrinnMax: Int?
            let rounds: [Point]
        }
        struct Document: Encodable {
            let header: ReportContext.JSONHeader
            let round: Int, rounds: [Int], results: [Row]

            func encode(to encoder: Encoder) throws {
                try header.encode(to: encoder)
                enum Keys: String, CodingKey { case format, version, round, rounds, gapIs, results }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode("kfl-kjonnsforskjell", forKey: .format)
                try c.encode(1, forKey: .version)
                try c.encode(round, forKey: .round)
                try c.encode(rounds, forKey: .rounds)
                try c.encode("boys minus girls; clearlyBetter means the boys are clearly better", forKey: .gapIs)
                try c.encode(results, forKey: .results)
            }
        }
        let minimumN = info.minimumN
        func suppressed(_ cell: CellResult?) -> String? {
            if case .suppressed(let reason)? = cell { return Strings.suppressionText(reason, minimumN: minimumN) }
            return nil
        }
        let rows = areas.flatMap { area in
            area.factors.map { gap in
                Row(
                    area: area.name, factorID: gap.factor.id, factor: gap.factor.name,
                    direction: gap.factor.direction.rawValue,
                    referenceTrinnMin: showCounty ? gap.referenceTrinn?.lowerBound : nil,
                    referenceTrinnMax: showCounty ? gap.referenceTrinn?.upperBound : nil,
                    rounds: gap.points.map { p in
                        Point(
                            round: p.round, boys: .init(p.boys), boysSuppressed: suppressed(p.boys),
                            girls: .init(p.girls),
                            girlsSuppressed: suppressed(p.girls),
                            gap: ReportJSON.TwoSample(
                                gap.gap(round: p.round), minimumN: minimumN, label: Strings.Development.gapVerdict),
                            countyBoys: showCounty ? .init(p.countyBoys) : nil,
                            countyGirls: showCounty ? .init(p.countyGirls) : nil,
                            countyGap: showCounty
                                ? ReportJSON.TwoSample(
                                    gap.countyGap(round: p.round), minimumN: minimumN,
                                    label: Strings.Development.gapVerdict) : nil)
                    })
            }
        }
        return try ReportContext.json(
            Document(header: context.jsonHeader, round: round, rounds: info.rounds, results: rows))
    }
}
