import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// Simulates one factor's score for one respondent: a latent position on the
/// scale, one Likert answer per question around it, and their mean. Scores are
/// therefore multiples of 1/questions with realistic floor and ceiling effects.
/// The CSV text of every possible score is computed once.
final class DemoFactorSampler: Sendable {
    let factor: Factor
    let profile: DemoFactorProfile
    let low: Int
    let high: Int
    let questions: Int
    /// Per-question offsets: some questions are easier to agree with than others.
    private let itemOffsets: [Double]
    /// CSV text of the score with answer sum `questions·low + i`, packed for `DemoCSVWriter`.
    private let texts: [UInt64]
    private let raw: Double
    private let unique: Double
    /// The shape as plain numbers: position = base + factor·r, or base + factor·exp(min(spread·r, 3)).
    private let skewed: Bool
    private let base: Double
    private let factor_: Double
    private let spread: Double

    init(factor: Factor) {
        self.factor = factor
        profile = DemoFactorProfile.profile(for: factor)
        low = Int(factor.scale.lowerBound.rounded(.up))
        high = max(low + 1, Int(factor.scale.upperBound.rounded(.down)))
        questions = max(1, factor.questions)
        let q = max(1, factor.questions), lowest = low
        itemOffsets = (0..<q).map { j in q == 1 ? 0 : 0.3 * (Double(j) / Double(q - 1) - 0.5) }
        texts = (0...(q * (high - low))).map { i in
            DemoCSVWriter.pack(Self.format(sum: q * lowest + i, questions: q))
        }
        raw = factor.direction == .higherIsBetter ? 1 : -1
        unique = profile.unique
        switch profile.shape {
        case .normal(let mean, let sd):
            (skewed, base, factor_, spread) = (false, mean, sd, 0)
        case .skewed(let median, let spread):
            let floor = Double(low) - 0.5
            (skewed, base, factor_, self.spread) = (true, floor, median - floor, spread)
        }
    }

    /// "3,667", "4", "2,5": the mean with at most 3 decimals and a decimal comma.
    static func format(sum: Int, questions: Int) -> String {
        guard sum >= 0 else { return "-" + format(sum: -sum, questions: questions) }
        let thousandths = (sum * 1000 * 2 + questions) / (2 * questions)  // rounded half up
        let whole = thousandths / 1000
        var fraction = thousandths % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let f = String(fraction)
        return String(whole) + "," + String(repeating: "0", count: digits - f.count) + f
    }

    /// The respondent's goodness on this factor from their latent traits and
    /// the shifts of their school, class, gender and trinn.
    @inline(__always)
    func goodness(_ traits: DemoTraits, shift: Double, rng: inout DemoRandom) -> Double {
        profile.wellbeing * traits.wellbeing + profile.conduct * traits.conduct
            + profile.achievement * traits.achievement + profile.home * traits.home
            + unique * rng.quickNormal() + shift
    }

    /// The latent position on the scale for a goodness value.
    @inline(__always)
    func position(goodness: Double) -> Double {
        let r = raw * goodness
        return skewed ? base + factor_ * exp(min(spread * r, 3)) : base + factor_ * r
    }

    /// Sum of the answers of one respondent at latent `position`. One random
    /// number gives the noise of six answers (10 bits each).
    @inline(__always)
    func answerSum(position: Double, rng: inout DemoRandom) -> Int {
        var sum = 0
        let noise = profile.itemNoise
        let table = DemoRandom.normalTable
        var bits: UInt64 = 0
        var left = 0
        for offset in itemOffsets {
            if left == 0 {
                bits = rng.next()
                left = 6
            }
            let z = table[Int(truncatingIfNeeded: bits & 0x3FF)]
            bits >>= 10
            left -= 1
            var answer = Int((position + offset + noise * z + 0.5).rounded(.down))
            if answer < low { answer = low } else if answer > high { answer = high }
            sum += answer
        }
        return sum
    }

    /// CSV text for an answer sum, packed for `DemoCSVWriter.append(packed:)`.
    @inline(__always)
    func text(sum: Int) -> UInt64 { texts[sum - questions * low] }

    /// Score as a number, for tests and summaries.
    func score(sum: Int) -> Double { Double(sum) / Double(questions) }
}
