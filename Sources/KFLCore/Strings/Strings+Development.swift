/// Words of change over time, cohorts, the gap between boys and girls and
/// the rest of the kommune: the TUI's views, `kfl show` and the exports.
extension Strings {
    public enum Development {
        // MARK: Verdicts in their context

        /// A change between rounds: later compared with earlier.
        public static func changeVerdict(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return nb("klart bedre", nn: "klart betre")
            case .clearlyWorse: return nb("klart svakere", nn: "klart svakare")
            case .noClearDifference: return nb("ingen klar endring", nn: "inga klar endring")
            case .notComparable: return nb("kan ikke sammenlignes", nn: "kan ikkje samanliknast")
            }
        }

        /// The gap: boys compared with girls.
        public static func gapVerdict(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return nb("gutter klart bedre", nn: "gutar klart betre")
            case .clearlyWorse: return nb("gutter klart svakere", nn: "gutar klart svakare")
            case .noClearDifference: return nb("ingen klar forskjell", nn: "ingen klar skilnad")
            case .notComparable: return nb("kan ikke sammenlignes", nn: "kan ikkje samanliknast")
            }
        }

        /// Why two cells are not compared.
        public static func unavailable(_ reason: TwoSampleOutcome.Unavailable, minimumN: Int) -> String {
            switch reason {
            case .suppressed(let why): return suppressionText(why, minimumN: minimumN)
            case .noData: return nb("ingen svar", nn: "ingen svar")
            case .absent(let absence): return absenceText(absence)
            case .roundMissing:
                return nb("ingen tidligere måling å sammenligne med", nn: "inga tidlegare måling å samanlikne med")
            }
        }

        public static func absenceText(_ absence: SeriesAbsence) -> String {
            switch absence {
            case .trinnNotAtUnit(let trinn):
                return (1...10).contains(trinn)
                    ? nb("enheten har ikke \(trinn). trinn", nn: "eininga har ikkje \(trinn). trinn")
                    : nb("klassen var ikke på skolen ennå", nn: "klassen var ikkje på skulen enno")
            case .otherQuestionnaire(let trinn):
                return nb("\(trinn). trinn svarer på et annet skjema", nn: "\(trinn). trinn svarar på eit anna skjema")
            }
        }

        public static func restWithheld(_ reason: RestOfMunicipality.Reason, minimumN: Int) -> String {
            switch reason {
            case .municipalitySuppressed(let why):
                return nb("kommunen er ", nn: "kommunen er ") + suppressionText(why, minimumN: minimumN)
            case .noOtherSchools:
                return nb(
                    "ingen andre skoler i kommunen har svar her", nn: "ingen andre skular i kommunen har svar her")
            case .tooFewRespondents:
                return nb(
                    "resten av kommunen har færre enn \(minimumN) svar",
                    nn: "resten av kommunen har færre enn \(minimumN) svar")
            case .wouldRevealSuppressed:
                return nb("skjult: ville avsløre en skjermet skole", nn: "løynd: ville avsløre ein skjerma skule")
            }
        }

        // MARK: Numbers

        /// "[+0,11; +0,51]": a 95 % interval for a difference.
        public static func interval(_ range: ClosedRange<Double>) -> String {
            "[\(NorwegianFormat.bound(range.lowerBound)); \(NorwegianFormat.bound(range.upperBound))]"
        }

        /// "d 0,45", or "d  0,45" beside "d -0,45" with `aligned`.
        public static func effectSize(_ d: Double, aligned: Bool = false) -> String {
            let number = NorwegianFormat.decimal(d, digits: 2)
            return "d " + (aligned && !number.hasPrefix("-") ? " " : "") + number
        }

        /// "+0,31, 95 %-intervall [+0,11; +0,51], d 0,45: klart bedre"; without the interval
        /// or d when a short line has no room for them ("+0,31: klart bedre").
        public static func comparisonText(
            _ c: TwoSampleComparison, verdict: String, interval showsInterval: Bool = true,
            effectSize showsEffectSize: Bool = true
        ) -> String {
            let difference = NorwegianFormat.signedDecimal(c.difference, digits: 2)
            var text = difference
            // A no-break space keeps "95 %" together when the line is wrapped.
            if showsInterval, let range = c.interval {
                text += nb(", 95\u{00A0}%-intervall ", nn: ", 95\u{00A0}%-intervall ") + interval(range)
            }
            if showsEffectSize, let d = c.effectSize { text += ", " + effectSize(d) }
            // The number alone after «Endring 2018–2020:» takes a comma, not a second colon.
            return text + (text == difference ? ", " : ": ") + verdict
        }

        // MARK: Views

        public static var levelsTitle: String { nb("Resultater", nn: "Resultat") }
        public static var developmentTitle: String { nb("Utvikling", nn: "Utvikling") }
        public static var sameTrinnTitle: String { nb("Kull: samme trinn", nn: "Kull: same trinn") }
        public static var sameClassTitle: String { nb("Kull: samme klasse", nn: "Kull: same klasse") }
        public static var genderGapTitle: String { nb("Gutter og jenter", nn: "Gutar og jenter") }
        /// "fylket", or "fylket (8.–10.)" when pooled (`PooledReference`): the county's row under
        /// a factor, and (capitalised) the county's change or gap in the footer.
        public static func countyRow(_ span: ClosedRange<Int>?) -> String { Reference.countyShort(span) }

        /// "skolen": a unit's own row in a table whose heading names it.
        public static func unitRow(_ kind: UnitKind) -> String {
            switch kind {
            case .county: return nb("fylket", nn: "fylket")
            case .region: return nb("regionen", nn: "regionen")
            case .municipality: return nb("kommunen", nn: "kommunen")
            case .school: return nb("skolen", nn: "skulen")
            }
        }
        public static var suppressedShort: String { nb("skj.", nn: "skj.") }
        public static var noValueShort: String { "–" }
        public static var developmentColumn: String { nb("utvikling", nn: "utvikling") }
        public static var perRoundLabel: String { nb("per tidspunkt", nn: "per tidspunkt") }
        public static var boysColumn: String { nb("gutter", nn: "gutar") }
        public static var girlsColumn: String { nb("jenter", nn: "jenter") }
        public static var gapColumn: String { nb("forskjell", nn: "skilnad") }
        public static var gapColumnShort: String { nb("G−J", nn: "G−J") }

        public static func changeHeading(from: Int, to: Int) -> String {
            nb("Endring \(from)–\(to)", nn: "Endring \(from)–\(to)")
        }
        public static var classNotAtEarlierRound: String {
            nb(
                "Klassen gikk ikke på skolen (eller svarte på et annet skjema) ved noen tidligere måling.",
                nn: "Klassen gjekk ikkje på skulen (eller svara på eit anna skjema) ved nokon tidlegare måling.")
        }
        public static var noEarlierRound: String {
            nb(
                "Ingen tidligere måling i disse dataene: ingen endring å vise ennå.",
                nn: "Inga tidlegare måling i desse dataa: inga endring å vise enno.")
        }
        public static var oneRoundOnly: String {
            nb(
                "Bare ett tidspunkt i disse dataene: ingen endring å vise ennå.",
                nn: "Berre eitt tidspunkt i desse dataa: inga endring å vise enno.")
        }
        public static var anonymousCohort: String {
            nb(
                "Undersøkelsen er anonym: et kull er samme trinn eller klasse, ikke de samme elevene koblet sammen.",
                nn: "Undersøkinga er anonym: eit kull er same trinn eller klasse, ikkje dei same elevane kopla saman.")
        }
        public static func sameTrinnIntro(_ trinn: Int) -> String {
            nb(
                "Samme trinn, nye elever: \(trinn). trinn ved hvert tidspunkt.",
                nn: "Same trinn, nye elevar: \(trinn). trinn ved kvart tidspunkt.")
        }
        /// "Samme klasse, …: 3. trinn 2016 (annet skjema) → 5. trinn 2018 → 7. trinn 2020."
        public static func sameClassIntro(_ steps: [(round: Int, trinn: Int, absence: SeriesAbsence?)]) -> String {
            nb(
                "Samme klasse, ett trinn lenger fram for hvert år: ",
                nn: "Same klasse, eitt trinn lenger fram for kvart år: ")
                + steps.map { step in
                    var text = nb("\(step.trinn). trinn \(step.round)", nn: "\(step.trinn). trinn \(step.round)")
                    switch step.absence {
                    case .trinnNotAtUnit?: text += nb(" (ikke her)", nn: " (ikkje her)")
                    case .otherQuestionnaire?: text += nb(" (annet skjema)", nn: " (anna skjema)")
                    case nil: break
                    }
                    return text
                }.joined(separator: " → ") + "."
        }
        public static var allPupilsShown: String {
            nb("Viser alle elever (K velger gutter eller jenter).", nn: "Viser alle elevar (K vel gutar eller jenter).")
        }
        /// At a school's «Hele skolen»: the trinn are right there in the list.
        public static var cohortNeedsTrinnAtSchool: String {
            nb(
                "Kull vises for ett trinn om gangen: velg et trinn i lista til venstre.",
                nn: "Kull blir vist for eitt trinn om gongen: vel eit trinn i lista til venstre.")
        }
        public static var cohortNeedsTrinn: String {
            nb(
                "Kull vises for ett trinn om gangen. Åpne skolen i lista til venstre (Enter der) og velg et trinn.",
                nn:
                    "Kull blir vist for eitt trinn om gongen. Opne skulen i lista til venstre (Enter der) og vel eit trinn."
            )
        }
        public static var gapNeedsGender: String {
            nb(
                "Denne gruppen svarer ikke per kjønn: ingen forskjell mellom gutter og jenter å vise.",
                nn: "Denne gruppa svarar ikkje per kjønn: ingen skilnad mellom gutar og jenter å vise.")
        }
        public static func gapIntro(_ round: Int) -> String {
            nb(
                "Forskjell = gutter − jenter, \(roundName(round)). Vurderingen tar hensyn til n og spredning, ",
                nn: "Skilnad = gutar − jenter, \(roundName(round)). Vurderinga tek omsyn til n og spreiing, ")
                + nb(
                    "så like forskjeller kan få ulik vurdering; se intervall og d.",
                    nn: "så like skilnader kan få ulik vurdering; sjå intervall og d.")
        }
        public static func gapIntroShort(_ round: Int) -> String {
            nb(
                "Forskjell = gutter − jenter, \(roundName(round)).",
                nn: "Skilnad = gutar − jenter, \(roundName(round)).")
        }

        /// "Trivsel på skolen: 2016 3,42 · 2018 3,51 · 2020 skjermet, færre enn 7 svar".
        /// Rounds in a row with the same text from `shared` (why values are missing) share
        /// it ("2016, 2018 og 2020 skjermet: …"), so a long reason is said once and every
        /// round fits the line.
        public static func roundValues(
            _ name: String, values: [(round: Int, text: String)], separator: String = "·", shared: Set<String> = []
        )
            -> String
        {
            var runs: [(rounds: [String], text: String)] = []
            for value in values {
                if let last = runs.last, last.text == value.text, shared.contains(value.text) {
                    runs[runs.count - 1].rounds.append(String(value.round))
                } else {
                    runs.append(([String(value.round)], value.text))
                }
            }
            return name + ": "
                + runs.map { "\(Strings.list($0.rounds)) \($0.text)" }.joined(separator: " \(separator) ")
        }

        /// "Endring 2018–2020: +0,09, 95 %-intervall …: ingen klar endring".
        public static func changeLine(from: Int, to: Int, text: String) -> String {
            changeHeading(from: from, to: to) + ": " + text
        }

        /// A change or gap in words, by the two-sample rule, or why there is none.
        public static func outcomeText(
            _ outcome: TwoSampleOutcome, minimumN: Int, verdictText: (Verdict) -> String = changeVerdict,
            interval: Bool = true, effectSize: Bool = true
        ) -> String {
            switch outcome {
            case .compared(let c):
                return comparisonText(
                    c, verdict: verdictText(c.verdict), interval: interval, effectSize: effectSize)
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

        public static var restOfMunicipalityHeading: String {
            nb("Mot resten av kommunen", nn: "Mot resten av kommunen")
        }
        /// What the rest is: at the same trinn, or (`span`, every row pooled) over the school's trinn.
        public static func restOfMunicipalityIntro(
            school: String, municipality: String, span: ClosedRange<Int>? = nil
        ) -> String {
            guard let span else {
                return nb(
                    "\(municipality) kommune uten \(school), samme tidspunkt, trinn og kjønn (to-utvalgsregelen).",
                    nn: "\(municipality) kommune utan \(school), same tidspunkt, trinn og kjønn (to-utvalsregelen).")
            }
            let trinn = Reference.span(span)
            return nb(
                "\(municipality) kommune uten \(school) på \(trinn), trinnene skolen har; ",
                nn: "\(municipality) kommune utan \(school) på \(trinn), trinna skulen har; ")
                + nb("samme tidspunkt og kjønn (to-utvalgsregelen).", nn: "same tidspunkt og kjønn (to-utvalsregelen).")
        }
        public static var schoolColumn: String { nb("skolen", nn: "skulen") }
        public static var restColumn: String { nb("resten", nn: "resten") }

        // MARK: kfl show

        /// "høsten 2016, 2018 og 2020".
        public static func allRounds(_ rounds: [Int]) -> String {
            nb("høsten ", nn: "hausten ") + list(rounds.map(String.init))
        }

        public static func seriesKindName(_ kind: SeriesKind, cohort: Bool) -> String {
            guard cohort else { return nb("utvikling", nn: "utvikling") }
            switch kind {
            case .sameTrinn: return nb("samme trinn, nye elever", nn: "same trinn, nye elevar")
            case .sameClass: return nb("samme klasse", nn: "same klasse")
            }
        }

        public static var seriesCSVContext: [String] {
            [
                nb("enhet", nn: "eining"), nb("trinn", nn: "trinn"), nb("gruppe", nn: "gruppe"),
                nb("kjønn", nn: "kjønn"), nb("visning", nn: "vising"), nb("område", nn: "område"),
                nb("faktor", nn: "faktor"), nb("retning", nn: "retning"),
            ]
        }

        /// "gjennomsnitt 2016", "n 2016", "sd 2016" (and "fylket 2016", or "fylket 8.–10. trinn 2016"
        /// when pooled over `countySpan`; "trinn 2016" first for a class).
        public static func seriesCSVRound(
            _ round: Int, county: Bool, sameClass: Bool, countySpan: ClosedRange<Int>? = nil
        ) -> [String] {
            (sameClass ? [nb("trinn \(round)", nn: "trinn \(round)")] : []) + [
                nb("gjennomsnitt \(round)", nn: "gjennomsnitt \(round)"), "n \(round)",
                nb("sd \(round)", nn: "sd \(round)"),
            ]
                + (county ? [Reference.county(countySpan) + " \(round)"] : [])
        }

        public static func changeCSVColumns(county: Bool) -> [String] {
            [
                nb("endring fra", nn: "endring frå"), nb("endring til", nn: "endring til"),
                nb("endring", nn: "endring"), nb("intervall fra", nn: "intervall frå"),
                nb("intervall til", nn: "intervall til"), "d", nb("vurdering", nn: "vurdering"),
            ]
                + (county
                    ? [
                        nb("fylkets endring", nn: "endring i fylket"),
                        nb("fylkets vurdering", nn: "vurdering i fylket"),
                    ] : [])
        }

        /// The gap's columns; the county's boys and girls say the trinn when pooled over `countySpan`.
        public static func gapCSVColumns(county: Bool, countySpan: ClosedRange<Int>? = nil) -> [String] {
            [
                nb("enhet", nn: "eining"), nb("trinn", nn: "trinn"), nb("gruppe", nn: "gruppe"),
                nb("tidspunkt", nn: "tidspunkt"), nb("område", nn: "område"), nb("faktor", nn: "faktor"),
                nb("retning", nn: "retning"),
                nb("gutter", nn: "gutar"), nb("n gutter", nn: "n gutar"), nb("jenter", nn: "jenter"),
                nb("n jenter", nn: "n jenter"), nb("forskjell", nn: "skilnad"),
                nb("intervall fra", nn: "intervall frå"), nb("intervall til", nn: "intervall til"), "d",
                nb("vurdering", nn: "vurdering"),
            ]
                + (county
                    ? [
                        Reference.county(countySpan) + " " + nb("gutter", nn: "gutar"),
                        Reference.county(countySpan) + " " + nb("jenter", nn: "jenter"),
                        nb("fylkets forskjell", nn: "skilnad i fylket"),
                        nb("fylkets vurdering", nn: "vurdering i fylket"),
                    ] : [])
        }

        public static func gapCSVRound(_ round: Int) -> String { nb("forskjell \(round)", nn: "skilnad \(round)") }

        // MARK: Legend

        public static func legendLines(unicode: Bool) -> [String] {
            let better = unicode ? "▲" : "+"
            let worse = unicode ? "▼" : "-"
            let same = unicode ? "·" : "="
            return [
                nb(
                    "Utvikling, kull og gutter mot jenter (v bytter visning):",
                    nn: "Utvikling, kull og gutar mot jenter (v byter vising):"),
                nb(
                    "\(better) \(worse) \(same)  klart bedre, klart svakere, ingen klar endring eller forskjell",
                    nn: "\(better) \(worse) \(same)  klart betre, klart svakare, inga klar endring eller skilnad"),
                nb(
                    "[a; b]  95 %-intervall for forskjellen; d er forskjellen i samlet sd",
                    nn: "[a; b]  95 %-intervall for skilnaden; d er skilnaden i samla sd"),
                nb(
                    "Klart krever d ≥ 0,2 og et intervall som ikke omfatter 0",
                    nn: "Klart krev d ≥ 0,2 og eit intervall som ikkje omfattar 0"),
                nb(
                    "(to-utvalgsregelen: begge tallene er usikre, så begge teller med).",
                    nn: "(to-utvalsregelen: begge tala er usikre, så begge tel med)."),
            ]
        }

        /// What the development column on the results screen means.
        public static func developmentColumnLegend(unicode: Bool) -> [String] {
            let marks = unicode ? "▃▄▅" : "-~="
            return [
                nb(
                    "\(marks) utvikling: ett merke per tidspunkt; ett hakk i høyden er 0,1 sd.",
                    nn: "\(marks) utvikling: eitt merke per tidspunkt; eitt hakk i høgda er 0,1 sd."),
                nb(
                    "   Tegnet etter er endringen fra forrige tidspunkt (to-utvalgsregelen);",
                    nn: "   Teiknet etter er endringa frå førre tidspunkt (to-utvalsregelen);"),
                nb(
                    "   \(unicode ? "×" : "x") er et skjermet tidspunkt, tomt betyr ingen svar.",
                    nn: "   \(unicode ? "×" : "x") er eit skjerma tidspunkt, tomt tyder ingen svar."),
            ]
        }

        /// The legend of the over-time views and the gender gap.
        public static func viewLegend(unicode: Bool, minimumN: Int) -> [String] {
            legendLines(unicode: unicode) + [
                "",
                nb(
                    "Endringer og forskjeller regnes bare mellom to viste verdier: skj. er",
                    nn: "Endringar og skilnader blir berre rekna mellom to viste verdiar: skj. er"),
                nb(
                    "skjermet (under \(minimumN) svar, eller for å verne en mindre gruppe),",
                    nn: "skjerma (under \(minimumN) svar, eller for å verne ei mindre gruppe),"),
                nb(
                    "– betyr ingen svar eller ikke på trinnet. Den valgte faktoren står i",
                    nn: "– tyder ingen svar eller ikkje på trinnet. Den valde faktoren står i"),
                nb(
                    "sin helhet nederst, med n og grunnen når noe mangler.",
                    nn: "sin heilskap nedst, med n og grunnen når noko manglar."),
                nb(
                    "Et kull er samme trinn eller klasse, ikke de samme elevene: svarene er",
                    nn: "Eit kull er same trinn eller klasse, ikkje dei same elevane: svara er"),
                nb(
                    "anonyme. Ingen visning rangerer skoler eller kommuner.",
                    nn: "anonyme. Inga vising rangerer skular eller kommunar."),
            ]
        }
    }
}
