import KFLTestSupport
import Testing

@testable import KFLCore

@Suite struct SummaryTests {
    /// Two-pass mean and sample sd, the textbook definition.
    static func direct(_ xs: [Double]) -> (mean: Double, sd: Double?) {
        let mean = xs.reduce(0, +) / Double(xs.count)
        guard xs.count > 1 else { return (mean, nil) }
        let ss = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (ss / Double(xs.count - 1)).squareRoot())
    }

    static func close(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
        abs(a - b) <= relative * max(abs(a), abs(b)) + 1e-12
    }

    /// A random data set: scores on a survey scale, sometimes far from zero to
    /// provoke cancellation, sometimes all equal (sd 0).
    static func dataSet(_ rng: inout SeededGenerator) -> [Double] {
        let count = Int.random(in: 1...300, using: &rng)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return (0..<count).map { _ in Double(Int.random(in: 10...50, using: &rng)) / 10 }
        case 1: return (0..<count).map { _ in 1e4 + Double.random(in: 0...1, using: &rng) }
        case 2: return Array(repeating: 3.5, count: count)
        default: return (0..<count).map { _ in Double.random(in: 1...10, using: &rng) }
        }
    }

    /// Splits `xs` into 1–12 random parts, some of them empty.
    static func split(_ xs: [Double], _ rng: inout SeededGenerator) -> [[Double]] {
        var parts = [[Double]](repeating: [], count: Int.random(in: 1...12, using: &rng))
        for x in xs { parts[Int.random(in: 0..<parts.count, using: &rng)].append(x) }
        return parts
    }

    @Test("pooled summaries equal the direct mean and sd over the same respondents, for 200 random splits")
    func pooledEqualsDirect() {
        var rng = SeededGenerator(seed: 2016)
        for _ in 0..<200 {
            let xs = Self.dataSet(&rng)
            let parts = Self.split(xs, &rng).map { part in
                var s = Summary()
                for x in part { s.add(x) }
                return s
            }
            let expected = Self.direct(xs)
            let pooled = Summary.pooled(parts)
            #expect(pooled.n == xs.count)
            #expect(Self.close(pooled.mean, expected.mean), "mean \(pooled.mean) vs \(expected.mean)")
            #expect((pooled.sd == nil) == (expected.sd == nil))
            if let sd = pooled.sd, let want = expected.sd {
                #expect(Self.close(sd, want), "sd \(sd) vs \(want) over \(xs.count) values")
            }
        }
    }

    @Test("pooling published cells (n, mean, sd) gives the direct mean and sd, for 200 random splits")
    func pooledFromCellValuesEqualsDirect() {
        var rng = SeededGenerator(seed: 2018)
        for _ in 0..<200 {
            let xs = Self.dataSet(&rng)
            let cells: [CellValue] = Self.split(xs, &rng).compactMap { part in
                guard !part.isEmpty else { return nil }
                let d = Self.direct(part)
                return CellValue(n: part.count, mean: d.mean, sd: d.sd)
            }
            let pooled = Summary.pooled(cells.map(Summary.init))
            let expected = Self.direct(xs)
            #expect(pooled.n == xs.count)
            #expect(Self.close(pooled.mean, expected.mean))
            if let sd = pooled.sd, let want = expected.sd {
                #expect(Self.close(sd, want), "sd \(sd) vs \(want)")
            } else {
                #expect(pooled.sd == nil && expected.sd == nil)
            }
            // The round trip through a cell keeps the cell itself.
            for cell in cells {
                let back = Summary(cell).cellValue
                #expect(back.n == cell.n && Self.close(back.mean, cell.mean))
                #expect((back.sd == nil) == (cell.sd == nil))
                if let a = back.sd, let b = cell.sd { #expect(Self.close(a, b)) }
            }
        }
    }

    @Test("the pooled mean weights by n and is not the average of the averages")
    func pooledMeanIsNotAnAverageOfAverages() {
        var small = Summary(), large = Summary()
        for x in [1.0, 1, 1] { large.add(x) }
        small.add(4)
        let pooled = Summary.pooled([large, small])
        #expect(pooled.mean == 1.75)
        #expect(pooled.n == 4)
    }

    @Test("an empty summary has no sd and pooling with it changes nothing")
    func emptySummary() {
        var s = Summary()
        #expect(s.sd == nil && s.n == 0)
        s.add(2)
        #expect(s.sd == nil)
        let pooled = Summary.pooled([Summary(), s, Summary()])
        #expect(pooled == s)
    }
}
