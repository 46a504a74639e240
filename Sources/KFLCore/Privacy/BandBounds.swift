/// What an attacker can work out about hidden band counts in one table of one
/// factor (see `ShareProtection`): every count is a whole number ≥ 0; n, each
/// band and the unfavourable count add up along the relations; a cell's bands add
/// up to its n and its unfavourable bands to its unfavourable count. Known values
/// are the shown n (beside a shown mean) and the shown bands.
///
/// Bounds come from sweeping the relations to a fixed point over whole counts (as
/// `IntervalBounds` does for means). Exact elimination (`DeterminedUnknowns`) is not
/// run here: with most small cells' shares hidden, the hidden cells form one large
/// component per table and elimination took minutes per county; the independent
/// checker in the tests runs it on the stored snapshot instead.
enum BandBounds {
    /// Sweeps before bounds are taken as settled.
    static let sweeps = 60

    /// The hidden, stored cells an attacker can narrow too far (see `ShareProtection`).
    static func exposed(
        cells: [ShareProtection.Cell], shown: [Bool], relations: [SuppressionPlan.Relation]
    ) -> [Int] {
        guard let first = cells.first else { return [] }
        let bandCount = first.bands.count
        let unfavourable = Self.unfavourableMask(first)
        let quantities = bandCount + 2
        // Variable index per (cell, quantity), −1 when known.
        var variable = [Int](repeating: -1, count: cells.count * quantities)
        var truth: [Int] = []
        var atLeast: [Double] = []
        for (i, cell) in cells.enumerated() {
            if cell.meanHidden || cell.neverStored {
                variable[i * quantities] = truth.count
                truth.append(cell.n)
                atLeast.append(cell.neverStored ? 0 : 1)
            }
            if !shown[i] {
                for q in 1..<quantities {
                    variable[i * quantities + q] = truth.count
                    truth.append(q <= bandCount ? cell.bands[q - 1] : cell.unfavourable)
                    atLeast.append(0)
                }
            }
        }
        guard !truth.isEmpty else { return [] }
        func value(_ cell: Int, _ q: Int) -> Int {
            q == 0 ? cells[cell].n : q <= bandCount ? cells[cell].bands[q - 1] : cells[cell].unfavourable
        }
        var rows: [Row] = []
        for relation in relations {
            for q in 0..<quantities {
                var row = Row()
                for (member, sign) in [(relation.total, 1)] + relation.parts.map({ ($0, -1) }) {
                    let v = variable[member * quantities + q]
                    if v >= 0 { row.terms.append((v, sign)) } else { row.constant -= sign * value(member, q) }
                }
                if !row.terms.isEmpty { rows.append(row) }
            }
        }
        for i in cells.indices where variable[i * quantities] >= 0 || !shown[i] {
            var total = Row(), unfavourableRow = Row()
            for (q, isUnfavourable) in zip(0..., [false] + unfavourable) {
                let v = variable[i * quantities + q]
                let sign = q == 0 ? 1 : -1
                if v >= 0 { total.terms.append((v, sign)) } else { total.constant -= sign * value(i, q) }
                guard q > 0, isUnfavourable else { continue }
                if v >= 0 { unfavourableRow.terms.append((v, -1)) } else { unfavourableRow.constant += value(i, q) }
            }
            let u = variable[i * quantities + quantities - 1]
            if u >= 0 {
                unfavourableRow.terms.append((u, 1))
            } else {
                unfavourableRow.constant -= value(i, quantities - 1)
            }
            for row in [total, unfavourableRow] where !row.terms.isEmpty { rows.append(row) }
        }
        let (low, high) = bounds(rows: rows, atLeast: atLeast)
        var exposed: [Int] = []
        for i in cells.indices where !shown[i] && !cells[i].neverStored {
            func range(_ q: Int) -> (low: Double, high: Double, determined: Bool) {
                let v = variable[i * quantities + q]
                guard v >= 0 else { return (Double(value(i, q)), Double(value(i, q)), true) }
                return (low[v], high[v], false)
            }
            let n = range(0)
            var isExposed = false
            for q in 1...bandCount {
                let c = range(q)
                let pinned = c.low == c.high || c.determined
                if pinned && value(i, q) > 0 { isExposed = true }
                if c.low >= 1 && c.high <= 2 { isExposed = true }
                if c.low >= 1 && n.high - c.low <= 2 { isExposed = true }
            }
            let u = range(quantities - 1)
            if u.low == u.high || u.determined { isExposed = true }
            if u.high <= 2 && n.high > 2 { isExposed = true }
            if u.low >= 1 && n.high - u.low <= 2 { isExposed = true }
            if isExposed { exposed.append(i) }
        }
        return exposed
    }

    /// Which bands are unfavourable, read back from one cell (bands summing to its count).
    static func unfavourableMask(_ cell: ShareProtection.Cell) -> [Bool] {
        cell.unfavourableBands
    }

    /// Σ sign · x = constant over whole, non-negative unknowns.
    struct Row {
        var terms: [(variable: Int, sign: Int)] = []
        var constant = 0
    }

    static func bounds(rows: [Row], atLeast: [Double]) -> (low: [Double], high: [Double]) {
        var low = atLeast
        var high = [Double](repeating: .infinity, count: atLeast.count)
        for _ in 0..<sweeps {
            var changed = false
            for row in rows {
                let terms = row.terms
                RowImplication.each(
                    count: terms.count, sign: { Double(terms[$0].sign) }, low: { low[terms[$0].variable] },
                    high: { high[terms[$0].variable] }, constant: Double(row.constant),
                    imply: { j, implied, impliedHigh in
                        let v = terms[j].variable
                        // Counts are whole.
                        let l = (implied - 1e-9).rounded(.up), h = (impliedHigh + 1e-9).rounded(.down)
                        if l > low[v] {
                            low[v] = l
                            changed = true
                        }
                        if h < high[v] {
                            high[v] = h
                            changed = true
                        }
                    })
            }
            if !changed { break }
        }
        return (low, high)
    }
}
