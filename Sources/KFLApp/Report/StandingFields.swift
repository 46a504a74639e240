import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One factor's standing as CSV fields and as JSON, for `kfl show --tema`
/// and `kfl show --skiller-seg-ut`: the same numbers and verdicts the TUI's
/// `StandingTable` draws, with stable verdict codes beside the Norwegian.
enum StandingFields {
    /// The fields after the report's own leading columns (see `Strings.Themes.csvColumns`).
    static func csv(_ s: FactorStanding, minimumN: Int) -> [String] {
        var fields = [s.group.name, s.factor.name, Strings.directionText(s.factor.direction)]
        fields += [cell(s.result.unit, minimumN: minimumN), s.result.unit?.value.map { String($0.n) } ?? ""]
        fields.append(cell(s.result.county, minimumN: minimumN))
        fields.append(s.result.versusCounty.map { Strings.verdictText($0.verdict) } ?? "")
        if let change = s.change {
            let before = s.series.point(round: change.from)?.unit
            fields += [String(change.from), cell(before, minimumN: minimumN)]
            fields += [
                ReportContext.decimal(change.outcome.comparison?.difference),
                SeriesReport.label(change.outcome, minimumN: minimumN, label: Strings.Development.changeVerdict),
            ]
        } else {
            fields += ["", "", "", ""]
        }
        return fields
    }

    static func cell(_ cell: CellResult?, minimumN: Int) -> String {
        switch cell {
        case .value(let v)?: return ReportContext.decimal(v.mean)
        case .suppressed(let reason)?: return Strings.suppressionText(reason, minimumN: minimumN)
        case nil: return Strings.Browser.noData
        }
    }

    struct JSON: Encodable {
        let groupID: String, group: String, factorID: String, factor: String, direction: String
        let unit: ReportJSON.Cell?, unitSuppressed: String?
        let county: ReportJSON.Cell?
        /// The trinn the county is pooled over (`PooledReference`); absent when it is the all-trinn cell.
        let referenceTrinnMin: Int?, referenceTrinnMax: Int?
        let versusCounty: String?, versusCountyLabel: String?, effectSize: Double?
        let previousRound: Int?
        let change: ReportJSON.TwoSample?

        init(_ s: FactorStanding, minimumN: Int) {
            groupID = s.group.id
            group = s.group.name
            factorID = s.factor.id
            factor = s.factor.name
            direction = s.factor.direction.rawValue
            unit = .init(s.result.unit)
            if case .suppressed(let reason)? = s.result.unit {
                unitSuppressed = Strings.suppressionText(reason, minimumN: minimumN)
            } else {
                unitSuppressed = nil
            }
            county = .init(s.result.county)
            referenceTrinnMin = s.result.referenceTrinn?.lowerBound
            referenceTrinnMax = s.result.referenceTrinn?.upperBound
            let comparison = s.result.versusCounty
            versusCounty = comparison?.verdict.code
            versusCountyLabel = comparison.map { Strings.verdictText($0.verdict) }
            effectSize = comparison?.effectSize
            previousRound = s.change?.from
            change = s.change.map {
                ReportJSON.TwoSample($0.outcome, minimumN: minimumN, label: Strings.Development.changeVerdict)
            }
        }
    }

    /// The JSON header of these reports: no group, trinn or gender (all of them).
    struct Header: Encodable {
        let format: String, version: Int
        let demo: Bool, syntheticDataNotice: String?, snapshotSource: String, minimumN: Int
        let unit: String, unitKind: String, unitCode: String, round: Int

        init(format: String, info: SnapshotInfo, unit: ReportingUnit, round: Int) {
            self.format = format
            version = 1
            demo = info.isDemo
            syntheticDataNotice = info.isDemo ? Strings.demoNotice : nil
            snapshotSource = info.source
            minimumN = info.minimumN
            self.unit = unit.name
            unitKind = unit.kind.rawValue
            unitCode = unit.code
            self.round = round
        }
    }
}
