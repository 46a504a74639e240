/// "Mente du …?": the candidate closest to a misspelt name.
public enum NearestMatch {
    /// The closest candidate by edit distance (case- and accent-insensitive),
    /// or nil when none is close enough to be a plausible typo.
    public static func find(_ input: String, in candidates: [String]) -> String? {
        let target = Array(NorwegianCollation.searchFold(input))
        guard !target.isEmpty else { return nil }
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let folded = Array(NorwegianCollation.searchFold(candidate))
            let distance = editDistance(target, folded)
            if best == nil || distance < best!.distance { best = (distance, candidate) }
        }
        guard let best else { return nil }
        let limit = max(2, target.count / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
