import KFLCore

/// Work the app shell's update asks the runtime to do. Each effect comes
/// back as an `AppMessage`.
public enum AppEffect: Sendable, Hashable {
    case analysis(AnalysisEffect)
    /// Reads the unit's analyses; comes back as `.listLoaded`.
    case loadList(UnitReference, ListFollowUp)
    /// Creates an analysis; comes back as `.opened(…, isNew: true)`.
    case create(title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor])
    /// Reads an analysis to open it; comes back as `.opened(…, isNew: false)`.
    case open(analysisID: String)
    /// A change to a whole analysis; comes back as `.listWritten`.
    case listWrite(ListWrite)
    /// Writes the analysis as a report file; comes back as `.exported`.
    case export(analysisID: String, ReportFormat)
    /// Tries again to open the workbook that could not be opened; comes back as `.workbookRetried`.
    case retryWorkbook(AnalysisRequest)
}

/// A change to a whole analysis, made from the list.
public enum ListWrite: Sendable, Hashable {
    case rename(AnalysisSummary, title: String)
    case setStatus(AnalysisSummary, AnalysisStatus)
    case duplicate(AnalysisSummary)
    case delete(AnalysisSummary)
}
