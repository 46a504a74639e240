/// Words of change over time, cohorts, the gap between boys and girls and
/// the rest of the kommune: the TUI's views, `kfl show` and the exports.
extension Strings {
    public enum Development {
        // MARK: Verdicts in their context

        /// A change between rounds: later compared with earlier.
        public static func changeVerdict(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return "klart bedre"
            case .clearlyWorse: return "klart svakere"
            case .noClearDifference: return "ingen klar endring"
            case .notComparable: return "kan ikke sammenlignes"
            }
        }

        /// The gap: boys compared with girls.
        public static func gapVerdict(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return "gutter klart bedre"
            case .clearlyWorse: return "gutter klart svakere"
            case .noClearDifference: return "ingen klar forskjell"
            case .notComparable: return "kan ikke sammenlignes"
            }
        }

        /// Why two cells are not compared.
        public static func unavailable(_ reason: TwoSampleOutcome.Unavailable, minimumN: Int) -> String {
            switch reason {
            case .suppressed(let why): return suppressionText(why, minimumN: minimumN)
            case .noData: return "ingen svar"
            case .absent(let absence): return absenceText(absence)
            case .roundMissing: return "ingen tidligere måling å sammenligne med"
            }
        }

        public static func absenceText(_ absence: SeriesAbsence) -> String {
            switch absence {
            case .trinnNotAtUnit(let trinn):
                return (1...10).contains(trinn) ? "enheten har ikke \(trinn). trinn" : "klassen var ikke på skolen ennå"
            case .otherQuestionnaire(let trinn): return "\(trinn). trinn svarer på et annet skjema"
            }
        }

        public static func restWithheld(_ reason: RestOfMunicipality.Reason, minimumN: Int) -> String {
            switch reason {
            case .municipalitySuppressed(let why): return "kommunen er " + suppressionText(why, minimumN: minimumN)
            case .noOtherSchools: return "ingen andre skoler i kommunen har svar her"
            case .tooFewRespondents: return "resten av kommunen har færre enn \(minimumN) svar"
            case .wouldRevealSuppressed: return "skjult: ville avsløre en skjermet skole"
            }
        }

        // MARK: Numbers

        /// "[+0,11; +0,51]": a 95 % interval for a difference.
        public static func interval(_ range: ClosedRange<Double>) -> String {
            "[\(NorwegianFormat.signedDecimal(range.lowerBound, digits: 2)); "
                + "\(NorwegianFormat.signedDecimal(range.upperBound, digits: 2))]"
        }

        /// "d 0,45", or "d  0,45" beside "d -0,45" with `aligned`.
        public static func effectSize(_ d: Double, aligned: Bool = false) -> String {
            let number = NorwegianFormat.decimal(d, digits: 2)
            return "d " + (aligned && !number.hasPrefix("-") ? " " : "") + number
        }

        /// "+0,31, 95 %-intervall [+0,11; +0,51], d 0,45: klart bedre".
        public static func comparisonText(_ c: TwoSampleComparison, verdict: String) -> String {
            var text = NorwegianFormat.signedDecimal(c.difference, digits: 2)
            // A no-break space keeps "95 %" together when the line is wrapped.
            if let range = c.interval { text += ", 95\u{00A0}%-intervall " + interval(range) }
            if let d = c.effectSize { text += ", " + effectSize(d) }
            return text + ": " + verdict
        }

        // MARK: Views

        public static let levelsTitle = "Resultater"
        public static let developmentTitle = "Utvikling"
        public static let sameTrinnTitle = "Kull: samme trinn"
        public static let sameClassTitle = "Kull: samme klasse"
        public static let genderGapTitle = "Gutter og jenter"
        public static let countyRow = "fylket"

        /// "skolen": a unit's own row in a table whose heading names it.
        public static func unitRow(_ kind: UnitKind) -> String {
            switch kind {
            case .county: return "fylket"
            case .region: return "regionen"
            case .municipality: return "kommunen"
            case .school: return "skolen"
            }
        }
        public static let suppressedShort = "skj."
        public static let noValueShort = "–"
        public static let developmentColumn = "utvikling"
        public static let perRoundLabel = "per tidspunkt"
        public static let boysColumn = "gutter"
        public static let girlsColumn = "jenter"
        public static let gapColumn = "forskjell"
        public static let gapColumnShort = "G−J"

        public static func changeHeading(from: Int, to: Int) -> String { "Endring \(from)–\(to)" }
        public static let noEarlierRound = "Ingen tidligere måling i disse dataene: ingen endring å vise ennå."
        public static let oneRoundOnly = "Bare ett tidspunkt i disse dataene: ingen endring å vise ennå."
        public static let anonymousCohort =
            "Undersøkelsen er anonym: et kull er samme trinn eller klasse, ikke de samme elevene koblet sammen."
        public static func sameTrinnIntro(_ trinn: Int) -> String {
            "Samme trinn, nye elever: \(trinn). trinn ved hvert tidspunkt."
        }
        /// "Samme klasse, …: 3. trinn 2016 (annet skjema) → 5. trinn 2018 → 7. trinn 2020."
        public static func sameClassIntro(_ steps: [(round: Int, trinn: Int, absence: SeriesAbsence?)]) -> String {
            "Samme klasse, ett trinn lenger fram for hvert år: "
                + steps.map { step in
                    var text = "\(step.trinn). trinn \(step.round)"
                    switch step.absence {
                    case .trinnNotAtUnit?: text += " (ikke her)"
                    case .otherQuestionnaire?: text += " (annet skjema)"
                    case nil: break
                    }
                    return text
                }.joined(separator: " → ") + "."
        }
        public static let allPupilsShown = "Viser alle elever (K velger gutter eller jenter)."
        public static let cohortNeedsTrinn =
            "Kull vises for ett trinn om gangen. Åpne en skole og velg et trinn (Enter på skolen)."
        public static let gapNeedsGender =
            "Denne gruppen svarer ikke per kjønn: ingen forskjell mellom gutter og jenter å vise."
        public static func gapIntro(_ round: Int) -> String {
            "Forskjell = gutter − jenter, \(roundName(round)). Vurderingen tar hensyn til n og spredning, "
                + "så like forskjeller kan få ulik vurdering; se intervall og d."
        }
        public static func gapIntroShort(_ round: Int) -> String { "Forskjell = gutter − jenter, \(roundName(round))." }

        /// "Trivsel på skolen: 2016 3,42 · 2018 3,51 · 2020 skjermet, færre enn 7 svar".
        public static func roundValues(_ name: String, values: [(round: Int, text: String)], separator: String = "·")
            -> String
        {
            name + ": " + values.map { "\($0.round) \($0.text)" }.joined(separator: " \(separator) ")
        }

        /// "Endring 2018–2020: +0,09, 95 %-intervall …: ingen klar endring".
        public static func changeLine(from: Int, to: Int, text: String) -> String {
            changeHeading(from: from, to: to) + ": " + text
        }

        public static let countyChangePrefix = "Fylket"

        /// A change or gap in words, by the two-sample rule, or why there is none.
        public static func outcomeText(
            _ outcome: TwoSampleOutcome, minimumN: Int, verdictText: (Verdict) -> String = changeVerdict
        ) -> String {
            switch outcome {
            case .compared(let c): return comparisonText(c, verdict: verdictText(c.verdict))
            case .unavailable(let reason): return unavailable(reason, minimumN: minimumN)
            }
        }

        /// "-0,11, ingen klar endring": the county's change, whose interval is narrow anyway.
        public static func shortOutcomeText(
            _ outcome: TwoSampleOutcome, minimumN: Int, verdictText: (Verdict) -> String = changeVerdict
        ) -> String {
            switch outcome {
            case .compared(let c):
                return NorwegianFormat.signedDecimal(c.difference, digits: 2) + ", " + verdictText(c.verdict)
            case .unavailable(let reason): return unavailable(reason, minimumN: minimumN)
            }
        }

        // MARK: Kommune

        public static let restOfMunicipalityHeading = "Mot resten av kommunen"
        public static func restOfMunicipalityIntro(school: String, municipality: String) -> String {
            "\(municipality) kommune uten \(school), samme tidspunkt, trinn og kjønn (to-utvalgsregelen)."
        }
        public static let schoolColumn = "skolen"
        public static let restColumn = "resten"

        // MARK: kfl show

        /// "høsten 2016, 2018 og 2020".
        public static func allRounds(_ rounds: [Int]) -> String { "høsten " + list(rounds.map(String.init)) }

        public static func seriesKindName(_ kind: SeriesKind, cohort: Bool) -> String {
            guard cohort else { return "utvikling" }
            switch kind {
            case .sameTrinn: return "samme trinn, nye elever"
            case .sameClass: return "samme klasse"
            }
        }

        public static let seriesCSVContext = [
            "enhet", "trinn", "gruppe", "kjønn", "visning", "område", "faktor", "retning",
        ]

        /// "gjennomsnitt 2016", "n 2016", "sd 2016" (and "fylket 2016"; "trinn 2016" first for a class).
        public static func seriesCSVRound(_ round: Int, county: Bool, sameClass: Bool) -> [String] {
            (sameClass ? ["trinn \(round)"] : []) + ["gjennomsnitt \(round)", "n \(round)", "sd \(round)"]
                + (county ? ["fylket \(round)"] : [])
        }

        public static func changeCSVColumns(county: Bool) -> [String] {
            ["endring fra", "endring til", "endring", "intervall fra", "intervall til", "d", "vurdering"]
                + (county ? ["fylkets endring", "fylkets vurdering"] : [])
        }

        public static func gapCSVColumns(county: Bool) -> [String] {
            [
                "enhet", "trinn", "gruppe", "tidspunkt", "område", "faktor", "retning",
                "gutter", "n gutter", "jenter", "n jenter", "forskjell", "intervall fra", "intervall til", "d",
                "vurdering",
            ]
                + (county ? ["fylket gutter", "fylket jenter", "fylkets forskjell", "fylkets vurdering"] : [])
        }

        public static func gapCSVRound(_ round: Int) -> String { "forskjell \(round)" }

        // MARK: Legend

        public static func legendLines(unicode: Bool) -> [String] {
            let better = unicode ? "▲" : "+"
            let worse = unicode ? "▼" : "-"
            let same = unicode ? "·" : "="
            return [
                "Utvikling, kull og gutter mot jenter (v bytter visning):",
                "\(better) \(worse) \(same)  klart bedre, klart svakere, ingen klar endring eller forskjell",
                "[a; b]  95 %-intervall for forskjellen; d er forskjellen i samlet sd",
                "Klart krever d ≥ 0,2 og et intervall som ikke omfatter 0",
                "(to-utvalgsregelen: begge tallene er usikre, så begge teller med).",
            ]
        }

        /// What the development column on the results screen means.
        public static func developmentColumnLegend(unicode: Bool) -> [String] {
            let marks = unicode ? "▃▄▅" : "-~="
            return [
                "\(marks) utvikling: ett merke per tidspunkt; ett hakk i høyden er 0,1 sd.",
                "   Tegnet etter er endringen fra forrige tidspunkt (to-utvalgsregelen).",
            ]
        }

        /// The legend of the over-time views and the gender gap.
        public static func viewLegend(unicode: Bool, minimumN: Int) -> [String] {
            legendLines(unicode: unicode) + [
                "",
                "Endringer og forskjeller regnes bare mellom to viste verdier: skj. er",
                "skjermet (færre enn \(minimumN) svar, eller for å beskytte en liten gruppe),",
                "– betyr ingen svar eller ikke på trinnet. Den valgte faktoren står i",
                "sin helhet nederst, med n og grunnen når noe mangler.",
                "Et kull er samme trinn eller klasse, ikke de samme elevene: svarene er",
                "anonyme. Ingen visning rangerer skoler eller kommuner.",
            ]
        }
    }
}

