/// One row inside an analysis, for the generic add/update/remove of
/// `AnalysisStore`.
public enum AnalysisItem: Sendable, Hashable {
    case linkedFactor(LinkedFactor)
    case hypothesis(Hypothesis)
    case action(AnalysisAction)
    case indicator(Indicator)

    public var id: String {
        switch self {
        case .linkedFactor(let item): return item.id
        case .hypothesis(let item): return item.id
        case .action(let item): return item.id
        case .indicator(let item): return item.id
        }
    }

    /// The revision the next update or removal is based on.
    public var revision: Int {
        switch self {
        case .linkedFactor(let item): return item.revision
        case .hypothesis(let item): return item.revision
        case .action(let item): return item.revision
        case .indicator(let item): return item.revision
        }
    }
}

/// An edit based on a revision that is no longer the stored one: another
/// window or process changed (or deleted) the same thing first. Nothing was
/// written; the UI says so and reloads.
public struct AnalysisConflict: Error, Sendable, Hashable {
    public let analysisID: String
    /// The whole analysis or the edited item is gone.
    public let isDeleted: Bool
    /// For a text field: the text stored now.
    public let storedText: String?

    public init(analysisID: String, isDeleted: Bool, storedText: String? = nil) {
        self.analysisID = analysisID
        self.isDeleted = isDeleted
        self.storedText = storedText
    }

    /// Norwegian text for the user.
    public var message: String { isDeleted ? Strings.Analysis.conflictDeleted : Strings.AnalysisTUI.conflictChanged }
}

/// Where the analysis screens keep analyses: exactly the operations the UI
/// needs. The workbook implements it; the app never sees SQLite.
///
/// Every write is committed at once. Writes name the revision they are based
/// on and throw `AnalysisConflict` when it is no longer the stored one; other
/// failures are the store's own errors.
public protocol AnalysisStore: AnyObject {
    /// The unit's analyses, most recently changed first.
    func analyses(of unit: UnitReference) throws -> [AnalysisSummary]
    func createAnalysis(title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor]) throws -> Analysis
    /// nil when there is no such analysis (any more).
    func loadAnalysis(id: String) throws -> Analysis?
    /// Saves one text field. - Returns: the field's new revision.
    func saveText(_ value: String, field: AnalysisTextField, analysisID: String, basedOn revision: Int) throws -> Int
    /// - Returns: the item as stored (with its revision).
    func addItem(_ item: AnalysisItem, to analysisID: String) throws -> AnalysisItem
    /// - Returns: the item's new revision.
    func updateItem(_ item: AnalysisItem, in analysisID: String) throws -> Int
    func removeItem(_ item: AnalysisItem, from analysisID: String) throws
    /// - Returns: the new header revision.
    func renameAnalysis(id: String, title: String, basedOn revision: Int) throws -> Int
    /// - Returns: the new header revision.
    func setAnalysisStatus(id: String, status: AnalysisStatus, basedOn revision: Int) throws -> Int
    /// - Returns: the copy, or nil if the original is gone.
    func duplicateAnalysis(id: String) throws -> Analysis?
    func deleteAnalysis(id: String) throws
    /// True when another process committed a change since the last call.
    func hasChangedElsewhere() throws -> Bool
}
