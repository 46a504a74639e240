import KFLCore

/// How the demo simulates one factor: where a typical respondent lies on the
/// scale, how the latent traits behind it load, and the gaps by gender and trinn.
///
/// Loadings, gaps and slopes are in "goodness" units (respondent standard
/// deviations, positive = better), so for a lower-is-better factor a good
/// climate lowers the score.
struct DemoFactorProfile: Sendable {
    enum Shape: Sendable {
        /// Respondents spread symmetrically around `mean` (scale units) with `sd`.
        case normal(mean: Double, sd: Double)
        /// Piled up at the bottom of the scale with a long upper tail (bullying):
        /// latent = low − 0.5 + (median − low + 0.5)·exp(spread·raw).
        case skewed(median: Double, spread: Double)
    }

    var shape: Shape
    /// Spread of single answers around the respondent's latent position.
    var itemNoise = 0.6
    /// Pupil's wellbeing (for adults: general positivity about the school).
    var wellbeing = 0.0
    /// Pupil's conduct and self-regulation.
    var conduct = 0.0
    /// Pupil's school achievement.
    var achievement = 0.0
    /// Support at home.
    var home = 0.0
    /// Weight of the school's climate (and its changes) on this factor.
    var climate = 0.6
    /// Boys minus girls.
    var genderGap = 0.0
    /// Change per trinn upwards.
    var trinnSlope = 0.0

    /// Share of the respondent variance not explained by the latent traits.
    var unique: Double {
        let explained = wellbeing * wellbeing + conduct * conduct + achievement * achievement + home * home
        return max(0.35, 1 - explained).squareRoot()
    }

    private static func n(_ mean: Double, _ sd: Double = 0.6) -> Shape { .normal(mean: mean, sd: sd) }
    private static func skew(_ median: Double, _ spread: Double) -> Shape { .skewed(median: median, spread: spread) }

