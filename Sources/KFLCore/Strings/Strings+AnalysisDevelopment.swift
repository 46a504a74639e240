#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The analysis's words for results over time: indicator outcomes (step 7) and linked
/// change, cohorts and gaps (step 3), in the TUI and the exports.
extension Strings.Analysis {
    public static func indicatorOutcome(_ outcome: IndicatorProgress.Outcome) -> String {
        switch outcome {
        case .cannotTellYet: return nb("kan ikke avgjøres ennå", nn: "kan ikkje avgjerast enno")
        case .noClearChange: return nb("ingen klar endring", nn: "inga klar endring")
        case .clearChangeWanted: return nb("klar endring i ønsket retning", nn: "klar endring i ønskt retning")
        case .clearChangeWrong: return nb("klar endring i feil retning", nn: "klar endring i feil retning")
        }
    }

    /// "Endring 2016–2018: -1,19, 95 %-intervall […], d -3,91: klar endring i
    /// ønsket retning", by the two-sample rule, or why it cannot be told yet.
    public static func progressText(_ progress: IndicatorProgress) -> String {
        let outcome = indicatorOutcome(progress.outcome)
        guard let round = progress.latestRound else { return outcome.capitalizedFirst }
        guard let change = progress.change else { return outcome.capitalizedFirst + ". " + changeNotComparable }
        return Strings.Development.changeLine(
            from: progress.startRound, to: round, text: Strings.Development.comparisonText(change, verdict: outcome))
    }

    /// "3,60 – målverdien er nådd", or "–" without a target.
    public static func targetText(_ indicator: Indicator, _ progress: IndicatorProgress?) -> String {
        guard let target = indicator.target else { return "–" }
        let value = NorwegianFormat.decimal(target, digits: 2)
        guard let status = progress?.targetStatus else { return value }
        return value + " – " + targetStatus(status)
    }

    /// Why a typed target is not taken, and what to type instead.
    public static func targetProblem(_ problem: TargetValue.Problem) -> String {
        switch problem {
        case .notANumber(let text):
            return nb(
                "«\(text)» er ikke et tall. Skriv målverdien med desimalkomma, for eksempel 3,6.",
                nn: "«\(text)» er ikkje eit tal. Skriv målverdien med desimalkomma, til dømes 3,6.")
        case .outsideScale(let value, let scale):
            return nb(
                "\(TargetValue.text(value)) er utenfor skalaen \(scaleText(scale)).",
                nn: "\(TargetValue.text(value)) er utanfor skalaen \(scaleText(scale)).")
        }
    }

    /// "1–5".
    public static func scaleText(_ scale: ClosedRange<Double>) -> String {
        TargetValue.text(scale.lowerBound) + "–" + TargetValue.text(scale.upperBound)
    }

    // MARK: Linked changes, cohorts and gaps (step 3)

    public static func linkedViewName(_ view: LinkedView) -> String {
        switch view {
        case .level: return nb("nivå", nn: "nivå")
        case .development: return nb("utvikling", nn: "utvikling")
        case .sameTrinn: return nb("kull: samme trinn", nn: "kull: same trinn")
        case .sameClass: return nb("kull: samme klasse", nn: "kull: same klasse")
        case .genderGap: return nb("gutter mot jenter", nn: "gutar mot jenter")
        }
    }

    /// "utvikling 2016–2020", "gutter mot jenter, høsten 2018": what is
    /// linked, and when.
    public static func linkedDataLabel(_ view: LinkedView, round: Int, change: (from: Int, to: Int)?) -> String {
        guard let change else { return linkedViewName(view) + ", " + Strings.roundName(round) }
        return linkedViewName(view) + " \(change.from)–\(change.to)"
    }

    /// "Relasjon til lærerne (utvikling 2018–2020): -0,19, klart svakere": a
    /// linked change, cohort or gap as a hypothesis's data, with its verdict by
    /// the two-sample rule; the same words in step 4 and in the exports.
    public static func linkedEvidence(_ data: LinkedData, minimumN: Int) -> String {
        let what = "\(data.factor.name) (\(linkedDataLabel(data.linked.view, round: data.round, change: data.change)))"
        let development = Strings.Development.self
        switch data.content {
        case .notApplicable(let reason): return what + ": " + linkedNotApplicable(reason)
        case .series: return what + ": " + development.shortOutcomeText(data.outcome, minimumN: minimumN)
        case .gap:
            return what + ": "
                + development.shortOutcomeText(data.outcome, minimumN: minimumN, verdictText: development.gapVerdict)
        }
    }

    /// "7. trinn, gutter", or "7. trinn" for all pupils; for a class, the
    /// round it is on that trinn ("7. trinn i 2020"); for the gap, the trinn.
    public static func linkedSelection(_ view: LinkedView, trinn: Int, gender: Gender, round: Int) -> String {
        var text = Strings.trinnName(trinn)
        if view == .sameClass { text += nb(" i \(round)", nn: " i \(round)") }
        if view != .genderGap, gender != .all { text += ", " + Strings.genderName(gender) }
        return text
    }

    /// Why a linked view has no numbers.
    public static func linkedNotApplicable(_ reason: LinkedData.NotApplicable) -> String {
        switch reason {
        case .cohortNeedsTrinn:
            return nb(
                "Et kull følger ett trinn, og dette gjelder alle trinn: velg et trinn.",
                nn: "Eit kull følgjer eitt trinn, og dette gjeld alle trinn: vel eit trinn.")
        case .noGenderSplit: return Strings.Development.gapNeedsGender
        }
    }

    public static func targetStatus(_ status: IndicatorProgress.TargetStatus) -> String {
        switch status {
        case .noTarget: return nb("ingen målverdi", nn: "ingen målverdi")
        case .notYetMeasured: return nb("ikke målt ennå", nn: "ikkje målt enno")
        case .reached: return nb("målverdien er nådd", nn: "målverdien er nådd")
        case .notReached: return nb("målverdien er ikke nådd", nn: "målverdien er ikkje nådd")
        }
    }
}
