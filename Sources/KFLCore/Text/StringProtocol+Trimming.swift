/// Trimming and replacing as Foundation's `NSString` does it (Unicode scalar by scalar, never
/// by grapheme), without Foundation: kfl links only FoundationEssentials, which has neither.
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

    /// Every occurrence of `target` replaced by `replacement`, left to right, compared scalar by
    /// scalar (`replacingOccurrences(of:with:)` without options: an "&" followed by a combining
    /// mark is still an "&").
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        guard let head = pattern.first else { return String(self) }
        let scalars = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == head, index + pattern.count <= scalars.count,
                scalars[index..<index + pattern.count].elementsEqual(pattern)
            {
                out.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}

/// The scalar classes trimming uses, as Foundation's predefined character sets define them.
public enum TextScalars {
    /// Tab and the space separators (general category Zs).
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// U+000A–U+000D, U+0085 and the line and paragraph separators.
    public static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
