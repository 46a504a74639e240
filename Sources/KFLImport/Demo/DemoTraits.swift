/// Latent traits of one respondent (standard normal, correlated). For a pupil
/// they drive the pupil's own answers, the contact teacher's assessment and the
/// parent's answers; for a teacher or leader only `wellbeing` (general
/// positivity about the school) is used.
struct DemoTraits: Sendable {
    var wellbeing: Double
    var conduct: Double
    var achievement: Double
    var home: Double

    /// Pupil traits: wellbeing, conduct and achievement go together, support at
    /// home goes with achievement.
    static func pupil(rng: inout DemoRandom) -> DemoTraits {
        let z1 = rng.normal(), z2 = rng.normal(), z3 = rng.normal(), z4 = rng.normal()
        let wellbeing = z1
        let conduct = 0.35 * z1 + 0.937 * z2
        let achievement = 0.25 * z1 + 0.45 * z2 + 0.857 * z3
        let home = 0.2 * z1 + 0.3 * achievement + 0.92 * z4
        return DemoTraits(wellbeing: wellbeing, conduct: conduct, achievement: achievement, home: home)
    }

    /// An adult's general positivity.
    static func adult(rng: inout DemoRandom) -> DemoTraits {
        DemoTraits(wellbeing: rng.normal(), conduct: 0, achievement: 0, home: 0)
    }
}
