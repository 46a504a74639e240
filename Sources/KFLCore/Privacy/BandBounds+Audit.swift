extension BandBounds.System {
    /// Bounds of every unknown at the fixed point, from a work list of rows; `atLeast` (each
    /// unknown's lower bound to start from) holds whole numbers.
    ///
    /// Over `Double`, as the privacy audit has always worked them out: the audit reads a
    /// snapshot that need not add up (a damaged or altered file), and there bounds can grow
    /// without end — past `Int`'s range, where `solve` would stop the program; over `Double`
    /// they only lose precision. For a system that adds up, both give the same bounds.
    func bounds(atLeast: [Double]) -> (low: [Double], high: [Double]) {
        var low = atLeast
        var high = [Double](repeating: .infinity, count: atLeast.count)
        let rowCount = constant.count
        guard rowCount > 0 else { return (low, high) }
        func variable(_ t: Int) -> Int { Int(term[t] >= 0 ? term[t] : ~term[t]) }
        // Rows of each variable (CSR).
        var start = [Int](repeating: 0, count: atLeast.count + 1)
        for t in term.indices { start[variable(t) + 1] += 1 }
        for v in 0..<atLeast.count { start[v + 1] += start[v] }
        var fill = start
        var rowsOf = [Int32](repeating: 0, count: term.count)
        for row in 0..<rowCount {
            for t in rowStart[row]..<rowStart[row + 1] {
                rowsOf[fill[variable(t)]] = Int32(row)
                fill[variable(t)] += 1
            }
        }
        // The work list, first in first out: a row is in it at most once, so a ring of one
        // place per row holds it.
        var queue = (0..<Int32(rowCount)).map { $0 }
        var queued = [Bool](repeating: true, count: rowCount)
        var head = 0, waiting = rowCount
        var budget = Self.budget(rows: rowCount)
        while waiting > 0 && budget > 0 {
            let row = Int(queue[head])
            head = head + 1 == rowCount ? 0 : head + 1
            waiting -= 1
            budget -= 1
            queued[row] = false
            let first = rowStart[row]
            RowImplication.each(
                count: rowStart[row + 1] - first, sign: { term[first + $0] >= 0 ? 1 : -1 },
                low: { low[variable(first + $0)] }, high: { high[variable(first + $0)] },
                constant: Double(constant[row]),
                imply: { j, implied, impliedHigh in
                    let v = variable(first + j)
                    // Counts are whole, and so is every bound (or infinite): a bound rounded
                    // inwards moves exactly when the unrounded one passes it.
                    let l = implied - 1e-9, h = impliedHigh + 1e-9
                    guard l > low[v] || h < high[v] else { return }
                    if l > low[v] { low[v] = l.rounded(.up) }
                    if h < high[v] { high[v] = h.rounded(.down) }
                    for k in start[v]..<start[v + 1] where !queued[Int(rowsOf[k])] {
                        queued[Int(rowsOf[k])] = true
                        let tail = head + waiting
                        queue[tail >= rowCount ? tail - rowCount : tail] = rowsOf[k]
                        waiting += 1
                    }
                })
        }
        return (low, high)
    }
}
