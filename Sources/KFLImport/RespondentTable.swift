import KFLCore

/// Everything the import keeps from the respondent rows: per survey round,
/// respondent group, school, trinn and gender, the count and the running
/// summaries of every factor. Individual rows are not kept.
struct RespondentTable {
    struct FineKey: Hashable {
        let round: Int
        let group: Int
        let school: Int
        /// 0 for school-level groups.
        let trinn: Int
        /// 0 for groups without gender split; 1 boys, 2 girls, 3 unknown.
        let gender: Int
    }

    struct FineCell {
        var respondents = 0
        var factors: [Summary]
        /// Respondents per share band: `ShareBands.maximumBands` per factor, factor after factor
        /// (32 bits: a national table has hundreds of thousands of fine cells).
        var bands: [Int32]
    }

    struct School {
        let code: String
        let name: String
        let municipality: String
        let file: String
        let line: Int
        var trinn: ClosedRange<Int>?
    }

    private(set) var cellIndex: [FineKey: Int] = [:]
    private(set) var cells: [FineCell] = []
    var schools: [School] = []
    var schoolIndex: [String: Int] = [:]
    var respondentCount = 0
    var rounds = Set<Int>()
    /// The cell of the row before: rows come school by school, trinn by trinn.
    private var last: (key: FineKey, index: Int)?

    /// Adds one respondent's scores (`shares`: the group's share bands, one per factor).
    mutating func add(key: FineKey, scores: [Double?], shares: [ShareBands?]) {
        let factorCount = shares.count
        let index: Int
        if let last, last.key == key {
            index = last.index
        } else if let existing = cellIndex[key] {
            index = existing
        } else {
            index = cells.count
            cellIndex[key] = index
            cells.append(
                FineCell(
                    factors: Array(repeating: Summary(), count: factorCount),
                    bands: Array(repeating: 0, count: factorCount * ShareBands.maximumBands)))
        }
        if last?.key != key {
            last = (key, index)
            rounds.insert(key.round)
        }
        cells[index].respondents += 1
        for (i, score) in scores.enumerated() {
            if let score {
                cells[index].factors[i].add(score)
                if let bands = shares[i] {
                    cells[index].bands[i * ShareBands.maximumBands + bands.band(of: score)] += 1
                }
            }
        }
        respondentCount += 1
    }
}
