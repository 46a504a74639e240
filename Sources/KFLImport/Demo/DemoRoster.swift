#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The pupils of one school in one round: trinn, gender and latent traits,
/// plus a small effect per class (trinn). Derived from the seed alone, so the
/// elev, kontaktlærer and foreldre files all describe the same pupils.
struct DemoRoster {
    struct Pupil {
        let trinn: Int
        let boy: Bool
        let traits: DemoTraits
    }

    let pupils: [Pupil]
    /// Class climate by trinn (index = trinn), goodness units.
    let classShift: [Double]

    init(school: DemoSchool, schoolIndex: Int, roundIndex: Int, seed: UInt64) {
        var rng = DemoRandom(seed, 0x726F_7374_6572, UInt64(roundIndex), UInt64(schoolIndex))  // "roster"
        // Hedmark's pupil numbers fall slowly; every school also varies a little.
        let roundSize = Double(school.size) * (1 - 0.015 * Double(roundIndex)) * exp(0.04 * rng.normal())
        let perTrinn = roundSize / Double(school.trinn.count)
        var pupils: [Pupil] = []
        pupils.reserveCapacity(Int(roundSize * 1.2) + 10)
        var classShift = [Double](repeating: 0, count: 11)
        for trinn in school.trinn {
            classShift[trinn] = 0.1 * rng.normal()
            let expected = perTrinn * exp(0.12 * rng.normal())
            // Small cohorts vary by whole pupils: round stochastically.
            let count = Int(expected) + (rng.uniform() < expected - expected.rounded(.down) ? 1 : 0)
            for _ in 0..<count {
                pupils.append(Pupil(trinn: trinn, boy: rng.chance(0.51), traits: DemoTraits.pupil(rng: &rng)))
            }
        }
        self.pupils = pupils
        self.classShift = classShift
    }
}
