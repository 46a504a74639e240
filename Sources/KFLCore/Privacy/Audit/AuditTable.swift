/// What an attacker holding one or more snapshots knows about one factor in one
/// survey round, on common ground: every cell is a sum over a set of schools
/// (one school, or all schools under a unit), a trinn or all, and a gender or
/// all, so cells of different files that cover the same schools are the same
/// unknown, and every file's totals bind the same school cells.
///
/// Each cell is known (published in some file), zero (a file that holds the
/// unit has no row for it: nobody answered), or unknown (hidden everywhere, or
/// never stored: respondents of unknown gender, schools an extract leaves out).
struct AuditTable {
    struct Key: Hashable, Comparable {
        let group: Int
        let trinn: Int
        let gender: Int

        static func < (a: Key, b: Key) -> Bool { (a.group, a.trinn, a.gender) < (b.group, b.trinn, b.gender) }
    }

    /// A total and the parts that add up to it.
    struct Relation: Hashable {
        let total: Key
        let parts: [Key]
    }

    /// Where a hidden cell is stored: the file and its row, for naming it.
    struct Place {
        let snapshot: Int
        let unit: Int
    }

    let scale: AnswerScale
    private(set) var known: [Key: CellMoments] = [:]
    /// The shares a published cell shows (bands or split), as the first file showing them has them.
    private(set) var shares: [Key: CellShares] = [:]
    /// Hidden cells (stored without a value in some file, published in none), with where.
    private(set) var hidden: [Key: Place] = [:]
    /// Hidden cells a schema-1 file marked as holding at least `min_n` answers.
    private(set) var saidLarge = Set<Key>()
    private(set) var zero = Set<Key>()
    private(set) var relations: [Relation] = []
    /// Cells two files publish with different values: not the same data.
    private(set) var conflicts = 0

    init(scale: AnswerScale) {
        self.scale = scale
    }

    mutating func publish(_ key: Key, _ value: CellValue) {
        switch value.shares {
        case .shown?, .split?: if shares[key] == nil { shares[key] = value.shares }
        default: break
        }
        let moments = CellMoments(Summary(value))
        if let earlier = known[key] {
            if earlier.n != moments.n || abs(earlier.sum - moments.sum) > 1e-6 * max(1, abs(moments.sum)) {
                conflicts += 1
            }
            return
        }
        known[key] = moments
        hidden[key] = nil
    }

    mutating func hide(_ key: Key, at place: Place, saysLarge: Bool) {
        if known[key] == nil, hidden[key] == nil { hidden[key] = place }
        if saysLarge { saidLarge.insert(key) }
    }

    mutating func markZero(_ key: Key) { zero.insert(key) }

    mutating func relate(_ relation: Relation) { relations.append(relation) }

    /// Settles what each cell is once every file is in: published beats hidden beats zero.
    mutating func finish() {
        for key in zero where known[key] != nil || hidden[key] != nil { zero.remove(key) }
        var seen = Set<Relation>()
        relations = relations.filter { seen.insert($0).inserted }
    }

    func isUnknown(_ key: Key) -> Bool { known[key] == nil && !zero.contains(key) }

    /// A cell's moments when known, zero when zero; nil when unknown.
    func value(_ key: Key) -> CellMoments? {
        if let moments = known[key] { return moments }
        return zero.contains(key) ? .zero : nil
    }
}
