#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One line in the list of analyses: enough to choose one, without loading it.
public struct AnalysisSummary: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: String
    public let unit: UnitReference
    public let round: Int
    public let status: AnalysisStatus
    public let createdAt: Date
    public let updatedAt: Date
    /// Revision of the title/status row, for rename and status changes.
    public let revision: Int

    public init(
        id: String, title: String, unit: UnitReference, round: Int, status: AnalysisStatus, createdAt: Date,
        updatedAt: Date, revision: Int
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.round = round
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.revision = revision
    }
}
