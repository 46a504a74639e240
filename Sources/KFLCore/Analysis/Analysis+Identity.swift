#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Analysis {
    /// The analysis with workbook revisions and timestamps cleared: two
    /// analyses with the same content compare equal after this.
    public var content: Analysis {
        var copy = self
        copy.revisions = Revisions()
        copy.createdAt = Date(timeIntervalSince1970: 0)
        copy.updatedAt = copy.createdAt
        for type in Self.itemTypes { copy.clearRevisions(type) }
        return copy
    }

    private mutating func clearRevisions<Item: AnalysisItem>(_ type: Item.Type) {
        for index in self[keyPath: Item.list].indices { self[keyPath: Item.list][index].revision = 0 }
    }

    /// True when both say the same thing, whatever their revisions and timestamps.
    public func hasSameContent(as other: Analysis) -> Bool { content == other.content }

    /// A copy with a new id and new ids for every item (hypothesis, tiltak,
    /// linked factor, indicator); links between items follow their new ids.
    /// Used to duplicate and to import beside an existing analysis.
    public func withNewIDs(_ makeID: () -> String = { UUID().uuidString.lowercased() }) -> Analysis {
        var copy = content
        copy.createdAt = createdAt
        copy.updatedAt = updatedAt
        copy.id = makeID()
        var newIDs: [String: String] = [:]
        for type in Self.itemTypes { copy.renew(type, makeID: makeID, into: &newIDs) }
        for type in Self.itemTypes { copy.remapLinks(type, newIDs) }
        return copy
    }

    private mutating func renew<Item: AnalysisItem>(
        _ type: Item.Type, makeID: () -> String, into map: inout [String: String]
    ) {
        for index in self[keyPath: Item.list].indices {
            let new = makeID()
            map[self[keyPath: Item.list][index].id] = new
            self[keyPath: Item.list][index].id = new
        }
    }

    private mutating func remapLinks<Item: AnalysisItem>(_ type: Item.Type, _ newIDs: [String: String]) {
        for index in self[keyPath: Item.list].indices { self[keyPath: Item.list][index].remapLinks(newIDs) }
    }

    /// A short stable fingerprint of the content (FNV-1a over canonical JSON),
    /// to recognise an analysis imported before.
    public var contentFingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        let data = (try? encoder.encode(content)) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
