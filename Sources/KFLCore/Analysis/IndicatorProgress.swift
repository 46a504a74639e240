/// How an indicator has moved from the round the analysis started from to
/// the latest later round in the snapshot, judged by the one comparison rule
/// (the later round compared with the earlier as reference).
public struct IndicatorProgress: Sendable, Hashable {
    public let indicator: Indicator
    public let factor: Factor
    public let startRound: Int
    /// The unit's cell at the start (nil: nobody answered).
    public let start: CellResult?
    /// The latest round after the start that the snapshot holds, if any.
    public let latestRound: Int?
    public let latest: CellResult?

    /// Later vs start; nil when there is no later round or either value is
    /// missing or suppressed.
    public var change: Comparison? {
        guard let before = start?.value, let after = latest?.value else { return nil }
        return Comparison.compare(after, with: before, direction: factor.direction)
    }
}

extension ResultsSource {
    /// The progress of an indicator for the analysis's unit, or nil when the
    /// factor or the unit is not in this snapshot.
    /// - Throws: what the source throws when reading cells.
    public func indicatorProgress(_ indicator: Indicator, in analysis: Analysis) throws -> IndicatorProgress? {
        guard let factor = info.instrument.factor(id: indicator.factorID),
              let unit = analysis.unit.resolve(in: info.tree) else { return nil }
        let cells = try results(unitID: unit.id, factorNumber: factor.number)
        func cell(_ round: Int) -> CellResult? {
            cells[CellKey(unitID: unit.id, round: round, trinn: indicator.trinn, gender: indicator.gender, factorNumber: factor.number)]
        }
        let start = analysis.context.round
        let latestRound = info.rounds.filter { $0 > start }.max()
        return IndicatorProgress(
            indicator: indicator, factor: factor, startRound: start, start: cell(start),
            latestRound: latestRound, latest: latestRound.flatMap(cell))
    }
}
