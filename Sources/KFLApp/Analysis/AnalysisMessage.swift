import KFLCore
import TerminalUI

/// Everything that changes an open analysis: the user's keys, and the
/// results of the effects the runtime performed.
public enum AnalysisMessage: Sendable, Equatable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// Another window or process changed the workbook.
    case changedElsewhere
    /// A write was done (or not: conflict, failure).
    case written(AnalysisWrite, WriteOutcome, WritePurpose)
    /// The analysis as stored now (nil: it is gone).
    case reloaded(Result<Analysis?, AnalysisStoreError>, ReloadReason)
    /// Results read from the snapshot for what the steps show.
    case resultsLoaded(AnalysisResults)
    case resultsFailed
    /// The analysis was written as a report file (or not).
    case exported(ExportOutcome)
}

/// How a write went.
public enum WriteOutcome: Sendable, Hashable {
    /// Saved; the text's or item's new revision.
    case saved(revision: Int)
    case added(AnyAnalysisItem)
    case removed
    case conflict(AnalysisConflict)
    case failed(AnalysisStoreError)
}

/// What the steps show, read from the snapshot (see `AnalysisUpdate.missingResults`).
public struct AnalysisResults: Sendable, Equatable {
    public var details: [FactorKey: FactorDetail] = [:]
    public var progress: [String: IndicatorProgress] = [:]
    /// Linked changes, cohorts and gaps, by linked factor id.
    public var linkedData: [String: LinkedData] = [:]
    public var groups: [RespondentGroup]?

    public init(
        details: [FactorKey: FactorDetail] = [:], progress: [String: IndicatorProgress] = [:],
        linkedData: [String: LinkedData] = [:], groups: [RespondentGroup]? = nil
    ) {
        self.details = details
        self.progress = progress
        self.linkedData = linkedData
        self.groups = groups
    }
}

/// What the steps show and the state does not have yet.
public struct AnalysisResultsRequest: Sendable, Equatable {
    public var details: [FactorKey]
    public var indicators: [Indicator]
    /// Linked changes, cohorts and gaps (not levels).
    public var linked: [LinkedFactor]
    public var groups: Bool

    public var isEmpty: Bool { details.isEmpty && indicators.isEmpty && linked.isEmpty && !groups }
}