    /// The profile for a factor of the built-in instrument; a plain profile by
    /// direction for any factor the demo does not know.
    static func profile(for factor: Factor) -> DemoFactorProfile {
        switch factor.id {
        // Elever 1.–4. trinn (scale 1–4, strong ceiling).
        case "e14_trivsel":
            DemoFactorProfile(shape: n(3.6, 0.5), wellbeing: 0.75, climate: 0.7, genderGap: -0.05, trinnSlope: -0.04)
        case "e14_uro":
            DemoFactorProfile(shape: n(2.1, 0.55), wellbeing: 0.15, conduct: 0.35, climate: 0.8, genderGap: -0.15)
        case "e14_relasjon_laerer":
            DemoFactorProfile(
                shape: n(3.55, 0.5), wellbeing: 0.55, conduct: 0.2, climate: 0.7, genderGap: -0.1, trinnSlope: -0.05)
        case "e14_klassen": DemoFactorProfile(shape: n(3.35, 0.5), wellbeing: 0.7, climate: 0.7)
        // Elever 5.–10. trinn (scale 1–5).
        case "e510_trivsel":
            DemoFactorProfile(shape: n(4.35, 0.65), wellbeing: 0.8, climate: 0.7, genderGap: 0.03, trinnSlope: -0.07)
        case "e510_ensomhet":
            DemoFactorProfile(
                shape: skew(1.3, 0.55), itemNoise: 0.45, wellbeing: 0.65, climate: 0.5, genderGap: 0.12,
                trinnSlope: -0.02)
        case "e510_uro":
            DemoFactorProfile(
                shape: n(2.45, 0.6), wellbeing: 0.15, conduct: 0.35, climate: 0.9, genderGap: -0.1, trinnSlope: -0.04)
        case "e510_utagering":
            DemoFactorProfile(
                shape: skew(1.25, 0.6), itemNoise: 0.45, conduct: 0.65, climate: 0.5, genderGap: -0.4, trinnSlope: -0.03
            )
        case "e510_mobbet":
            DemoFactorProfile(
                shape: skew(1.0, 0.75), itemNoise: 0.4, wellbeing: 0.5, climate: 0.6, genderGap: -0.05, trinnSlope: 0.04
            )
        case "e510_mobber":
            DemoFactorProfile(
                shape: skew(0.95, 0.7), itemNoise: 0.35, conduct: 0.5, climate: 0.5, genderGap: -0.25, trinnSlope: 0.02)
        case "e510_relasjon_laerer":
            DemoFactorProfile(
                shape: n(4.1, 0.65), wellbeing: 0.5, conduct: 0.2, climate: 0.8, genderGap: -0.08, trinnSlope: -0.08)
        case "e510_fellesskap": DemoFactorProfile(shape: n(4.1, 0.7), wellbeing: 0.75, climate: 0.7, trinnSlope: -0.03)
        case "e510_laeringskultur":
            DemoFactorProfile(
                shape: n(3.7, 0.6), wellbeing: 0.3, conduct: 0.3, climate: 0.9, genderGap: -0.05, trinnSlope: -0.05)
        case "e510_maal":
            DemoFactorProfile(shape: n(4.0, 0.6), wellbeing: 0.35, achievement: 0.2, climate: 0.7, trinnSlope: -0.03)
        case "e510_tilbakemelding":
            DemoFactorProfile(shape: n(3.6, 0.7), wellbeing: 0.4, climate: 0.7, trinnSlope: -0.06)
        case "e510_tilpasning":
            DemoFactorProfile(shape: n(3.5, 0.65), wellbeing: 0.4, achievement: 0.15, climate: 0.6, trinnSlope: -0.04)
        case "e510_variasjon": DemoFactorProfile(shape: n(3.4, 0.7), wellbeing: 0.35, climate: 0.6, trinnSlope: -0.05)
        case "e510_medvirkning": DemoFactorProfile(shape: n(3.2, 0.7), wellbeing: 0.35, climate: 0.6, trinnSlope: -0.03)
        case "e510_mestring":
            DemoFactorProfile(
                shape: n(4.1, 0.6), wellbeing: 0.3, achievement: 0.55, climate: 0.4, genderGap: 0.1, trinnSlope: -0.04)
        // Kontaktlærers vurdering av eleven.
        case "kl_samarbeid":
            DemoFactorProfile(shape: n(4.05, 0.6), wellbeing: 0.2, conduct: 0.7, climate: 0.4, genderGap: -0.3)
        case "kl_selvkontroll":
            DemoFactorProfile(shape: n(3.95, 0.65), conduct: 0.8, climate: 0.4, genderGap: -0.35, trinnSlope: 0.02)
        case "kl_selvhevdelse":
            DemoFactorProfile(shape: n(3.7, 0.6), wellbeing: 0.5, achievement: 0.2, climate: 0.3, trinnSlope: 0.02)
        case "kl_motivasjon":
            DemoFactorProfile(
                shape: n(3.9, 0.75), conduct: 0.5, achievement: 0.5, climate: 0.4, genderGap: -0.4, trinnSlope: -0.03)
        case "kl_prestasjoner":
            DemoFactorProfile(shape: n(3.6, 0.75), conduct: 0.2, achievement: 0.85, climate: 0.3, genderGap: -0.25)
        case "kl_fravaer":
            DemoFactorProfile(
                shape: skew(1.2, 0.55), itemNoise: 0.45, wellbeing: 0.3, conduct: 0.2, achievement: 0.2, climate: 0.3,
                trinnSlope: -0.05)
        // Lærere (about the school).
        case "l_samarbeid": DemoFactorProfile(shape: n(3.9, 0.6), wellbeing: 0.55, climate: 1.2)
        case "l_kollektiv_mestring": DemoFactorProfile(shape: n(3.8, 0.55), wellbeing: 0.55, climate: 1.2)
        case "l_ledelse_stotte": DemoFactorProfile(shape: n(3.9, 0.7), wellbeing: 0.5, climate: 1.3)
        case "l_arbeidsmiljo": DemoFactorProfile(shape: n(4.1, 0.6), wellbeing: 0.65, climate: 1.2)
        case "l_klasseledelse": DemoFactorProfile(shape: n(4.0, 0.5), wellbeing: 0.4, climate: 0.9)
        case "l_tilpasning": DemoFactorProfile(shape: n(3.7, 0.55), wellbeing: 0.4, climate: 0.9)
        case "l_vurdering": DemoFactorProfile(shape: n(3.8, 0.55), wellbeing: 0.4, climate: 0.9)
        case "l_motivasjon": DemoFactorProfile(shape: n(4.3, 0.5), wellbeing: 0.6, climate: 0.8)
        case "l_atferd": DemoFactorProfile(shape: n(2.3, 0.6), wellbeing: 0.3, climate: 1.2)
        case "l_stotte_elever": DemoFactorProfile(shape: n(4.2, 0.45), wellbeing: 0.45, climate: 0.9)
        case "l_laeringskultur": DemoFactorProfile(shape: n(3.9, 0.5), wellbeing: 0.45, climate: 1.1)
        // Foreldre (about their child's class and school).
        case "f_stotte":
            DemoFactorProfile(
                shape: n(4.4, 0.5), wellbeing: 0.15, achievement: 0.2, home: 0.6, climate: 0.2, genderGap: -0.05,
                trinnSlope: -0.06)
        case "f_samarbeid":
            DemoFactorProfile(shape: n(3.9, 0.6), wellbeing: 0.3, home: 0.4, climate: 0.8, trinnSlope: -0.06)
        case "f_kontakt": DemoFactorProfile(shape: n(3.0, 0.75), home: 0.5, climate: 0.6, trinnSlope: -0.05)
        // Skoleledere.
        case "s_pedagogisk_ledelse": DemoFactorProfile(shape: n(4.0, 0.5), wellbeing: 0.4, climate: 1.2)
        case "s_samarbeidskultur": DemoFactorProfile(shape: n(3.9, 0.5), wellbeing: 0.4, climate: 1.2)
        case "s_laeringskultur": DemoFactorProfile(shape: n(3.9, 0.5), wellbeing: 0.4, climate: 1.2)
        default: fallback(for: factor)
        }
    }

    private static func fallback(for factor: Factor) -> DemoFactorProfile {
        let low = factor.scale.lowerBound, high = factor.scale.upperBound
        let width = high - low
        switch factor.direction {
        case .higherIsBetter:
            return DemoFactorProfile(shape: n(low + 0.72 * width, 0.16 * width), wellbeing: 0.5)
        case .lowerIsBetter:
            return DemoFactorProfile(shape: n(low + 0.3 * width, 0.16 * width), wellbeing: 0.4)
        }
    }
}
