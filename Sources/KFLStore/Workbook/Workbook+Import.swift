import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What importing an analysis did.
public enum WorkbookImportOutcome: Sendable, Equatable {
    /// The same analysis (same id and content, or imported before) is here;
    /// nothing changed.
    case alreadyPresent(AnalysisSummary)
    /// Added with its own id.
    case imported(Analysis)
    /// An analysis with the same id but other content is here: the import was
    /// added beside it with new ids and a title saying so. Nothing overwritten.
    case importedAsCopy(Analysis, existingTitle: String)
}

extension Workbook {
    /// Brings a colleague's analysis into this workbook without ever
    /// overwriting one that is here.
    /// - Throws: `AnalysisStoreError`.
    public func importAnalysis(_ incoming: Analysis) throws -> WorkbookImportOutcome {
        try guarded { try db.transaction(.immediate) { try importing(incoming) } }
    }

    private func importing(_ incoming: Analysis) throws -> WorkbookImportOutcome {
        let fingerprint = incoming.contentFingerprint
        let existing = try loadAnalysis(id: incoming.id)
        if let existing, existing.hasSameContent(as: incoming), let summary = try summary(id: existing.id) {
            return .alreadyPresent(summary)
        }
        // A copy made by an earlier import of this very content.
        let earlier = try summaries(where: "imported_fingerprint = ? AND id != ?", [fingerprint, incoming.id])
        if let earlier = earlier.first {
            return .alreadyPresent(earlier)
        }
        if existing == nil, try !usesAnyID(of: incoming) {
            return .imported(try insert(incoming, importedFingerprint: fingerprint))
        }
        var copy = incoming.withNewIDs(makeID)
        copy.title = Strings.Analysis.importedTitle(incoming.title, date: now())
        let stored = try insert(copy, importedFingerprint: fingerprint)
        return .importedAsCopy(stored, existingTitle: existing?.title ?? incoming.title)
    }
}
