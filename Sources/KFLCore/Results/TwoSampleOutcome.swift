/// Two cells compared by the two-sample rule, or why they cannot be: never a
/// comparison computed from a suppressed cell.
public enum TwoSampleOutcome: Sendable, Hashable {
    case compared(TwoSampleComparison)
    case unavailable(Unavailable)

    public enum Unavailable: Sendable, Hashable {
        /// One of the two cells is suppressed (the first such reason).
        case suppressed(SuppressionReason)
        /// Nobody answered in one of the two.
        case noData
        /// One of the two rounds has no cell to offer (trinn not there, another questionnaire).
        case absent(SeriesAbsence)
        /// The snapshot lacks one of the rounds, or there is no earlier round.
        case roundMissing
    }

    /// `a` compared with `b`: `.clearlyBetter` means `a` is clearly better.
    public static func between(_ a: CellResult?, _ b: CellResult?, direction: Direction) -> TwoSampleOutcome {
        for cell in [a, b] {
            if case .suppressed(let reason)? = cell { return .unavailable(.suppressed(reason)) }
        }
        guard let a = a?.value, let b = b?.value else { return .unavailable(.noData) }
        return .compared(TwoSampleComparison.compare(a, with: b, direction: direction))
    }

    public var comparison: TwoSampleComparison? {
        if case .compared(let c) = self { return c }
        return nil
    }

    /// The verdict; `.notComparable` when there is no comparison.
    public var verdict: Verdict { comparison?.verdict ?? .notComparable }
}
