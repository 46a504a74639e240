import KFLCore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What every `kfl show` report says about itself: the unit, the selection,
/// the group and where the numbers come from — in text, on every CSV row,
/// and at the top of the JSON.
public struct ReportContext: Sendable {
    public let info: SnapshotInfo
    public let unit: ReportingUnit
    public let selection: ResultsSelection
    public let group: RespondentGroup

    public init(info: SnapshotInfo, unit: ReportingUnit, selection: ResultsSelection, group: RespondentGroup) {
        self.info = info
        self.unit = unit
        self.selection = selection
        self.group = group
    }

    /// County › kommune › school › trinn.
    var unitPath: String {
        selection.trinn > 0 ? unitNames + " › " + Strings.trinnName(selection.trinn) : unitNames
    }

    /// County › kommune › school, without the trinn.
    var unitNames: String { Self.unitNames(unit, info: info) }

    /// County › kommune › school for any unit.
    static func unitNames(_ unit: ReportingUnit, info: SnapshotInfo) -> String {
        var names: [String] = []
        var current: ReportingUnit? = unit
        while let u = current {
            if u.kind != .region { names.insert(u.name, at: 0) }
            current = info.tree.parent(of: u)
        }
        return names.joined(separator: " › ")
    }

    /// The demo banner, or the snapshot's source.
    var provenance: String { info.isDemo ? Strings.demoBanner : info.source }

    /// The text report's first lines: where, what, and the demo notice.
    func heading(round: String) -> [String] {
        var out = [unitPath, "\(group.name) · \(round) · \(Strings.genderName(selection.gender))"]
        if info.isDemo { out.append(Strings.demoNotice) }
        return out
    }

    /// CSV with `;` and decimal comma, UTF-8 with BOM so Norwegian Excel opens it right.
    /// The width a table of `standings` is drawn at in `kfl show`'s text: a terminal's `width`, or
    /// (`width` nil: a pipe or a file) `plainWidth` widened by at most the widest name and group, so
    /// names stay whole while the text around the table keeps to `plainWidth`.
    static func standingLines(
        width: Int?, standings: [FactorStanding], glyphs: Glyphs
    ) -> (table: Int, lines: Int) {
        let table = (width ?? plainWidth) - 1
        guard width == nil else { return (table, table) }
        let (names, groups) = StandingTable.Columns.widest(standings, glyphs: glyphs)
        return (table, table + names + groups + 24)
    }

    /// The width `kfl show`'s text keeps to (but for whole names) in a pipe or a file.
    static let plainWidth = 120

    static func csv(header: [String], rows: [[String]]) -> String {
        let lines =
            ["\u{FEFF}" + header.map(csvField).joined(separator: ";")]
            + rows.map { $0.map(csvField).joined(separator: ";") }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(";") || text.contains("\"") || text.contains("\n") else { return text }
        return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
    }

    static func decimal(_ value: Double?) -> String { value.map { NorwegianFormat.decimal($0, digits: 2) } ?? "" }

    /// Pretty, key-sorted JSON.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The JSON header shared by the `kfl show` documents.
    struct JSONHeader: Encodable {
        let demo: Bool, syntheticDataNotice: String?, snapshotSource: String, minimumN: Int
        let unit: String, unitKind: String, unitCode: String, trinn: Int, group: String, gender: String
    }

    var jsonHeader: JSONHeader {
        JSONHeader(
            demo: info.isDemo, syntheticDataNotice: info.isDemo ? Strings.demoNotice : nil, snapshotSource: info.source,
            minimumN: info.minimumN, unit: unit.name, unitKind: unit.kind.rawValue, unitCode: unit.code,
            trinn: selection.trinn, group: group.id, gender: ["alle", "gutter", "jenter"][selection.gender.rawValue])
    }
}

/// Pieces of the `kfl show` JSON: cells and comparisons with stable verdict
/// codes beside the Norwegian labels, so scripts never parse prose.
enum ReportJSON {
    struct Cell: Encodable {
        let n: Int, mean: Double, sd: Double?
        init?(_ cell: CellResult?) {
            guard let v = cell?.value else { return nil }
            n = v.n
            mean = v.mean
            sd = v.sd
        }
        init(_ v: CellValue) {
            n = v.n
            mean = v.mean
            sd = v.sd
        }
    }

    /// A unit's unfavourable share against the county's (`kfl show --andeler`).
    struct Share: Encodable {
        let label: String
        let count: Int?, n: Int?, proportion: Double?, bands: [Int]?
        /// Why the share is not shown.
        let hidden: String?
        let municipalityProportion: Double?, countyProportion: Double?
        let effectSize: Double?, interval: [Double]?
        let verdict: String?, verdictLabel: String?

        init?(_ result: FactorResult) {
            guard let label = result.factor.shareLabel else { return nil }
            self.label = label
            var count: Int?, n: Int?, bands: [Int]?, hidden: String?
            switch result.unitShare {
            case .shown(let c, let total, let b): (count, n, bands) = (c, total, b)
            case .hidden(let why): hidden = Strings.Shares.hiddenText(why)
            case .none: break
            }
            (self.count, self.n, self.bands, self.hidden) = (count, n, bands, hidden)
            proportion = result.unitShare.proportion
            municipalityProportion = result.municipalityShare.proportion
            countyProportion = result.countyShare.proportion
            let comparison = result.shareVersusCounty
            effectSize = comparison?.effectSize
            interval = comparison.map { [$0.interval.lowerBound, $0.interval.upperBound] }
            verdict = comparison?.verdict.code
            verdictLabel = comparison.map { Strings.verdictText($0.verdict) }
        }
    }

    /// Two cells compared by the two-sample rule, or why not.
    struct TwoSample: Encodable {
        let difference: Double?, interval: [Double]?, effectSize: Double?, degreesOfFreedom: Double?
        /// clearlyBetter, clearlyWorse, noClearDifference or notComparable.
        let verdict: String
        let label: String
        /// Why there is no comparison (suppressed, no answers, …).
        let unavailable: String?

        init(_ outcome: TwoSampleOutcome, minimumN: Int, label: (Verdict) -> String) {
            switch outcome {
            case .compared(let c):
                self.init(c, label: label)
            case .unavailable(let reason):
                self.init(
                    comparison: nil, verdict: .notComparable, label: label,
                    unavailable: Strings.Development.unavailable(reason, minimumN: minimumN))
            }
        }

        init(_ c: TwoSampleComparison, label: (Verdict) -> String) {
            self.init(comparison: c, verdict: c.verdict, label: label, unavailable: nil)
        }

        private init(
            comparison c: TwoSampleComparison?, verdict: Verdict, label: (Verdict) -> String, unavailable: String?
        ) {
            difference = c?.difference
            interval = c?.interval.map { [$0.lowerBound, $0.upperBound] }
            effectSize = c?.effectSize
            degreesOfFreedom = c?.degreesOfFreedom
            self.verdict = verdict.code
            self.label = label(verdict)
            self.unavailable = unavailable
        }
    }
}
