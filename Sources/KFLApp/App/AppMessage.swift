import KFLCore
import TerminalUI

/// Everything that changes the app shell: keys for the list, the browser's
/// request to start or list analyses, messages for the open analysis, and
/// the results of the effects the runtime performed.
public enum AppMessage: Sendable, Equatable {
    /// A key for the list (the browser's keys go to the browser's runtime).
    case key(Key)
    case resized(width: Int, height: Int)
    /// `a` or `A` in the browser.
    case analysisRequested(AnalysisRequest)
    case analysis(AnalysisMessage)
    /// Another window or process changed the workbook.
    case changedElsewhere
    /// The unit's analyses as stored now.
    case listLoaded(Result<[AnalysisSummary], AnalysisStoreError>, ListFollowUp)
    /// An analysis created, or opened from the list (nil: it is gone).
    case opened(Result<Analysis?, AnalysisStoreError>, isNew: Bool)
    /// A change made from the list, done or not.
    case listWritten(ListWrite, ListWriteOutcome)
    /// The workbook was tried again for `a` or `A`: nil, it is open now; else why not.
    case workbookRetried(WorkbookProblem?, AnalysisRequest)
    /// An analysis exported from the list, or not.
    case exported(ExportOutcome)
}

/// How writing a report file went.
public enum ExportOutcome: Sendable, Hashable {
    case exported(path: String)
    case failed(path: String, reason: String)
    /// The analysis or its results could not be read.
    case unreadable
}

/// What the update does when the list has been read again.
public enum ListFollowUp: Sendable, Hashable {
    /// Just opened from the browser: `a` starts a new analysis when there is none.
    case started
    /// Read again after a change elsewhere: the cursor stays on its analysis.
    case refreshed
    /// Back from an analysis: the cursor goes to it; `gone` says it was deleted elsewhere.
    case closed(analysisID: String, gone: Bool)
    /// After a change made from the list.
    case written(ListWrite, ListWriteOutcome)
}

/// How a change made from the list went.
public enum ListWriteOutcome: Sendable, Hashable {
    case done
    /// Duplicated: the copy.
    case duplicated(id: String, title: String)
    case conflict(AnalysisConflict)
    case failed(AnalysisStoreError)
}
