import KFLTestSupport
import Testing

@testable import KFLCore

/// What n answers on a scale can add up to: checked against every combination of scores on a fine grid.
@Suite struct AnswerScaleTests {
    let scale = AnswerScale(1...5)

    @Test("the largest sum of squares puts as many answers as possible at the ends")
    func largestSumOfSquares() {
        #expect(scale.largestSumOfSquares(n: 3, sum: 7) == 27)  // 5, 1, 1
        #expect(scale.largestSumOfSquares(n: 3, sum: 9) == 35)  // 5, 3, 1
        #expect(scale.largestSumOfSquares(n: 2, sum: 10) == 50)  // 5, 5
        #expect(scale.largestSumOfSquares(n: 1, sum: 3) == 9)
    }

    @Test("the range agrees with brute force over three answers on a 0,5 grid")
    func rangeAgreesWithBruteForce() {
        let grid = stride(from: 1.0, through: 5.0, by: 0.5).map { $0 }
        var lowest: [Double: Double] = [:], highest: [Double: Double] = [:]
        for a in grid {
            for b in grid {
                for c in grid {
                    let sum = a + b + c, squares = a * a + b * b + c * c
                    lowest[sum] = min(lowest[sum] ?? .infinity, squares)
                    highest[sum] = max(highest[sum] ?? -.infinity, squares)
                }
            }
        }
        for (sum, low) in lowest {
            let range = scale.sumOfSquaresRange(n: 3, sum: sum, tolerance: 1e-9)!
            // The grid reaches the true ends when the sum splits evenly; otherwise the range is wider.
            #expect(range.lowerBound <= low + 1e-9 && range.upperBound >= highest[sum]! - 1e-9, "sum \(sum)")
            #expect(range.upperBound == scale.largestSumOfSquares(n: 3, sum: sum))
        }
    }

    @Test("no answers sum to nothing; a sum outside n·lo…n·hi is impossible")
    func edges() {
        #expect(scale.sumOfSquaresRange(n: 0, sum: 0, tolerance: 1e-9) == 0...0)
        #expect(scale.sumOfSquaresRange(n: 0, sum: 1, tolerance: 1e-9) == nil)
        #expect(scale.sumOfSquaresRange(n: 2, sum: 1.5, tolerance: 1e-9) == nil)
        #expect(scale.sumOfSquaresRange(n: 2, sum: 10.5, tolerance: 1e-9) == nil)
        #expect(scale.sumOfSquaresRange(n: 1, sum: 4, tolerance: 1e-9) == 16...16)
    }
}