extension Strings.Analysis {
    public static func indicatorOutcome(_ outcome: IndicatorProgress.Outcome) -> String {
        switch outcome {
        case .cannotTellYet: return "kan ikke avgjøres ennå"
        case .noClearChange: return "ingen klar endring"
        case .clearChangeWanted: return "klar endring i ønsket retning"
        case .clearChangeWrong: return "klar endring i feil retning"
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
            return "«\(text)» er ikke et tall. Skriv målverdien med desimalkomma, for eksempel 3,6."
        case .outsideScale(let value, let scale):
            return "\(TargetValue.text(value)) er utenfor skalaen \(scaleText(scale))."
        }
    }

    /// "1–5".
    public static func scaleText(_ scale: ClosedRange<Double>) -> String {
        TargetValue.text(scale.lowerBound) + "–" + TargetValue.text(scale.upperBound)
    }

    // MARK: Linked changes, cohorts and gaps (step 3)

    public static func linkedViewName(_ view: LinkedView) -> String {
        switch view {
        case .level: return "nivå"
        case .development: return "utvikling"
        case .sameTrinn: return "kull: samme trinn"
        case .sameClass: return "kull: samme klasse"
        case .genderGap: return "gutter mot jenter"
        }
    }

    /// "utvikling 2016–2020", "gutter mot jenter, høsten 2018": what is
    /// linked, and when.
    public static func linkedDataLabel(_ view: LinkedView, round: Int, change: (from: Int, to: Int)?) -> String {
        guard let change else { return linkedViewName(view) + ", " + Strings.roundName(round) }
        return linkedViewName(view) + " \(change.from)–\(change.to)"
    }

    /// "7. trinn, gutter", or "7. trinn" for all pupils; for a class, the
    /// round it is on that trinn ("7. trinn i 2020"); for the gap, the trinn.
    public static func linkedSelection(_ view: LinkedView, trinn: Int, gender: Gender, round: Int) -> String {
        var text = Strings.trinnName(trinn)
        if view == .sameClass { text += " i \(round)" }
        if view != .genderGap, gender != .all { text += ", " + Strings.genderName(gender) }
        return text
    }

    /// Why a linked view has no numbers.
    public static func linkedNotApplicable(_ reason: LinkedData.NotApplicable) -> String {
        switch reason {
        case .cohortNeedsTrinn: return "Et kull følger ett trinn, og dette gjelder alle trinn: velg et trinn."
        case .noGenderSplit: return Strings.Development.gapNeedsGender
        }
    }

    public static func targetStatus(_ status: IndicatorProgress.TargetStatus) -> String {
        switch status {
        case .noTarget: return "ingen målverdi"
        case .notYetMeasured: return "ikke målt ennå"
        case .reached: return "målverdien er nådd"
        case .notReached: return "målverdien er ikke nådd"
        }
    }
}
