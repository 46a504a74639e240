extension BandBounds {
    /// What the looks at one table's cells share, reused from look to look so that the many
    /// small looks around a change allocate nothing in proportion to the table: each cell's
    /// counts in one flat array (n, the bands, the unfavourable count: `bandCount + 2` per
    /// cell), its flags, and the relations' members (CSR, total first) — no array per cell or
    /// relation in the hot loops; marks stamped with a generation (a cell or relation is
    /// marked when its stamp is the current one); and the arrays a look fills and empties again.
    struct Workspace {
        let cellCount: Int
        let relationCount: Int
        let bandCount: Int
        /// Which bands are on the unfavourable side (the same for every cell of a factor).
        let unfavourable: [Bool]
        /// n, the bands and the unfavourable count of cell i from `values[i * (bandCount + 2)]`.
        let values: [Int]
        /// Per cell: its n is unknown to an attacker (mean hidden, or never stored).
        let countHidden: [Bool]
        let meanHidden: [Bool]
        let neverStored: [Bool]
        /// The members of relation r, total first: `relationMember[relationStart[r]..<relationStart[r + 1]]`.
        let relationStart: [Int32]
        let relationMember: [Int32]
        var generation: UInt32 = 0
        var cellMark: [UInt32]
        var relationMark: [UInt32]
        /// The look's cells (ascending) and relations (ascending).
        var members: [Int] = []
        var nearby: [Int] = []
        /// Per (cell, quantity): the look's variable, −1 when known or outside the look.
        var variable: [Int32]
        var atLeast: [Int] = []
        var system = System()

        init(cells: [ShareProtection.Cell], relations: [SuppressionPlan.Relation]) {
            cellCount = cells.count
            relationCount = relations.count
            bandCount = cells.first?.bands.count ?? 0
            unfavourable = cells.first?.unfavourableBands ?? []
            let quantities = bandCount + 2
            var values: [Int] = []
            values.reserveCapacity(cells.count * quantities)
            for cell in cells {
                values.append(cell.n)
                values.append(contentsOf: cell.bands)
                values.append(cell.unfavourable)
            }
            self.values = values
            countHidden = cells.map { $0.meanHidden || $0.neverStored }
            meanHidden = cells.map(\.meanHidden)
            neverStored = cells.map(\.neverStored)
            var start: [Int32] = [0]
            var member: [Int32] = []
            for relation in relations {
                member.append(Int32(relation.total))
                for part in relation.parts { member.append(Int32(part)) }
                start.append(Int32(member.count))
            }
            relationStart = start
            relationMember = member
            cellMark = [UInt32](repeating: 0, count: cells.count)
            relationMark = [UInt32](repeating: 0, count: relations.count)
            variable = [Int32](repeating: -1, count: cells.count * quantities)
        }

        /// Whether a cell has a count an attacker does not see (its n, or its bands).
        @inline(__always)
        func hasUnknowns(cell: Int, level: [ShareProtection.Level]) -> Bool {
            countHidden[cell] || level[cell] < .bands
        }

        /// Whether some member of a relation has a count an attacker does not see: else its rows
        /// have no unknowns and are dropped.
        @inline(__always)
        func hasUnknowns(relation r: Int, level: [ShareProtection.Level]) -> Bool {
            for k in Int(relationStart[r])..<Int(relationStart[r + 1])
            where hasUnknowns(cell: Int(relationMember[k]), level: level) {
                return true
            }
            return false
        }

        /// Whether the marked cells and relations (this look's) hold every cell and relation with
        /// an unknown: then the look's rows are the whole table's.
        func reachedEveryRow(level: [ShareProtection.Level]) -> Bool {
            for cell in 0..<cellCount where cellMark[cell] != generation && hasUnknowns(cell: cell, level: level) {
                return false
            }
            for r in 0..<relationCount where relationMark[r] != generation && hasUnknowns(relation: r, level: level) {
                return false
            }
            return true
        }

        /// Starts a new look: nothing is marked.
        mutating func nextGeneration() {
            if generation == .max {
                for i in cellMark.indices { cellMark[i] = 0 }
                for i in relationMark.indices { relationMark[i] = 0 }
                generation = 0
            }
            generation += 1
        }
    }
}
