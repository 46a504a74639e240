/// Numbers as Norwegian readers write them: decimal comma, no thousands
/// separator ambiguity, never "-0,0".
public enum NorwegianFormat {
    /// `decimal(3.456, digits: 1)` → "3,5".
    public static func decimal(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<max(digits, 0) { scale *= 10 }
        var scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        if scaled > 9e15 { scaled = 9e15 }
        let integer = Int(scaled)
        let whole = integer / Int(scale)
        let fraction = integer % Int(scale)
        var text = String(whole)
        if digits > 0 {
            let f = String(fraction)
            text += "," + String(repeating: "0", count: digits - f.count) + f
        }
        return negative ? "-" + text : text
    }

    /// With an explicit sign: "+0,3", "-0,3", "0,0".
    public static func signedDecimal(_ value: Double, digits: Int = 1) -> String {
        let text = decimal(value, digits: digits)
        if text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "," }) { return text }
        return "+" + text
    }

    /// An interval's bound: signed like `signedDecimal`, but a bound that rounds to zero
    /// keeps its side ("-0,00"), so an interval that excludes 0 never reads as touching it.
    public static func bound(_ value: Double, digits: Int = 2) -> String {
        let text = signedDecimal(value, digits: digits)
        guard value.isFinite, value != 0, !text.hasPrefix("-"), !text.hasPrefix("+") else { return text }
        return (value < 0 ? "-" : "+") + text
    }

    /// Whole numbers with a thin space between thousands: 12 345.
    public static func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: "\u{202F}")
    }

    /// A share as a percentage with one decimal: `percent(1, of: 3)` → "33,3 %" ("–" of nothing).
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? decimal(100 * Double(part) / Double(whole)) + "\u{00A0}%" : "–"
    }

    /// Parses "3,5" or "3.5" (and surrounding spaces); nil when not a number.
    public static func parseDecimal(_ text: some StringProtocol) -> Double? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        var normalized = ""
        var separators = 0
        for ch in trimmed {
            if ch == "," || ch == "." {
                separators += 1
                normalized.append(".")
            } else if ch.isASCII, ch.isNumber || ch == "-" || ch == "+" {
                normalized.append(ch)
            } else {
                return nil
            }
        }
        guard separators <= 1, let value = Double(normalized), value.isFinite else { return nil }
        return value
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
