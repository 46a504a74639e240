#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything a report of one analysis shows, gathered once from a results
/// source, so Markdown, HTML and JSON say exactly the same (and the same as
/// the TUI: the statistics come from `FactorResult` and `Comparison`).
public struct AnalysisReportData: Sendable {
    /// Where the numbers come from.
    public struct Provenance: Codable, Sendable, Hashable {
        public let source: String
        public let createdAt: String
        public let isDemo: Bool
        public let minimumN: Int
    }

    /// A linked factor with its result for the unit, kommune and county (a
    /// level), or its change, cohort or gap.
    public struct FactorLine: Sendable {
        public let linked: LinkedFactor
        public let factor: Factor
        public let groupName: String
        /// A level's result; nil for a change, cohort or gap, or when the unit is not in the snapshot.
        public let result: FactorResult?
        /// A change, cohort or gap; nil for a level, or when the unit is not in the snapshot.
        public var data: LinkedData? = nil
        /// A level's boys and girls, and each round, as step 3 shows them (`FactorDetail.breakdown`).
        public var breakdown: [(label: String, result: FactorResult)] = []
    }

    /// An indicator with its change since the analysis started.
    public struct IndicatorLine: Sendable {
        public let indicator: Indicator
        public let factor: Factor?
        public let groupName: String
        public let progress: IndicatorProgress?
    }

    public let analysis: Analysis
    public let steps: AnalysisSteps
    public let provenance: Provenance
    /// The analysis's unit in this snapshot (nil: not there any more).
    public let unit: ReportingUnit?
    public let municipalityName: String?
    public let countyName: String
    public let linkedFactors: [FactorLine]
    public let indicators: [IndicatorLine]
    public let exportedAt: Date
    let instrument: Instrument

    /// Reads the linked factors' and indicators' results from `source`.
    /// - Throws: what the source throws.
    public static func build(
        analysis: Analysis, source: ResultsSource, steps: AnalysisSteps = .builtIn, exportedAt: Date
    ) throws -> AnalysisReportData {
        let info = source.info
        let tree = info.tree
        let unit = analysis.unit.resolve(in: tree)
        let municipality = unit.flatMap { $0.kind == .school ? tree.municipality(of: $0) : nil }
        var lines: [FactorLine] = []
        for linked in analysis.linkedFactors {
            guard let factor = info.instrument.factor(id: linked.factorID) else { continue }
            let group = groupName(factor, info.instrument)
            guard linked.view == .level else {
                let data = unit == nil ? nil : try source.linkedData(linked, in: analysis)
                lines.append(FactorLine(linked: linked, factor: factor, groupName: group, result: nil, data: data))
                continue
            }
            var result: FactorResult?
            var breakdown: [(label: String, result: FactorResult)] = []
            if let unit {
                let selection = ResultsSelection(
                    unitID: unit.id, round: analysis.context.round, trinn: linked.trinn, groupID: factor.groupID,
                    gender: linked.gender)
                breakdown = try source.factorDetail(factor: factor, selection: selection)?.breakdown ?? []
                let own = try source.results(
                    unitID: unit.id, round: analysis.context.round, trinn: linked.trinn, gender: linked.gender,
                    factorNumbers: [factor.number])
                result = try source.referenceResults(
                    of: unit, group: info.instrument.group(of: factor), round: analysis.context.round,
                    trinn: linked.trinn, gender: linked.gender, own: own, factorNumbers: [factor.number],
                    restOfMunicipality: false
                ).result(factor, unit: own[factor.number])
            }
            lines.append(
                FactorLine(linked: linked, factor: factor, groupName: group, result: result, breakdown: breakdown))
        }
        let indicators = try analysis.indicators.map { indicator in
            let factor = info.instrument.factor(id: indicator.factorID)
            return IndicatorLine(
                indicator: indicator, factor: factor, groupName: factor.map { groupName($0, info.instrument) } ?? "",
                progress: try source.indicatorProgress(indicator, in: analysis))
        }
        return AnalysisReportData(
            analysis: analysis, steps: steps,
            provenance: Provenance(
                source: info.source, createdAt: info.createdAt, isDemo: info.isDemo, minimumN: info.minimumN),
            unit: unit, municipalityName: municipality?.name, countyName: tree.county.name,
            linkedFactors: lines, indicators: indicators, exportedAt: exportedAt, instrument: info.instrument)
    }

    /// The linked levels, in the group's order.
    public var levelLines: [FactorLine] { linkedFactors.filter { $0.linked.view == .level } }

    /// The linked changes, cohorts and gaps, in the group's order.
    public var linkedDataLines: [FactorLine] { linkedFactors.filter { $0.linked.view != .level } }

    private static func groupName(_ factor: Factor, _ instrument: Instrument) -> String {
        instrument.group(of: factor)?.shortName ?? ""
    }

    /// A factor's name, or its id when this snapshot's instrument lacks it.
    public func factorName(_ id: String) -> String { instrument.factor(id: id)?.name ?? id }

    /// "Elever 5–10, 7. trinn, gutter".
    public func selectionText(group: String, trinn: Int, gender: Gender) -> String {
        var parts = [group, Strings.trinnName(trinn)].filter { !$0.isEmpty }
        if gender != .all { parts.append(Strings.genderName(gender)) }
        return parts.joined(separator: ", ")
    }

    /// A cell as text: "2,31 (n = 24)", or why it is not shown. Never a
    /// suppressed value: the snapshot holds none, and this prints only the reason.
    public func cellText(_ cell: CellResult?, withN: Bool = true) -> String {
        switch cell {
        case .value(let v)?: return NorwegianFormat.decimal(v.mean, digits: 2) + (withN ? " (n = \(v.n))" : "")
        case .suppressed(let reason)?: return Strings.suppressionText(reason, minimumN: provenance.minimumN)
        case nil: return Strings.Reports.noAnswers
        }
    }

    /// "+0,31 (d = 0,45), klart svakere", or why there is no comparison.
    public func comparisonText(_ comparison: Comparison?) -> String {
        guard let comparison else { return Strings.verdictText(.notComparable) }
        var text = NorwegianFormat.signedDecimal(comparison.difference, digits: 2)
        if let d = comparison.effectSize { text += " (d = \(NorwegianFormat.decimal(d, digits: 2)))" }
        return text + ", " + Strings.verdictText(comparison.verdict)
    }

    /// The unit line: "Flisa skole (skole 0425-02), Åsnes kommune".
    public var unitText: String {
        let ref = analysis.unit
        var text = "\(ref.name) (\(Strings.unitKindName(ref.kind)) \(ref.code))"
        if let municipalityName { text += ", \(municipalityName) kommune" }
        if unit == nil { text += " – " + Strings.Reports.unitMissing }
        return text
    }

    /// The starting point: "høsten 2016, Elever 5–10, 7. trinn".
    public var contextText: String {
        let context = analysis.context
        let group = context.groupID.flatMap { instrument.group(id: $0)?.shortName } ?? ""
        return Strings.roundName(context.round) + ", "
            + selectionText(group: group, trinn: context.trinn, gender: context.gender)
    }

    /// Hypothesis label used where tiltak point at it: "H2 «…»", with the
    /// whole text (on one line), never cut.
    public func hypothesisLabel(_ id: String) -> String? {
        guard let index = analysis.hypotheses.firstIndex(where: { $0.id == id }) else { return nil }
        let text = analysis.hypotheses[index].text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingWhitespace()
        return "H\(index + 1)" + (text.isEmpty ? "" : " «\(text)»")
    }
}
