import Foundation

extension Analysis {
    /// The analysis with workbook revisions and timestamps cleared: two
    /// analyses with the same content compare equal after this.
    public var content: Analysis {
        var copy = self
        copy.revisions = Revisions()
        copy.createdAt = Date(timeIntervalSince1970: 0)
        copy.updatedAt = copy.createdAt
        copy.hypotheses = hypotheses.map { var h = $0; h.revision = 0; return h }
        copy.actions = actions.map { var a = $0; a.revision = 0; return a }
        copy.linkedFactors = linkedFactors.map { var l = $0; l.revision = 0; return l }
        copy.indicators = indicators.map { var i = $0; i.revision = 0; return i }
        return copy
    }

    /// True when both say the same thing, whatever their revisions and timestamps.
    public func hasSameContent(as other: Analysis) -> Bool { content == other.content }

    /// A copy with a new id and new ids for every hypothesis, tiltak, linked
    /// factor and indicator (links between tiltak and hypotheses follow).
    /// Used to duplicate and to import beside an existing analysis.
    public func withNewIDs(_ makeID: () -> String = { UUID().uuidString.lowercased() }) -> Analysis {
        var copy = content
        copy.createdAt = createdAt
        copy.updatedAt = updatedAt
        copy.id = makeID()
        var hypothesisID: [String: String] = [:]
        for index in copy.hypotheses.indices {
            let new = makeID()
            hypothesisID[copy.hypotheses[index].id] = new
            copy.hypotheses[index].id = new
        }
        for index in copy.actions.indices {
            copy.actions[index].id = makeID()
            copy.actions[index].hypothesisIDs = copy.actions[index].hypothesisIDs.compactMap { hypothesisID[$0] }
        }
        for index in copy.linkedFactors.indices { copy.linkedFactors[index].id = makeID() }
        for index in copy.indicators.indices { copy.indicators[index].id = makeID() }
        return copy
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
