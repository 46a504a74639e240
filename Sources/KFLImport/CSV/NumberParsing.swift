/// Fast, exact parsing of the few number shapes a respondent CSV holds,
/// straight from bytes (the national data set has millions of fields).
enum NumberParsing {
    private static let powersOfTen: [Double] = [
        1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// "3", "3,5", "3.667", " -1,25 " → Double; nil for anything else, also
    /// "3," (a value cut short, as in a truncated last line).
    /// Integer mantissa over a power of ten: both exact, so the division rounds once.
    static func decimal(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { decimal($0) }
    }

    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var slice = trimmed(bytes)
        guard !slice.isEmpty else { return nil }
        var negative = false
        if let first = slice.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            slice = UnsafeBufferPointer(rebasing: slice.dropFirst())
        }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenSeparator = false
        for byte in slice {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenSeparator { fractionDigits += 1 }
            case UInt8(ascii: ","), UInt8(ascii: "."):
                guard !seenSeparator else { return nil }
                seenSeparator = true
            default:
                return nil
            }
        }
        guard digits > 0, !seenSeparator || fractionDigits > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// A non-negative whole number; nil otherwise.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { integer($0) }
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let slice = trimmed(bytes)
        guard !slice.isEmpty, slice.count <= 9 else { return nil }
        var value = 0
        for byte in slice {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let f = slice.first, f == 0x20 || f == 0x09 { slice = slice.dropFirst() }
        while let l = slice.last, l == 0x20 || l == 0x09 { slice = slice.dropLast() }
        return slice
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Two independent 64-bit FNV-1a style hashes folded: a compact key for
    /// duplicate detection of respondent ids without keeping millions of strings.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, round: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(round)
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
