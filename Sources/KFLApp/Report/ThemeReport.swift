import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kfl show --tema`: one or every theme for a unit and round, each group's
/// factor against its own county value, as text, CSV or JSON — from the same
/// `ThemeResults` and tables as the TUI's theme view.
public struct ThemeReport: Sendable {
    public let info: SnapshotInfo
    public let themes: [ThemeResults]

    public init(info: SnapshotInfo, themes: [ThemeResults]) {
        self.info = info
        self.themes = themes
    }

    /// The text for a terminal `width` columns wide; without a width (a pipe or a file) the
    /// names are whole and the text around the tables keeps to `ReportContext.plainWidth`.
    public func text(width: Int? = nil, glyphs: Glyphs = .unicode) -> String {
        guard let first = themes.first else { return "" }
        var out = [ReportContext.unitNames(first.unit, info: info), Strings.roundName(first.round)]
        if info.isDemo { out.append(Strings.demoNotice) }
        for results in themes {
            out += ["", results.theme.name]
            let widths = ReportContext.standingLines(width: width, standings: results.standings, glyphs: glyphs)
            let table = ThemeTable(
                results: results, theme: Theme.make(colors: false), glyphs: glyphs, minimumN: info.minimumN
            ).table(width: widths.table, wholeNames: width == nil)
            out += table.text(width: widths.lines, glyphs: glyphs)
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        let provenance = info.isDemo ? Strings.demoBanner : info.source
        let rows = themes.flatMap { results in
            results.standings.map { s in
                [ReportContext.unitNames(results.unit, info: info), String(results.round), results.theme.name]
                    + StandingFields.csv(s, minimumN: info.minimumN) + [provenance]
            }
        }
        return ReportContext.csv(header: Strings.Themes.csvColumns + ["data"], rows: rows)
    }

    public func json() throws -> String {
        struct Theme: Encodable {
            let id: String, name: String, description: String
            let factors: [StandingFields.JSON]
            let groupsWithoutAnswers: [String]
        }
        struct Document: Encodable {
            let header: StandingFields.Header
            let themes: [Theme]
            func encode(to encoder: Encoder) throws {
                try header.encode(to: encoder)
                enum Keys: String, CodingKey { case themes }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(themes, forKey: .themes)
            }
        }
        guard let first = themes.first else { return "" }
        let document = Document(
            header: .init(format: "kfl-tema", info: info, unit: first.unit, round: first.round),
            themes: themes.map { r in
                Theme(
                    id: r.theme.id, name: r.theme.name, description: r.theme.description,
                    factors: r.standings.map { StandingFields.JSON($0, minimumN: info.minimumN) },
                    groupsWithoutAnswers: r.missingGroups.map(\.id))
            })
        return try ReportContext.json(document)
    }
}
