/// Where analyses are kept: the workbook's one API, as the app and the
/// command line use it. The app never sees SQLite.
///
/// Every write is committed at once. Writes name the revision they are based
/// on and throw `AnalysisConflict` when it is no longer the stored one; any
/// other failure is an `AnalysisStoreError`.
public protocol AnalysisStore: AnyObject {
    /// Every analysis, most recently changed first.
    func all() throws -> [AnalysisSummary]
    /// The analyses of one unit (by kind and code), most recently changed first.
    func list(unit: UnitReference) throws -> [AnalysisSummary]
    /// Starts a new analysis, remembering the snapshot it is made from. - Returns: it as stored.
    @discardableResult
    func create(
        title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor],
        snapshot: SnapshotReference?
    ) throws -> Analysis
    /// The analysis with all its items and revisions; nil when there is no
    /// such analysis (any more).
    func load(id: String) throws -> Analysis?
    /// Saves one text field. - Returns: the field's new revision.
    func updateText(analysisID: String, field: AnalysisTextField, value: String, basedOn revision: Int) throws -> Int
    /// Adds an item at the end of its kind's list. - Returns: the item as stored (revision 1).
    @discardableResult
    func add<Item: AnalysisItem>(_ item: Item, to analysisID: String) throws -> Item
    /// Saves a changed item, based on its `revision`. - Returns: the item's new revision.
    func update<Item: AnalysisItem>(_ item: Item, in analysisID: String) throws -> Int
    /// Removes an item, based on its `revision`; one already gone is no error.
    func remove<Item: AnalysisItem>(_ item: Item, from analysisID: String) throws
    /// - Returns: the new header revision.
    func rename(analysisID: String, title: String, basedOn revision: Int) throws -> Int
    /// - Returns: the new header revision.
    func setStatus(analysisID: String, status: AnalysisStatus, basedOn revision: Int) throws -> Int
    /// A copy with new ids, titled "… (kopi)". - Returns: nil if the original is gone.
    func duplicate(analysisID: String) throws -> Analysis?
    /// Deletes an analysis and everything in it. - Returns: false if it was already gone.
    @discardableResult
    func delete(analysisID: String) throws -> Bool
    /// True when another process committed a change since the last call.
    func hasChangedElsewhere() throws -> Bool
}

extension AnalysisStore {
    /// Starts a new analysis without a snapshot to remember.
    @discardableResult
    public func create(
        title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor] = []
    ) throws -> Analysis {
        try create(title: title, unit: unit, context: context, linkedFactors: linkedFactors, snapshot: nil)
    }
}
