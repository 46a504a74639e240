#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A target value (målverdi) for an indicator, as the user types it:
/// "3,6" or "3.6" on the factor's scale; an empty text means no target.
public enum TargetValue {
    /// Why a typed target is not taken.
    public enum Problem: Error, Sendable, Hashable {
        /// Not a number (the text as typed).
        case notANumber(String)
        /// A number off the factor's scale.
        case outsideScale(Double, scale: ClosedRange<Double>)
    }

    /// The target in `text` on `scale`: nil for an empty text (no target).
    public static func parse(_ text: String, scale: ClosedRange<Double>) -> Result<Double?, Problem> {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return .success(nil) }
        guard let value = NorwegianFormat.parseDecimal(trimmed) else { return .failure(.notANumber(trimmed)) }
        guard scale.contains(value) else { return .failure(.outsideScale(value, scale: scale)) }
        return .success(value)
    }

    /// "3,6", "4", "3,65": a value as the user would type it (to two decimals).
    public static func text(_ value: Double) -> String {
        var text = NorwegianFormat.decimal(value, digits: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}
