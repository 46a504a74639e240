import KFLCore

/// An edit based on a revision that is no longer the stored one: another
/// window or process changed (or deleted) the same thing first. Nothing was
/// written. Carries what is stored now, so the UI can say so and reload.
public struct WorkbookConflict: Error, Sendable, Equatable {
    /// What the edit was about.
    public enum Item: Sendable, Equatable {
        /// Title, status or context.
        case header
        case text(AnalysisTextField)
        case linkedFactor(id: String)
        case hypothesis(id: String)
        case action(id: String)
        case indicator(id: String)
    }

    /// What is stored now.
    public enum Current: Sendable, Equatable {
        case header(AnalysisSummary)
        case text(String, revision: Int)
        case linkedFactor(LinkedFactor)
        case hypothesis(Hypothesis)
        case action(AnalysisAction)
        case indicator(Indicator)
        /// The item or its whole analysis is gone.
        case deleted
    }

    public let analysisID: String
    public let item: Item
    public let current: Current

    public init(analysisID: String, item: Item, current: Current) {
        self.analysisID = analysisID
        self.item = item
        self.current = current
    }

    /// Norwegian text for the user.
    public var message: String {
        current == .deleted ? Strings.Analysis.conflictDeleted : Strings.Analysis.conflictChanged
    }
}
