/// A linked change, cohort or gap in the bundle: the published values each
/// round (a suppressed cell carries only its reason) and the comparison by
/// the two-sample rule, with its stable verdict code.
extension AnalysisBundle {
    /// One round of a linked change or cohort.
    public struct PublishedSeriesPoint: Codable, Sendable, Hashable {
        public let round: Int
        /// The trinn in this round (a class moves on a trinn each year).
        public let trinn: Int
        public let unit: PublishedCell?
        public let county: PublishedCell?
        /// Why the round has no cell (the school lacks the trinn, another questionnaire).
        public let absent: String?
    }

    /// One round of a linked gap.
    public struct PublishedGapPoint: Codable, Sendable, Hashable {
        public let round: Int
        public let boys: PublishedCell?
        public let girls: PublishedCell?
        public let countyBoys: PublishedCell?
        public let countyGirls: PublishedCell?
        /// Boys − girls by the two-sample rule; absent when it cannot be computed.
        public let gap: PublishedComparison?
    }

    static func linked(_ line: AnalysisReportData.FactorLine, _ data: AnalysisReportData) -> PublishedResult {
        let minimumN = data.provenance.minimumN
        let linked = line.linked
        let linkedData = line.data
        var result = PublishedResult(
            factor: line.factor.id, name: line.factor.name,
            round: linkedData?.round ?? linked.round(analysisRound: data.analysis.context.round), trinn: linked.trinn,
            gender: Strings.genderName(linked.view == .genderGap ? .all : linked.gender))
        result.view = linked.view.rawValue
        guard let linkedData else { return result }
        func unavailable(_ outcome: TwoSampleOutcome) -> String? {
            guard case .unavailable(let reason) = outcome else { return nil }
            return Strings.Development.unavailable(reason, minimumN: minimumN)
        }
        switch linkedData.content {
        case .notApplicable(let reason):
            result.unavailable = Strings.Analysis.linkedNotApplicable(reason)
        case .series(let series):
            result.baseRound = linkedData.baseRound
            result.series = series.points.map { point in
                PublishedSeriesPoint(
                    round: point.round, trinn: point.trinn, unit: cell(point.unit, minimumN),
                    county: cell(point.county, minimumN), absent: point.absence.map(Strings.Development.absenceText))
            }
            result.change = linkedData.outcome.comparison.map { comparison($0) }
            result.countyChange = linkedData.countyOutcome.comparison.map { comparison($0) }
            result.unavailable = unavailable(linkedData.outcome)
        case .gap(let gap):
            let verdict = Strings.Development.gapVerdict
            result.gaps = gap.points.map { point in
                PublishedGapPoint(
                    round: point.round, boys: cell(point.boys, minimumN), girls: cell(point.girls, minimumN),
                    countyBoys: cell(point.countyBoys, minimumN), countyGirls: cell(point.countyGirls, minimumN),
                    gap: gap.gap(round: point.round).comparison.map { comparison($0, verdictText: verdict) })
            }
            result.gap = linkedData.outcome.comparison.map { comparison($0, verdictText: verdict) }
            result.countyGap = linkedData.countyOutcome.comparison.map { comparison($0, verdictText: verdict) }
            result.unavailable = unavailable(linkedData.outcome)
        }
        return result
    }
}
