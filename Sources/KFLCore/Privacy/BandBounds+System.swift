extension BandBounds {
    /// Rows Σ sign · x = constant over whole, non-negative unknowns, in flat arrays.
    ///
    /// Every count, constant and bound is a whole number, so the propagation runs on `Int`
    /// (an unbounded upper end is `unbounded`): the same steps as `RowImplication` over
    /// `Double`, whose sums of whole numbers were exact, so the bounds are the same to the
    /// last bit, without the rounding and without a closure per term. The arrays are kept
    /// from system to system (`removeAll`), so the many small looks allocate little.
    struct System {
        /// An upper bound that is not known (+∞).
        static let unbounded = Int.max

        var rowStart: [Int] = [0]
        var constant: [Int] = []
        /// Each term's unknown, as v for sign +1 and ~v (negative) for sign −1.
        var term: [Int32] = []
        private var pending = 0
        /// After `solve`: the lower and upper bound of unknown v at 2v and 2v + 1 (`unbounded`
        /// for no upper bound).
        private var bound: [Int] = []
        /// Scratch for `solve`: the rows of each variable (CSR: variable v's rows are listed from
        /// `rowsOf[v]` to `rowsOf[v + 1]`, counted from the end of those offsets), then the work
        /// list (`rowCount` places) and whether each row is in it (`rowCount` marks).
        private var rowsOf: [Int32] = []
        private var work: [Int32] = []

        func low(_ v: Int) -> Int { bound[2 * v] }
        func high(_ v: Int) -> Int { bound[2 * v + 1] }

        /// Adds `sign` (±1) times a member to the row being built: an unknown, or a known `value`.
        mutating func add(_ variable: Int32, _ sign: Double, _ value: Int) {
            add(variable, positive: sign > 0, value)
        }

        @inline(__always)
        mutating func add(_ variable: Int32, positive: Bool, _ value: Int) {
            if variable >= 0 {
                term.append(positive ? variable : ~variable)
            } else {
                pending -= positive ? value : -value
            }
        }

        /// Closes the row being built (dropped when it has no unknown).
        mutating func endRow() {
            if term.count > rowStart[rowStart.count - 1] {
                rowStart.append(term.count)
                constant.append(pending)
            }
            pending = 0
        }

        /// Empties the system, keeping its arrays' capacity.
        mutating func removeAll() {
            rowStart.removeAll(keepingCapacity: true)
            rowStart.append(0)
            constant.removeAll(keepingCapacity: true)
            term.removeAll(keepingCapacity: true)
            pending = 0
        }

        /// Works out the bounds of every unknown (`low`, `high`), starting from `atLeast` (≥ 0)
        /// and no upper bound.
        mutating func solve(atLeast: [Int]) {
            let variables = atLeast.count
            bound.removeAll(keepingCapacity: true)
            for first in atLeast {
                bound.append(first)
                bound.append(Self.unbounded)
            }
            let rowCount = constant.count
            guard rowCount > 0 else { return }
            // Rows of each variable, each in row order: count, add up, then fill with a cursor
            // per variable (kept in the work list's place until the work list starts).
            let base = variables + 1
            rowsOf.removeAll(keepingCapacity: true)
            rowsOf.append(contentsOf: repeatElement(0, count: base + term.count))
            for t in term { rowsOf[Int(t >= 0 ? t : ~t) + 1] += 1 }
            for v in 0..<variables { rowsOf[v + 1] += rowsOf[v] }
            work.removeAll(keepingCapacity: true)
            work.append(contentsOf: rowsOf[0..<variables])
            for row in 0..<rowCount {
                for t in rowStart[row]..<rowStart[row + 1] {
                    let v = Int(term[t] >= 0 ? term[t] : ~term[t])
                    rowsOf[base + Int(work[v])] = Int32(row)
                    work[v] += 1
                }
            }
            work.removeAll(keepingCapacity: true)
            work.append(contentsOf: 0..<Int32(rowCount))
            work.append(contentsOf: repeatElement(1, count: rowCount))
            let budget = Self.budget(rows: rowCount)
            rowStart.withUnsafeBufferPointer { rowStart in
                constant.withUnsafeBufferPointer { constant in
                    term.withUnsafeBufferPointer { term in
                        rowsOf.withUnsafeBufferPointer { rowsOf in
                            bound.withUnsafeMutableBufferPointer { bound in
                                work.withUnsafeMutableBufferPointer { work in
                                    Self.propagate(
                                        rowStart: rowStart, constant: constant, term: term, rowsOf: rowsOf,
                                        base: base, bound: bound, work: work, budget: budget)
                                }
                            }
                        }
                    }
                }
            }
        }

        /// The work-list propagation of `solve`: first in first out, every row once at the start,
        /// a row queued again when one of its unknowns moved, until nothing moves or the budget
        /// of row evaluations is spent. What one row implies for each member, given bounds on
        /// the others, is `RowImplication`'s step: an infinite end of one member leaves the
        /// matching end of the others open.
        private static func propagate(
            rowStart: UnsafeBufferPointer<Int>, constant: UnsafeBufferPointer<Int>, term: UnsafeBufferPointer<Int32>,
            rowsOf: UnsafeBufferPointer<Int32>, base: Int, bound: UnsafeMutableBufferPointer<Int>,
            work: UnsafeMutableBufferPointer<Int32>, budget: Int
        ) {
            let rowCount = constant.count
            // The work list is a ring of one place per row (a row is in it at most once); its
            // marks follow it.
            let queued = rowCount
            var head = 0, waiting = rowCount, budget = budget
            while waiting > 0 && budget > 0 {
                let row = Int(work[head])
                head = head + 1 == rowCount ? 0 : head + 1
                waiting -= 1
                budget -= 1
                work[queued + row] = 0
                let first = rowStart[row], end = rowStart[row + 1]
                let c = constant[row]
                // Bounds of the sum of the terms (sign·x), counting open ends. Lower bounds are
                // always finite; an upper one may be open.
                var sumLow = 0, sumHigh = 0, openLow = 0, openHigh = 0
                for t in first..<end {
                    let code = Int(term[t])
                    if code >= 0 {
                        sumLow += bound[2 * code]
                        let h = bound[2 * code + 1]
                        if h == unbounded { openHigh += 1 } else { sumHigh += h }
                    } else {
                        let h = bound[2 * ~code + 1]
                        if h == unbounded { openLow += 1 } else { sumLow -= h }
                        sumHigh -= bound[2 * ~code]
                    }
                }
                for t in first..<end {
                    let code = Int(term[t])
                    let v = code >= 0 ? code : ~code
                    let l = bound[2 * v], h = bound[2 * v + 1], open = h == unbounded
                    // sign·x_v = c − Σ others; the bounds it implies for x_v, where not open.
                    var impliedLow = Int.min, impliedHigh = unbounded
                    if code >= 0 {
                        if openHigh - (open ? 1 : 0) == 0 { impliedLow = c - (sumHigh - (open ? 0 : h)) }
                        if openLow == 0 { impliedHigh = c - (sumLow - l) }
                    } else {
                        if openLow - (open ? 1 : 0) == 0 { impliedLow = -(c - (sumLow + (open ? 0 : h))) }
                        if openHigh == 0 { impliedHigh = -(c - (sumHigh + l)) }
                    }
                    guard impliedLow > l || impliedHigh < h else { continue }
                    if impliedLow > l { bound[2 * v] = impliedLow }
                    if impliedHigh < h { bound[2 * v + 1] = impliedHigh }
                    for k in Int(rowsOf[v])..<Int(rowsOf[v + 1]) {
                        let other = Int(rowsOf[base + k])
                        guard work[queued + other] == 0 else { continue }
                        work[queued + other] = 1
                        let tail = head + waiting
                        work[tail >= rowCount ? tail - rowCount : tail] = Int32(other)
                        waiting += 1
                    }
                }
            }
        }

        static func budget(rows: Int) -> Int { BandBounds.sweeps * max(rows, 1) }
    }
}
