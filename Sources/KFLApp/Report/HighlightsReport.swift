import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl show --skiller-seg-ut`: what stands out for a unit and round, as
/// text, CSV or JSON — from the same `Highlights` and table as the TUI.
public struct HighlightsReport: Sendable {
    public let info: SnapshotInfo
    public let highlights: Highlights

    public init(info: SnapshotInfo, highlights: Highlights) {
        self.info = info
        self.highlights = highlights
    }

    /// The text for a terminal `width` columns wide; nil (a pipe or a file) writes names whole.
    public func text(width: Int? = nil, glyphs: Glyphs = .unicode) -> String {
        var out = [
            ReportContext.unitNames(highlights.unit, info: info),
            Strings.Themes.overviewTitle + " · " + Strings.roundName(highlights.round),
        ]
        if info.isDemo { out.append(Strings.demoNotice) }
        out.append("")
        // Whole names, groups and verdicts widen their columns by at most their widest; lines are trimmed.
        let widths = ReportContext.standingLines(
            width: width, standings: highlights.lines.map(\.standing), glyphs: glyphs)
        let table = OverviewTable(
            highlights: highlights, theme: Theme.make(colors: false), glyphs: glyphs, minimumN: info.minimumN
        ).table(width: widths.table, wholeNames: width == nil)
        out += table.text(width: widths.lines, glyphs: glyphs)
        return out.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        let provenance = info.isDemo ? Strings.demoBanner : info.source
        let unit = ReportContext.unitNames(highlights.unit, info: info)
        let rows = highlights.lines.map { line in
            [Strings.Themes.lineKindName(line.kind), unit, String(highlights.round)]
                + StandingFields.csv(line.standing, minimumN: info.minimumN) + [provenance]
        }
        return ReportContext.csv(header: Strings.Themes.overviewCSVColumns + ["data"], rows: rows)
    }

    public func json() throws -> String {
        struct Line: Encodable {
            let kind: String, label: String
            let factor: StandingFields.JSON
        }
        struct Coverage: Encodable {
            let groupID: String, municipalities: Int, municipalitiesTotal: Int, schools: Int, schoolsTotal: Int
        }
        struct Document: Encodable {
            let header: StandingFields.Header
            let previousRound: Int?
            let lines: [Line]
            let coverage: [Coverage]
            let unremarkable: Int
            func encode(to encoder: Encoder) throws {
                try header.encode(to: encoder)
                enum Keys: String, CodingKey { case previousRound, lines, coverage, unremarkable }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encodeIfPresent(previousRound, forKey: .previousRound)
                try c.encode(lines, forKey: .lines)
                if !coverage.isEmpty { try c.encode(coverage, forKey: .coverage) }
                try c.encode(unremarkable, forKey: .unremarkable)
            }
        }
        let h = highlights
        let document = Document(
            header: .init(format: "kfl-skiller-seg-ut", info: info, unit: h.unit, round: h.round),
            previousRound: h.previousRound,
            lines: h.lines.map {
                Line(
                    kind: $0.kind.rawValue, label: Strings.Themes.lineKindName($0.kind),
                    factor: StandingFields.JSON($0.standing, minimumN: info.minimumN))
            },
            coverage: h.coverage.map {
                Coverage(
                    groupID: $0.group.id, municipalities: $0.municipalities,
                    municipalitiesTotal: $0.municipalitiesTotal, schools: $0.schools, schoolsTotal: $0.schoolsTotal)
            },
            unremarkable: h.unremarkableCount)
        return try ReportContext.json(document)
    }
}
