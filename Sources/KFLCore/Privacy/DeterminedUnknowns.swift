/// Which unknowns of a homogeneous linear system are pinned down by it.
///
/// A suppressed cell can be worked out from published cells exactly when its
/// unit vector lies in the row space of the relations restricted to the
/// suppressed cells. In reduced row echelon form that is a row whose only
/// non-zero entry is the cell's pivot. Coefficients are small integers (±1), so
/// the elimination runs in the prime field GF(2³¹ − 1): exact, no rounding, and
/// the rank equals the rational rank for such matrices in practice.
public enum DeterminedUnknowns {
    static let prime: Int = 2_147_483_647

    /// A sparse row: (column, coefficient) pairs sorted by column, coefficients in 1..<prime.
    public typealias Row = [(column: Int, value: Int)]

    /// The columns (unknowns) whose value the rows determine.
    public static func find(rows: [Row], columnCount: Int) -> Set<Int> {
        var pivotRowOfColumn = [Int](repeating: -1, count: columnCount)
        var reduced: [Row] = []
        reduced.reserveCapacity(rows.count)
        for original in rows {
            var row = normalized(original)
            // Eliminate every existing pivot from the new row.
            var position = 0
            while position < row.count {
                let (column, value) = row[position]
                let pivotRow = pivotRowOfColumn[column]
                if pivotRow >= 0 {
                    row = subtract(row, reduced[pivotRow], times: value)
                    // Whatever the subtraction adds are columns without a pivot, so
                    // nothing before `position` needs another look.
                    continue
                }
                position += 1
            }
            guard let first = row.first else { continue }
            row = scale(row, by: inverse(first.value))
            // Back-substitute: remove the new pivot column from earlier rows.
            let column = first.column
            for index in reduced.indices {
                if let value = coefficient(of: column, in: reduced[index]) {
                    reduced[index] = subtract(reduced[index], row, times: value)
                }
            }
            pivotRowOfColumn[column] = reduced.count
            reduced.append(row)
        }
        var determined = Set<Int>()
        for row in reduced where row.count == 1 { determined.insert(row[0].column) }
        return determined
    }

    /// The row sorted by column, repeated columns added up, zeros left out.
    private static func normalized(_ row: Row) -> Row {
        let sorted = row.sorted { $0.column < $1.column }
        var out: Row = []
        out.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            let column = sorted[i].column
            var value = 0
            while i < sorted.count && sorted[i].column == column {
                value = mod(value + sorted[i].value)
                i += 1
            }
            if value != 0 { out.append((column, value)) }
        }
        return out
    }

    private static func coefficient(of column: Int, in row: Row) -> Int? {
        var low = 0, high = row.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if row[mid].column == column { return row[mid].value }
            if row[mid].column < column { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// a − factor·b, merged by column.
    private static func subtract(_ a: Row, _ b: Row, times factor: Int) -> Row {
        var result: Row = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i].column < b[j].column) {
                result.append(a[i])
                i += 1
            } else if i >= a.count || b[j].column < a[i].column {
                let v = mod(-(b[j].value * factor % prime))
                if v != 0 { result.append((b[j].column, v)) }
                j += 1
            } else {
                let v = mod(a[i].value - b[j].value * factor % prime)
                if v != 0 { result.append((a[i].column, v)) }
                i += 1
                j += 1
            }
        }
        return result
    }

    private static func scale(_ row: Row, by factor: Int) -> Row {
        row.map { (column: $0.column, value: $0.value * factor % prime) }
    }

    private static func mod(_ x: Int) -> Int {
        let r = x % prime
        return r < 0 ? r + prime : r
    }

    /// Multiplicative inverse by Fermat's little theorem.
    private static func inverse(_ x: Int) -> Int {
        var result = 1, base = mod(x), exponent = prime - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            exponent >>= 1
        }
        return result
    }
}
