import KFLCore

/// How much better or worse each school is on each factor in each round, in
/// respondent standard deviations (positive = better, whatever the direction).
///
/// A school's climate moves all factors that load on it together; in addition
/// a few school × factor pairs stand out clearly, most do not. About one
/// school in seven improves from 2016 to 2020, one in ten declines, the rest
/// stay stable apart from noise.
struct DemoSchoolEffects: Sendable {
    let roundCount: Int
    let factorCount: Int
    private let values: [Double]

    init(
        schools: [DemoSchool], geography: Geography, profiles: [DemoFactorProfile],
        roundCount: Int, seed: UInt64
    ) {
        self.roundCount = roundCount
        factorCount = profiles.count
        var municipalityEffect: [String: Double] = [:]  // looked up only, never iterated
        for (index, municipality) in geography.municipalities.enumerated() {
            var rng = DemoRandom(seed, 0x6B6F_6D6D_756E_65, UInt64(index))  // "kommune"
            municipalityEffect[municipality.number] = 0.06 * rng.normal()
        }
        var values = [Double](repeating: 0, count: schools.count * roundCount * profiles.count)
        for (s, school) in schools.enumerated() {
            var rng = DemoRandom(seed, 0x6566_6665_6374, UInt64(s))  // "effect"
            let baseClimate = 0.16 * rng.normal() + (municipalityEffect[school.municipalityNumber] ?? 0)
            let trend: Double
            switch rng.uniform() {
            case ..<0.14: trend = rng.uniform(0.15, 0.3)
            case ..<0.24: trend = -rng.uniform(0.1, 0.22)
            default: trend = 0.02 * rng.normal()
            }
            // Per factor: a stable specific effect, sometimes a clear one, rarely its own trend.
            var specific = [Double](repeating: 0, count: profiles.count)
            var specificTrend = [Double](repeating: 0, count: profiles.count)
            for f in profiles.indices {
                if rng.chance(0.07) {
                    specific[f] = (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.35, 0.75)
                } else {
                    specific[f] = 0.07 * rng.normal()
                }
                if rng.chance(0.04) {
                    specificTrend[f] = (rng.chance(0.6) ? 1 : -1) * rng.uniform(0.1, 0.25)
                }
            }
            for r in 0..<roundCount {
                let climate = baseClimate + trend * Double(r) + 0.04 * rng.normal()
                for f in profiles.indices {
                    let value =
                        profiles[f].climate * climate + specific[f]
                        + specificTrend[f] * Double(r) + 0.05 * rng.normal()
                    values[(s * roundCount + r) * profiles.count + f] = value
                }
            }
        }
        self.values = values
    }

    @inline(__always)
    func shift(school: Int, round: Int, factor: Int) -> Double {
        values[(school * roundCount + round) * factorCount + factor]
    }
}
