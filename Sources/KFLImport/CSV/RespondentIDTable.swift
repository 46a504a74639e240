/// Where each (round, respondent id) was first seen, keyed by the 64-bit hash
/// of the pair: an open-addressing table of 16-byte entries (the national set
/// has millions of ids). Cheaper than a `Dictionary` here because the key is
/// already a good hash: it is mixed once instead of run through SipHash.
struct RespondentIDTable {
    /// Where an id was first seen: an index into the reader's file names and a line.
    struct Place {
        let file: UInt32
        let line: UInt32
    }

    /// 0 marks an empty slot; a key that hashes to 0 is stored as 1.
    private var keys: [UInt64]
    private var places: [Place]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        places = Array(repeating: Place(file: 0, line: 0), count: 1024)
        mask = 1023
    }

    /// The place already stored for `hash`, or nil after storing `place` for it.
    mutating func firstPlace(of hash: UInt64, storing place: Place) -> Place? {
        let key = hash == 0 ? 1 : hash
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != 0 {
            if keys[slot] == key { return places[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        places[slot] = place
        count += 1
        // At most 3/4 full, like a Dictionary.
        if count * 4 > keys.count * 3 { grow() }
        return nil
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        // The high bits of a multiplicative mix: FNV's low bits are weak.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldPlaces = places
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        places = Array(repeating: Place(file: 0, line: 0), count: capacity)
        mask = capacity - 1
        for (key, place) in zip(oldKeys, oldPlaces) where key != 0 {
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            places[slot] = place
        }
    }
}
