import Foundation
import KFLCore
import TerminalUI

/// One unit's results as text (bars like the TUI), CSV for Norwegian Excel, or
/// JSON — from the same `FactorResult`s the TUI draws, so numbers, verdicts
/// and suppression are identical everywhere. Nothing is ranked.
public struct ResultsReport: Sendable {
    public let info: SnapshotInfo
    public let unit: ReportingUnit
    public let selection: ResultsSelection
    public let group: RespondentGroup
    public let areas: [AreaResults]

    public init(info: SnapshotInfo, unit: ReportingUnit, selection: ResultsSelection, group: RespondentGroup, areas: [AreaResults]) {
        self.info = info
        self.unit = unit
        self.selection = selection
        self.group = group
        self.areas = areas
    }

    var unitPath: String {
        selection.trinn > 0 ? unitNames + " › " + Strings.trinnName(selection.trinn) : unitNames
    }

    /// County › kommune › school, without the trinn.
    var unitNames: String {
        var names: [String] = []
        var current: ReportingUnit? = unit
        while let u = current {
            if u.kind != .region { names.insert(u.name, at: 0) }
            current = info.tree.parent(of: u)
        }
        return names.joined(separator: " › ")
    }

    /// Text with bars, `width` columns wide.
    public func text(width: Int = 120, glyphs: Glyphs = .unicode) -> String {
        var out: [String] = []
        out.append(unitPath)
        out.append("\(group.name) · \(Strings.roundName(selection.round)) · \(Strings.genderName(selection.gender))")
        if info.isDemo { out.append(Strings.demoNotice) }
        let theme = Theme.make(colors: false)
        let columns = FactorRowView.Columns.fitting(width: width - 1, labelPreferred: 32)
        for area in areas {
            out.append("")
            out.append(area.name)
            var screen = Screen(width: width, height: area.factors.count)
            for (row, result) in area.factors.enumerated() {
                let mark = result.factor.direction == .lowerIsBetter ? " " + (glyphs.isASCII ? Strings.Browser.lowerIsBetterMarkASCII : Strings.Browser.lowerIsBetterMark) : ""
                FactorRowView(result: result, label: result.factor.name + mark, labelStyle: .plain, columns: columns, theme: theme, glyphs: glyphs, minimumN: info.minimumN)
                    .draw(in: &screen, x: 1, y: row)
            }
            out.append(contentsOf: screen.text.components(separatedBy: "\n"))
        }
        out.append("")
        let legend = glyphs.isASCII ? "| fylket  : kommunen  + klart bedre  - klart svakere  = ingen klar forskjell"
                                    : "┃ fylket  ╎ kommunen  ▲ klart bedre  ▼ klart svakere  · ingen klar forskjell"
        out.append(legend)
        return out.joined(separator: "\n") + "\n"
    }

    /// CSV with `;` and decimal comma, UTF-8 with BOM so Norwegian Excel opens it right.
    public func csv() -> String {
        var lines = ["\u{FEFF}" + Strings.Browser.showCSVHeader.joined(separator: ";")]
        // Every row carries its context, so a row copied out of the sheet still says what it is.
        let context = [unitNames, Strings.trinnName(selection.trinn), group.name, String(selection.round), Strings.genderName(selection.gender)]
        let provenance = info.isDemo ? Strings.demoBanner : info.source
        for area in areas {
            for result in area.factors {
                var fields = context + [area.name, result.factor.name, Strings.directionText(result.factor.direction)]
                switch result.unit {
                case .value(let v)?:
                    fields += [NorwegianFormat.decimal(v.mean, digits: 2), String(v.n), v.sd.map { NorwegianFormat.decimal($0, digits: 2) } ?? ""]
                default:
                    fields += ["", "", ""]
                }
                fields.append(result.county?.value.map { NorwegianFormat.decimal($0.mean, digits: 2) } ?? "")
                fields.append(result.municipality?.value.map { NorwegianFormat.decimal($0.mean, digits: 2) } ?? "")
                let comparison = result.versusCounty
                fields.append(comparison?.effectSize.map { NorwegianFormat.decimal($0, digits: 2) } ?? "")
                fields.append(comparison.map { Strings.verdictText($0.verdict) } ?? "")
                switch result.unit {
                case .suppressed(let reason)?: fields.append(Strings.suppressionText(reason, minimumN: info.minimumN))
                case nil: fields.append(Strings.Browser.noData)
                default: fields.append("")
                }
                fields.append(provenance)
                lines.append(fields.map(Self.csvField).joined(separator: ";"))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(";") || text.contains("\"") || text.contains("\n") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// JSON for other programs (numbers with a decimal point, as JSON requires).
    public func json() throws -> String {
        struct Value: Encodable { let n: Int; let mean: Double; let sd: Double? }
        struct Row: Encodable {
            let area: String, factorID: String, factor: String, direction: String
            let unit: Value?, suppressed: String?, county: Value?, municipality: Value?
            let effectSizeVersusCounty: Double?, verdictVersusCounty: String?, verdictVersusMunicipality: String?
        }
        struct Document: Encodable {
            let format = "kfl-resultater", version = 1
            let demo: Bool, syntheticDataNotice: String?, snapshotSource: String, minimumN: Int
            let unit: String, unitKind: String, unitCode: String, trinn: Int, group: String, round: Int, gender: String
            let results: [Row]
        }
        func value(_ r: CellResult?) -> Value? { r?.value.map { Value(n: $0.n, mean: $0.mean, sd: $0.sd) } }
        let rows = areas.flatMap { area in
            area.factors.map { result -> Row in
                var suppressed: String?
                if case .suppressed(let reason)? = result.unit { suppressed = Strings.suppressionText(reason, minimumN: info.minimumN) }
                return Row(area: area.name, factorID: result.factor.id, factor: result.factor.name, direction: result.factor.direction.rawValue,
                           unit: value(result.unit), suppressed: suppressed, county: value(result.county), municipality: value(result.municipality),
                           effectSizeVersusCounty: result.versusCounty?.effectSize,
                           verdictVersusCounty: result.versusCounty.map { Strings.verdictText($0.verdict) },
                           verdictVersusMunicipality: result.versusMunicipality.map { Strings.verdictText($0.verdict) })
            }
        }
        let document = Document(demo: info.isDemo, syntheticDataNotice: info.isDemo ? Strings.demoNotice : nil, snapshotSource: info.source,
                                minimumN: info.minimumN, unit: unit.name, unitKind: unit.kind.rawValue, unitCode: unit.code, trinn: selection.trinn,
                                group: group.id, round: selection.round, gender: ["alle", "gutter", "jenter"][selection.gender.rawValue], results: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
