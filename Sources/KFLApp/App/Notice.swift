import KFLCore

/// What the status line (or the list's footer) tells the user after an
/// action: a value in the state, with its words from the strings table.
/// Errors become notices; no text is built from an error.
public enum Notice: Hashable, Sendable {
    case created
    /// Another window changed what the user edited (or deleted it).
    case changedElsewhere
    case deletedElsewhere
    /// The field being edited was changed elsewhere: the user chooses.
    case conflictEditing
    case conflictChoose
    case lastField
    case firstField
    case analysisGone
    case needLinkedFactors
    case needHypotheses
    case saveFailed(AnalysisStoreError)
    case loadFailed(AnalysisStoreError)
    case resultsUnreadable
    case duplicated(title: String)
    case deleted(title: String)
    case exported(path: String)
    case exportFailed(path: String, reason: String)
    case exportUnreadable
    case titleNeeded
    case noSuggestions
    /// A suggestion chosen again: the hypothesis (its number) that already has its text.
    case suggestionTaken(number: Int)

    init(_ outcome: ExportOutcome) {
        switch outcome {
        case .exported(let path): self = .exported(path: path)
        case .failed(let path, let reason): self = .exportFailed(path: path, reason: reason)
        case .unreadable: self = .exportUnreadable
        }
    }
    /// The trinn picker has nothing but all trinn to offer.
    case onlyAllTrinn(group: String, wholeSchool: Bool)
    case noGenderSplit
    case gapIsAllPupils
    case levelAtAnalysisRound
    case baseRoundOnlyForChange
    case noEarlierRound

    /// The notice for a conflict on a write.
    static func conflict(_ conflict: AnalysisConflict) -> Notice {
        conflict.isDeleted ? .deletedElsewhere : .changedElsewhere
    }

    public var text: String {
        let s = Strings.AnalysisTUI.self
        switch self {
        case .created: return s.created
        case .changedElsewhere: return s.conflictChanged
        case .deletedElsewhere: return Strings.Analysis.conflictDeleted
        case .conflictEditing: return s.conflictEditing
        case .conflictChoose: return s.conflictChoose
        case .lastField: return s.lastField
        case .firstField: return s.firstField
        case .analysisGone: return s.analysisGone
        case .needLinkedFactors: return s.needLinkedFactors
        case .needHypotheses: return s.needHypotheses
        case .saveFailed(let error): return s.saveFailed(ErrorText.message(for: error))
        case .loadFailed(let error): return s.loadFailed(ErrorText.message(for: error))
        case .resultsUnreadable: return Strings.Store.resultsUnreadable
        case .duplicated(let title): return s.duplicated(title)
        case .deleted(let title): return s.deleted(title)
        case .exported(let path): return s.exported(path)
        case .exportFailed(let path, let reason): return s.exportFailed(path, reason: reason)
        case .exportUnreadable: return s.exportUnreadable
        case .titleNeeded: return s.titleNeeded
        case .noSuggestions: return s.noSuggestions
        case .suggestionTaken(let number): return s.suggestionTaken(number)
        case .onlyAllTrinn(let group, let wholeSchool): return s.onlyAllTrinn(group, wholeSchool: wholeSchool)
        case .noGenderSplit: return s.noGenderSplit
        case .gapIsAllPupils: return s.gapIsAllPupils
        case .levelAtAnalysisRound: return s.levelAtAnalysisRound
        case .baseRoundOnlyForChange: return s.baseRoundOnlyForChange
        case .noEarlierRound: return Strings.Development.noEarlierRound
        }
    }
}
