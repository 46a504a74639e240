import KFLCore

/// Work the analysis's update asks the runtime to do: it never writes or
/// reads anything itself. Each effect comes back as an `AnalysisMessage`.
public enum AnalysisEffect: Sendable, Hashable {
    /// A write to the store; comes back as `.written`.
    case write(analysisID: String, AnalysisWrite, WritePurpose)
    /// Reads the analysis again; comes back as `.reloaded`.
    case reload(analysisID: String, ReloadReason)
    /// Writes the analysis as a report file; comes back as `.exported`.
    case export(analysisID: String, ReportFormat)
}

/// One write to the store.
public enum AnalysisWrite: Sendable, Hashable {
    case text(AnalysisTextField, String, basedOn: Int)
    case add(AnyAnalysisItem)
    case update(AnyAnalysisItem)
    case remove(AnyAnalysisItem)
}

/// Why a write was made: what the update does when it has succeeded.
public enum WritePurpose: Sendable, Hashable {
    /// The text of the field being edited; afterwards stay in it, leave it
    /// (Esc) or move to the next or previous field (Tab, Shift-Tab).
    case text(TextTarget, then: AfterTextSave)
    /// An attribute or a link of an item (perspective, evidence, round).
    case attribute
    /// A new item: the cursor goes to `focus`, and `edit` is opened if set.
    case add(focus: Slot, edit: TextTarget?)
    /// An item removed: the cursor stays on the slot at this index.
    case remove(index: Int)
}

/// What follows a saved text.
public enum AfterTextSave: Sendable, Hashable {
    case stay
    case leave
    case move(forward: Bool)
    /// Quit (Ctrl-C or q with text that an earlier save could not store).
    case quit
}

/// Why the analysis is read again: what the update does with it.
public enum ReloadReason: Sendable, Hashable {
    /// Another window or process changed the workbook.
    case changedElsewhere
    /// After an item was added or removed: show it as stored, then `purpose`.
    case written(WritePurpose)
    /// A write met a conflict: show what is stored and say so.
    case conflict(AnalysisConflict, WritePurpose)
    /// Ctrl-R in a conflict: the stored text replaces the user's.
    case takeStored(TextTarget)
    /// Ctrl-O in a conflict: the user's text is saved over the stored one.
    case overwrite
    /// Ctrl-O in the quit question of a conflict: the user's text is saved over the stored one, then kfl quits.
    case overwriteAndQuit
}
