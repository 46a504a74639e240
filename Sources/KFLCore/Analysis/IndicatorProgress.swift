/// How an indicator has moved from the round the analysis started from to
/// the latest later round in the snapshot, judged by the two-sample rule
/// (both rounds are estimates from groups of pupils), for the indicator's own
/// trinn and gender.
public struct IndicatorProgress: Sendable, Hashable {
    public let indicator: Indicator
    public let factor: Factor
    public let startRound: Int
    /// The unit's cell at the start (nil: nobody answered).
    public let start: CellResult?
    /// The latest round after the start that the snapshot holds, if any.
    public let latestRound: Int?
    public let latest: CellResult?

    public init(
        indicator: Indicator, factor: Factor, startRound: Int, start: CellResult?,
        latestRound: Int?, latest: CellResult?
    ) {
        self.indicator = indicator
        self.factor = factor
        self.startRound = startRound
        self.start = start
        self.latestRound = latestRound
        self.latest = latest
    }

    /// Later vs start by the two-sample rule; nil when there is no later
    /// round or either value is missing or suppressed.
    public var change: TwoSampleComparison? {
        guard latestRound != nil else { return nil }
        return TwoSampleOutcome.between(latest, start, direction: factor.direction).comparison
    }

    /// The four honest answers to "did it move?".
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// No later round yet, a value missing or suppressed, or no spread to judge by.
        case cannotTellYet
        case noClearChange
        /// Clearly better, by the factor's direction (less uro, more trivsel).
        case clearChangeWanted
        case clearChangeWrong

        /// The stable code for JSON, e.g. "clearChangeWanted".
        public var code: String { rawValue }
    }

    public var outcome: Outcome {
        switch change?.verdict {
        case .clearlyBetter?: return .clearChangeWanted
        case .clearlyWorse?: return .clearChangeWrong
        case .noClearDifference?: return .noClearChange
        case .notComparable?, nil: return .cannotTellYet
        }
    }

    /// Whether the latest mean has reached the target value.
    public enum TargetStatus: String, Sendable, Hashable, CaseIterable {
        case noTarget
        /// No later round yet, or its value is missing or suppressed.
        case notYetMeasured
        case reached
        case notReached

        /// The stable code for JSON, e.g. "reached".
        public var code: String { rawValue }
    }

    /// The latest mean at or beyond the target in the factor's direction
    /// (≥ when higher is better, ≤ when lower is better). The point estimate
    /// decides: a target is a value the group chose, not a test.
    public var targetStatus: TargetStatus {
        guard let target = indicator.target else { return .noTarget }
        guard latestRound != nil, let value = latest?.value else { return .notYetMeasured }
        let reached = factor.direction == .higherIsBetter ? value.mean >= target : value.mean <= target
        return reached ? .reached : .notReached
    }
}

extension ResultsSource {
    /// The progress of an indicator for the analysis's unit, or nil when the
    /// factor or the unit is not in this snapshot.
    /// - Throws: what the source throws when reading cells.
    public func indicatorProgress(_ indicator: Indicator, in analysis: Analysis) throws -> IndicatorProgress? {
        guard let factor = info.instrument.factor(id: indicator.factorID),
            let unit = analysis.unit.resolve(in: info.tree)
        else { return nil }
        let cells = try results(unitID: unit.id, factorNumber: factor.number)
        func cell(_ round: Int) -> CellResult? {
            cells[
                CellKey(
                    unitID: unit.id, round: round, trinn: indicator.trinn, gender: indicator.gender,
                    factorNumber: factor.number)]
        }
        let start = analysis.context.round
        let latestRound = info.rounds.filter { $0 > start }.max()
        return IndicatorProgress(
            indicator: indicator, factor: factor, startRound: start, start: cell(start),
            latestRound: latestRound, latest: latestRound.flatMap(cell))
    }
}
