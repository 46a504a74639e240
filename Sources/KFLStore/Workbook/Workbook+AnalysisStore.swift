import KFLCore

/// The workbook as the analysis screens see it: `WorkbookConflict` becomes
/// the core's `AnalysisConflict`.
extension Workbook: AnalysisStore {
    public func analyses(of unit: UnitReference) throws -> [AnalysisSummary] { try list(unit: unit) }

    public func createAnalysis(title: String, unit: UnitReference, context: AnalysisContext, linkedFactors: [LinkedFactor]) throws -> Analysis {
        try create(title: title, unit: unit, context: context, linkedFactors: linkedFactors)
    }

    public func loadAnalysis(id: String) throws -> Analysis? { try load(id: id) }

    public func saveText(_ value: String, field: AnalysisTextField, analysisID: String, basedOn revision: Int) throws -> Int {
        try mappingConflicts { try updateText(analysisID: analysisID, field: field, value: value, basedOn: revision) }
    }

    public func addItem(_ item: AnalysisItem, to analysisID: String) throws -> AnalysisItem {
        try mappingConflicts {
            switch item {
            case .linkedFactor(let value): return .linkedFactor(try addLinkedFactor(value, to: analysisID))
            case .hypothesis(let value): return .hypothesis(try addHypothesis(value, to: analysisID))
            case .action(let value): return .action(try addAction(value, to: analysisID))
            case .indicator(let value): return .indicator(try addIndicator(value, to: analysisID))
            }
        }
    }

    public func updateItem(_ item: AnalysisItem, in analysisID: String) throws -> Int {
        try mappingConflicts {
            switch item {
            case .linkedFactor(let value): return try updateLinkedFactor(value, in: analysisID)
            case .hypothesis(let value): return try updateHypothesis(value, in: analysisID)
            case .action(let value): return try updateAction(value, in: analysisID)
            case .indicator(let value): return try updateIndicator(value, in: analysisID)
            }
        }
    }

    public func removeItem(_ item: AnalysisItem, from analysisID: String) throws {
        try mappingConflicts {
            switch item {
            case .linkedFactor(let value): try removeLinkedFactor(value, from: analysisID)
            case .hypothesis(let value): try removeHypothesis(value, from: analysisID)
            case .action(let value): try removeAction(value, from: analysisID)
            case .indicator(let value): try removeIndicator(value, from: analysisID)
            }
        }
    }

    public func renameAnalysis(id: String, title: String, basedOn revision: Int) throws -> Int {
        try mappingConflicts { try rename(analysisID: id, title: title, basedOn: revision) }
    }

    public func setAnalysisStatus(id: String, status: AnalysisStatus, basedOn revision: Int) throws -> Int {
        try mappingConflicts { try setStatus(analysisID: id, status: status, basedOn: revision) }
    }

    public func duplicateAnalysis(id: String) throws -> Analysis? { try duplicate(analysisID: id) }

    public func deleteAnalysis(id: String) throws { try delete(analysisID: id) }

    private func mappingConflicts<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let conflict as WorkbookConflict {
            var text: String?
            if case .text(let stored, _) = conflict.current { text = stored }
            throw AnalysisConflict(analysisID: conflict.analysisID, isDeleted: conflict.current == .deleted, storedText: text)
        }
    }
}
