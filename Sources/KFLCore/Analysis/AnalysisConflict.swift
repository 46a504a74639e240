/// An edit based on a revision that is no longer the stored one: another
/// window or process changed (or deleted) the same thing first. Nothing was
/// written. Carries what is stored now, so the UI can say so and reload.
public struct AnalysisConflict: Error, Sendable, Hashable {
    /// What the edit was about.
    public enum Subject: Sendable, Hashable {
        /// Title, status or context.
        case header
        case text(AnalysisTextField)
        case item(ItemRef)
    }

    /// What is stored now.
    public enum Current: Sendable, Hashable {
        case header(AnalysisSummary)
        case text(String, revision: Int)
        case item(AnyAnalysisItem)
        /// The item or its whole analysis is gone.
        case deleted
    }

    public let analysisID: String
    public let item: Subject
    public let current: Current

    public init(analysisID: String, item: Subject, current: Current) {
        self.analysisID = analysisID
        self.item = item
        self.current = current
    }

    /// The edited thing, or its whole analysis, is gone.
    public var isDeleted: Bool { current == .deleted }

    /// For a text field: the text stored now.
    public var storedText: String? {
        guard case .text(let text, _) = current else { return nil }
        return text
    }

    /// Norwegian text for the user.
    public var message: String { isDeleted ? Strings.Analysis.conflictDeleted : Strings.AnalysisTUI.conflictChanged }
}
