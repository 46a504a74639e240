// Unicode normalisation (NFC, NFD) from the standard library: FoundationEssentials has none.
@_spi(_Unicode) import Swift

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Norwegian alphabetical order: … X Y Z Æ Ø Å, case-insensitive, accents folded
/// (é sorts as e, ü as y, ä as æ, ö as ø). Swift's `<` and SQLite's BINARY
/// collation put Å before Æ and Ø, which is wrong for Norwegian readers.
public enum NorwegianCollation {
    /// A sort key; compare keys lexicographically.
    public static func key(_ text: some StringProtocol) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for scalar in normalized(text).unicodeScalars {
            if let weight = weight(of: scalar) { key.append(weight) }
        }
        return key
    }

    public static func areInIncreasingOrder(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return String(a) < String(b)
    }

    /// Sorts by a name the Norwegian way.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        let keyed = items.map { (key(name($0)), name($0), $0) }
        return keyed.sorted { l, r in
            l.0 != r.0 ? l.0.lexicographicallyPrecedes(r.0) : l.1 < r.1
        }.map(\.2)
    }

    /// Folds a string for searching: lowercase, accents removed except æ ø å.
    public static func searchFold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in normalized(text).unicodeScalars {
            if let base = foldedBase(scalar) { out.append(base) }
        }
        return String(out)
    }

    /// Composed (NFC) and lowercased. Most names are ASCII or Latin letters below
    /// U+0300 (æ ø å é …), which are already composed: no combining mark follows
    /// them and none is excluded from composition. They skip the standard
    /// library's normalisation, the costly part.
    private static func normalized(_ text: some StringProtocol) -> String {
        let string = String(text)
        if string.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return string.lowercased() }
        return String(String.UnicodeScalarView(string._nfc)).lowercased()
    }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzæøå".unicodeScalars)

    private static func weight(of scalar: Unicode.Scalar) -> UInt32? {
        guard let base = foldedBase(scalar) else { return nil }
        if ("a"..."z").contains(base) { return 1000 + base.value - 97 }
        if let i = letters.firstIndex(of: base) { return 1000 + UInt32(i) }
        if ("0"..."9").contains(base) { return 500 + base.value - 48 }
        if base == " " || base == "-" { return 1 }
        return 2000 + base.value
    }

    /// The base letter of a scalar for Norwegian purposes; nil for combining marks.
    private static func foldedBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "æ", "ä": return "æ"
        case "ø", "ö": return "ø"
        case "å": return "å"
        case "ü": return "y"
        default: break
        }
        if scalar.isASCII { return scalar }
        if scalar.properties.generalCategory == .nonspacingMark { return nil }
        let decomposed = Array(String(scalar)._nfd)
        if decomposed.count > 1, let first = decomposed.first, first.isASCII { return first }
        return scalar
    }
}
