/// Trimming (scalar by scalar) and replacing (character by character) as Foundation's `NSString`
/// does them, without Foundation: kfl links only FoundationEssentials, which has neither.
extension StringProtocol {
    /// Without tabs and Unicode space separators at either end (`CharacterSet.whitespaces`).
    public func trimmingWhitespace() -> String {
        trimmingScalars(where: TextScalars.isWhitespace)
    }

    /// Without whitespace and line ends at either end (`CharacterSet.whitespacesAndNewlines`).
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { TextScalars.isWhitespace($0) || TextScalars.isNewline($0) }
    }

    /// Without the scalars `drop` picks at either end.
    public func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
            let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Every occurrence of `target` replaced by `replacement`, left to right, compared character by
    /// character as `replacingOccurrences(of:with:)` without options compares (an "&" followed by a
    /// combining mark is another character, and stays).
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        target.isEmpty ? String(self) : String(self).replacing(target, with: replacement)
    }

    /// Whether `text` occurs in this, compared character by character as `contains(_:)` compares.
    /// For the short texts read at every start (the locale): `contains(_:)`'s generic search costs
    /// about 0,3 M instructions the first time a run uses it (`kfl --version`, `kfl show`).
    public func containsText(_ text: String) -> Bool {
        let whole = Array(self), part = Array(text)
        guard !part.isEmpty else { return true }
        guard whole.count >= part.count else { return false }
        for start in 0...(whole.count - part.count) where whole[start..<start + part.count].elementsEqual(part) {
            return true
        }
        return false
    }
}

/// The scalar classes trimming uses, as Foundation's predefined character sets define them.
public enum TextScalars {
    /// Tab, the space separators (general category Zs) and the zero-width space, as in Foundation.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// U+000A–U+000D, U+0085 and the line and paragraph separators.
    public static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
