/// The privacy audit behind `kfl check --personvern`: one snapshot, or several
/// held together, attacked as a person holding all of them would (`AuditUniverse`,
/// `AuditAttack`), and measured against the rule the files were made under
/// (the strictest of them).
public enum PrivacyAudit {
    public enum Problem: Sendable, Hashable {
        /// A shown value from fewer than `min_n` answers.
        case shownSmall
        /// A hidden value anyone can work out exactly.
        case derivable
        /// A hidden value that may be small and whose mean can be narrowed to `share` of the scale.
        case narrowed(share: Double)
        /// A hidden value that may be small and whose n is pinned.
        case countPinned
        /// A shown share or band of everyone, no one, or all but one or two, or a band of 1 or 2.
        case shareShownExtreme
        /// A hidden share (or a hidden band above 0 of a cell showing no share) anyone can work out.
        case shareDerivable
        /// A hidden share or band that can be narrowed to 1 or 2, or all but 0–2, of the group.
        case shareNarrowed
    }

    public struct Finding: Sendable, Hashable {
        public let problem: Problem
        public let place: String
    }

    public struct Report: Sendable {
        public let files: [String]
        public let rule: ProtectionRule
        public let tables: Int
        public let hiddenCells: Int
        public let findings: [Finding]
        /// The hidden cell (that may be small) whose mean is bounded most narrowly, as a share of the scale.
        public let narrowest: (place: String, share: Double)?
        /// Cells two files show with different values: they are not made from the same data.
        public let conflicts: Int

        public var isSafe: Bool { findings.isEmpty }

        public func count(_ matches: (Problem) -> Bool) -> Int { findings.filter { matches($0.problem) }.count }
    }

    public static func run(_ snapshots: [AuditSnapshot]) -> Report {
        let rule = ProtectionRule(
            minimumN: snapshots.map(\.rule.minimumN).max() ?? 7,
            protectionPercent: snapshots.map(\.rule.protectionPercent).max() ?? 20)
        let universe = AuditUniverse(snapshots)
        // Rows per file, by (round, factor id).
        struct TableID: Hashable {
            let round: Int
            let factor: String
        }
        var rows: [TableID: [[AuditSnapshot.Cell]]] = [:]
        var factorOfID: [String: AuditSnapshot.Factor] = [:]
        for (s, snapshot) in snapshots.enumerated() {
            let byNumber = Dictionary(snapshot.factors.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
            for factor in snapshot.factors where factorOfID[factor.id] == nil { factorOfID[factor.id] = factor }
            for cell in snapshot.cells {
                guard let factor = byNumber[cell.factor] else { continue }
                let id = TableID(round: cell.round, factor: factor.id)
                var perFile = rows[id] ?? Array(repeating: [], count: snapshots.count)
                perFile[s].append(cell)
                rows[id] = perFile
            }
        }
        var findings: [Finding] = []
        var hiddenCells = 0, conflicts = 0
        var narrowest: (place: String, share: Double)?
        for id in rows.keys.sorted(by: { ($0.round, $0.factor) < ($1.round, $1.factor) }) {
            let factor = factorOfID[id.factor]!
            let table = universe.table(factor: factor, rows: rows[id]!)
            conflicts += table.conflicts
            hiddenCells += table.hidden.count
            func place(_ key: AuditTable.Key) -> String {
                name(key, table: table, universe: universe, round: id.round, factor: factor)
            }
            for (key, moments) in table.known.sorted(by: { $0.key < $1.key })
            where moments.n > 0 && moments.n < rule.minimumN {
                findings.append(Finding(problem: .shownSmall, place: place(key)))
            }
            let attack = AuditAttack(table: table, minimumN: rule.minimumN)
            let wanted = rule.share
            for (i, key) in attack.unknowns.enumerated() {
                let bounds = attack.bounds[i]
                let stored = table.hidden[key] != nil
                let surelySmall = bounds.n.upperBound < Double(rule.minimumN) && bounds.n.upperBound >= 1
                let maybeSmall = bounds.n.lowerBound < Double(rule.minimumN) && bounds.n.upperBound >= 1
                if attack.determined.contains(i) {
                    if stored || surelySmall { findings.append(Finding(problem: .derivable, place: place(key))) }
                    continue
                }
                guard stored ? maybeSmall : surelySmall else { continue }
                if bounds.n.lowerBound == bounds.n.upperBound {
                    findings.append(Finding(problem: .countPinned, place: place(key)))
                }
                let share = (bounds.mean.upperBound - bounds.mean.lowerBound) / table.scale.width
                if share < wanted * (1 - 1e-9) {
                    findings.append(Finding(problem: .narrowed(share: share), place: place(key)))
                }
                if stored, narrowest == nil || share < narrowest!.share { narrowest = (place(key), share) }
            }
            if let unfavourable = factor.unfavourableBands {
                for (key, problem) in AuditShares.findings(table, unfavourable: unfavourable) {
                    findings.append(Finding(problem: problem, place: place(key)))
                }
            }
        }
        return Report(
            files: snapshots.map(\.path), rule: rule, tables: rows.count, hiddenCells: hiddenCells, findings: findings,
            narrowest: narrowest, conflicts: conflicts)
    }

    /// "Hamar skole (Hamar), 5. trinn, gutter, 2018, Trivsel".
    static func name(
        _ key: AuditTable.Key, table: AuditTable, universe: AuditUniverse, round: Int, factor: AuditSnapshot.Factor
    ) -> String {
        Strings.Privacy.place(
            unit: universe.name(of: key.group), trinn: key.trinn, gender: key.gender, round: round, factor: factor.name)
    }
}
