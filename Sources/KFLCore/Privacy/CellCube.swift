/// All cells of one table (one survey round, one respondent group) and the
/// additive relations between them.
///
/// A slot is (unit, trinn, gender) with trinn 0 = all trinn and gender 0 = all,
/// 1 = boys, 2 = girls, 3 = unknown gender (counted in "all", never published).
public struct CellCube: Sendable {
    public struct Slot: Hashable, Sendable {
        public let unit: Int
        public let trinn: Int
        public let gender: Int
        public init(unit: Int, trinn: Int, gender: Int) {
            self.unit = unit
            self.trinn = trinn
            self.gender = gender
        }
    }

    public static let unknownGender = 3

    public let slots: [Slot]
    public let relations: [SuppressionPlan.Relation]
    private let index: [Slot: Int]

    /// - Parameters:
    ///   - tree: the unit tree (indices are `unit.id - 1`).
    ///   - occupied: slots with at least one respondent, already rolled up to every level.
    ///   - trinnLevel: whether the group is reported per trinn.
    ///   - genderSplit: whether the group is split by gender.
    public init(tree: UnitTree, occupied: Set<Slot>, trinnLevel: Bool, genderSplit: Bool) {
        let slots = occupied.sorted { ($0.unit, $0.trinn, $0.gender) < ($1.unit, $1.trinn, $1.gender) }
        var index: [Slot: Int] = [:]
        for (i, slot) in slots.enumerated() { index[slot] = i }
        var relations: [SuppressionPlan.Relation] = []
        func add(_ total: Slot, _ parts: [Slot]) {
            guard let t = index[total] else { return }
            let p = parts.compactMap { index[$0] }
            if !p.isEmpty { relations.append(.init(total: t, parts: p)) }
        }
        var trinnOfUnit: [Int: Set<Int>] = [:]
        var gendersOfUnit: [Int: Set<Int>] = [:]
        for slot in slots {
            trinnOfUnit[slot.unit, default: []].insert(slot.trinn)
            gendersOfUnit[slot.unit, default: []].insert(slot.gender)
        }
        for (unit, trinnSet) in trinnOfUnit.sorted(by: { $0.key < $1.key }) {
            let genders = gendersOfUnit[unit, default: []].sorted()
            let trinns = trinnSet.sorted()
            if genderSplit {
                for t in trinns {
                    add(Slot(unit: unit, trinn: t, gender: 0), (1...3).map { Slot(unit: unit, trinn: t, gender: $0) })
                }
            }
            if trinnLevel {
                for g in genders {
                    add(
                        Slot(unit: unit, trinn: 0, gender: g),
                        trinns.filter { $0 != 0 }.map { Slot(unit: unit, trinn: $0, gender: g) })
                }
            }
            let children = tree.children[unit]
            if !children.isEmpty {
                for t in trinns {
                    for g in genders {
                        add(Slot(unit: unit, trinn: t, gender: g), children.map { Slot(unit: $0, trinn: t, gender: g) })
                    }
                }
            }
        }
        self.slots = slots
        self.relations = relations
        self.index = index
    }

    public func index(of slot: Slot) -> Int? { index[slot] }
}
