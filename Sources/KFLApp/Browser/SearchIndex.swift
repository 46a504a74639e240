import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Kommuner and schools with folded names, in Norwegian order: built once, when
/// the browser opens (`PendingSearchIndex`). Names are matched as UTF-8 bytes,
/// so a key typed in the search costs microseconds even for the whole country.
public struct SearchIndex: Hashable, Sendable {
    public let entries: [(id: Int, folded: String)]
    /// Each entry's folded name, and the same without æ ø å, as bytes.
    private let folded: [[UInt8]]
    private let plain: [[UInt8]]

    public init(tree: UnitTree) {
        let units = tree.units.filter { $0.kind == .municipality || $0.kind == .school }
        entries = NorwegianCollation.sorted(units, by: \.name).map { ($0.id, NorwegianCollation.searchFold($0.name)) }
        folded = entries.map { Array($0.folded.utf8) }
        plain = entries.map { Array(Self.withoutNorwegianLetters($0.folded).utf8) }
    }

    public static func == (a: SearchIndex, b: SearchIndex) -> Bool { a.entries.map(\.id) == b.entries.map(\.id) }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries.count) }

    /// Units whose name contains the query, case- and accent-insensitively (æ ø å kept
    /// distinct). When nothing matches, a keyboard without æøå still finds the unit:
    /// "asnes" or "aasnes" finds Åsnes.
    public func matches(for query: String) -> [Int] {
        let needle = NorwegianCollation.searchFold(query)
        guard !needle.isEmpty else { return [] }
        let exact = Self.containing(Array(needle.utf8), in: folded).map { entries[$0].id }
        guard exact.isEmpty else { return exact }
        return Self.containing(Array(Self.withoutNorwegianLetters(needle).utf8), in: plain).map { entries[$0].id }
    }

    /// Positions of the names that hold `needle` (valid UTF-8 in valid UTF-8
    /// only matches at whole characters).
    private static func containing(_ needle: [UInt8], in names: [[UInt8]]) -> [Int] {
        guard let first = needle.first else { return [] }
        var found: [Int] = []
        for (index, name) in names.enumerated() where name.count >= needle.count {
            var start = 0
            while start + needle.count <= name.count {
                if name[start] == first, name[start..<start + needle.count].elementsEqual(needle) {
                    found.append(index)
                    break
                }
                start += 1
            }
        }
        return found
    }

    /// "aa" as "a" (left to right, not overlapping), then å as a, ø as o and æ as ae: on
    /// folded names, which have no combining marks. One pass over the scalars; the index
    /// does this for every name nationally, and Foundation's replacing was most of its cost.
    static func withoutNorwegianLetters(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "a":
                out.append("a")
                if index < scalars.count, scalars[index] == "a" { index += 1 }
            case "å": out.append("a")
            case "ø": out.append("o")
            case "æ": out.append(contentsOf: ["a", "e"])
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
