/// A linked change, cohort or gender gap (step 3) with its numbers: read by
/// the functions the browser's views use (`series`, `genderGaps`) and judged
/// by the two-sample rule, so step 3, the exports and the browser say the
/// same. Nothing is computed from a suppressed cell.
public struct LinkedData: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// Development or a cohort: the factor each round, for the unit and the county.
        case series(FactorSeries)
        /// Boys and girls each round, for the unit and the county.
        case gap(FactorGap)
        /// The view does not fit the link (it came from elsewhere, such as an import).
        case notApplicable(NotApplicable)
    }

    public enum NotApplicable: Sendable, Hashable {
        /// A cohort follows one trinn, and the link is at all trinn.
        case cohortNeedsTrinn
        /// The factor's group does not answer per gender.
        case noGenderSplit
    }

    public let linked: LinkedFactor
    public let factor: Factor
    /// The round the link is at (see `LinkedFactor.round`).
    public let round: Int
    /// The earlier round of a change; nil for a gap, or without an earlier round.
    public let baseRound: Int?
    public let content: Content

    public init(linked: LinkedFactor, factor: Factor, round: Int, baseRound: Int?, content: Content) {
        self.linked = linked
        self.factor = factor
        self.round = round
        self.baseRound = baseRound
        self.content = content
    }

    /// The rounds of the change (development and cohorts).
    public var change: (from: Int, to: Int)? { baseRound.map { ($0, round) } }

    /// The unit's change between the two rounds, or its gap (boys − girls) in
    /// `round`, by the two-sample rule.
    public var outcome: TwoSampleOutcome { outcome(county: false) }

    /// The county's change or gap over the same rounds and trinn.
    public var countyOutcome: TwoSampleOutcome { outcome(county: true) }

    func outcome(county: Bool) -> TwoSampleOutcome {
        switch content {
        case .series(let series):
            guard let change else { return .unavailable(.roundMissing) }
            return county
                ? series.countyChange(from: change.from, to: change.to)
                : series.change(from: change.from, to: change.to)
        case .gap(let gap):
            return county ? gap.countyGap(round: round) : gap.gap(round: round)
        case .notApplicable:
            return .unavailable(.noData)
        }
    }
}

extension ResultsSource {
    /// A linked change, cohort or gap for the analysis's unit; nil for a
    /// level (that is a `FactorResult`), or when the factor or the unit is not
    /// in this snapshot.
    /// - Throws: what the source throws when reading cells.
    public func linkedData(_ linked: LinkedFactor, in analysis: Analysis) throws -> LinkedData? {
        guard linked.view != .level, let factor = info.instrument.factor(id: linked.factorID),
            let unit = analysis.unit.resolve(in: info.tree)
        else { return nil }
        let round = linked.round(analysisRound: analysis.context.round)
        let gender = linked.view == .genderGap ? Gender.all : linked.gender
        let selection = ResultsSelection(
            unitID: unit.id, round: round, trinn: linked.trinn, groupID: factor.groupID, gender: gender)
        let baseRound = linked.change(analysisRound: analysis.context.round, rounds: info.rounds)?.from
        func data(_ content: LinkedData.Content, baseRound: Int? = nil) -> LinkedData {
            LinkedData(linked: linked, factor: factor, round: round, baseRound: baseRound, content: content)
        }
        if let kind = linked.view.seriesKind {
            guard linked.view == .development || linked.trinn > 0,
                let series = try series(selection, kind: kind)?.flatMap(\.factors).first(where: {
                    $0.factor.id == factor.id
                })
            else { return data(.notApplicable(.cohortNeedsTrinn)) }
            return data(.series(series), baseRound: baseRound)
        }
        guard
            let gap = try genderGaps(selection)?.flatMap(\.factors).first(where: { $0.factor.id == factor.id })
        else { return data(.notApplicable(.noGenderSplit)) }
        return data(.gap(gap))
    }
}
