/// Words of the theme view ("hva sier de andre?") and the overview ("Hva
/// skiller seg ut"): the TUI, `kfl show --tema` and `kfl show --skiller-seg-ut`.
/// Bokmål beside nynorsk, in the form the strings table takes on main.
extension Strings {
    public enum Themes {
        public static var keyOverview: String {
            nb("hva skiller seg ut (alle grupper)", nn: "kva som skil seg ut (alle grupper)")
        }
        public static var keyThemes: String {
            nb("tema: hva sier de andre om dette?", nn: "tema: kva seier dei andre om dette?")
        }
        public static var keyOpenInsight: String {
            nb(
                "åpne temaet, eller linjens faktor i detalj", nn: "opne temaet, eller faktoren på linja i detalj")
        }
        public static var keyAnalysisFromLine: String {
            nb(
                "start pedagogisk analyse med faktoren (temaet: alle faktorene)",
                nn: "start pedagogisk analyse med faktoren (temaet: alle faktorane)")
        }
        public static var themeListTitle: String { nb("Tema – hva sier de andre?", nn: "Tema – kva seier dei andre?") }
        public static var themeListIntro: String {
            nb(
                "Hvert tema holder sammen det flere respondentgrupper sier om det samme. Enter åpner et tema.",
                nn: "Kvart tema held saman det fleire respondentgrupper seier om det same. Enter opnar eit tema.")
        }
        public static func themeTitle(_ theme: String, unit: String) -> String { "\(theme) – \(unit)" }
        public static func themeIntro(round: Int) -> String {
            nb(
                "Hver gruppe på sin egen skala mot fylkets verdi for den samme gruppen, \(roundName(round)), alle trinn og begge kjønn. Tallene legges aldri sammen på tvers av gruppene.",
                nn:
                    "Kvar gruppe på sin eigen skala mot verdien til fylket for den same gruppa, \(roundName(round)), alle trinn og begge kjønn. Tala blir aldri lagde saman på tvers av gruppene."
            )
        }
        public static func missingGroups(_ names: [String]) -> String {
            nb("Ingen svar her fra ", nn: "Ingen svar her frå ") + list(names) + "."
        }
        /// The top bar's group over the overview and the themes, which show every group.
        public static var allGroups: String { nb("alle grupper", nn: "alle grupper") }
        public static var overviewTitle: String { nb("Hva skiller seg ut", nn: "Kva som skil seg ut") }
        public static func overviewIntro(round: Int, previous: Int?) -> String {
            let change = previous.map {
                nb(
                    " og klar endring siden \($0) (to-utvalgsregelen)",
                    nn: " og klar endring sidan \($0) (to-utvalsregelen)")
            }
            let order = nb(
                ". Ordnet etter vurdering og spørreskjemaets rekkefølge, ikke etter størrelse.",
                nn: ". Ordna etter vurdering og rekkjefølgja i spørjeskjemaet, ikkje etter storleik.")
            return nb(
                "Alle respondentgrupper, \(roundName(round)), alle trinn og begge kjønn: klar forskjell fra fylket",
                nn: "Alle respondentgrupper, \(roundName(round)), alle trinn og begge kjønn: klar skilnad frå fylket")
                + (change ?? "") + order
        }
        public static func sectionHeading(_ kind: Highlights.Kind, previous: Int?, count: Int) -> String {
            let earlier = previous.map(String.init) ?? nb("forrige måling", nn: "førre måling")
            let name: String
            switch kind {
            case .clearlyBetter: name = nb("Klart bedre enn fylket", nn: "Klart betre enn fylket")
            case .clearlyWorse: name = nb("Klart svakere enn fylket", nn: "Klart svakare enn fylket")
            case .changedForBetter: name = nb("Klart bedre enn i \(earlier)", nn: "Klart betre enn i \(earlier)")
            case .changedForWorse: name = nb("Klart svakere enn i \(earlier)", nn: "Klart svakare enn i \(earlier)")
            case .suppressed: name = nb("Skjermet", nn: "Skjerma")
            }
            return "\(name) (\(count))"
        }
        public static var sectionEmpty: String { nb("ingen", nn: "ingen") }
        public static func unremarkable(_ count: Int) -> String {
            count == 1
                ? nb(
                    "1 faktor til har verdi uten klar forskjell eller endring.",
                    nn: "1 faktor til har verdi utan klar skilnad eller endring.")
                : nb(
                    "\(count) faktorer til har verdier uten klar forskjell eller endring.",
                    nn: "\(count) faktorar til har verdiar utan klar skilnad eller endring.")
        }
        public static var nothingShown: String {
            nb(
                "Ingen verdier å vise for denne enheten og dette tidspunktet.",
                nn: "Ingen verdiar å vise for denne eininga og dette tidspunktet.")
        }
        public static var firstRound: String {
            nb(
                "Første måling i disse dataene: ingen endring å vise.",
                nn: "Første måling i desse dataa: inga endring å vise.")
        }
        public static var coverageHeading: String { nb("Hvem har data", nn: "Kven har data") }
        public static func coverageIntro(_ unit: String) -> String {
            nb(
                "Antall kommuner og skoler i \(unit) med minst én verdi som vises (ikke hvem som er best):",
                nn: "Talet på kommunar og skular i \(unit) med minst éin verdi som blir vist (ikkje kven som er best):")
        }
        public static func coverageLine(
            group: String, municipalities: Int, of mTotal: Int, schools: Int, of sTotal: Int
        )
            -> String
        {
            nb(
                "\(group): \(municipalities) av \(mTotal) kommuner, \(schools) av \(sTotal) skoler",
                nn: "\(group): \(municipalities) av \(mTotal) kommunar, \(schools) av \(sTotal) skular")
        }
        /// Esc from the overview always lands on the results, also when choosing a school opened it;
        /// "tilbake" as in the status line.
        public static var overviewHint: String {
            nb(
                "Enter: detaljer  e: linjens tema  a: analyse med faktoren  Esc: tilbake",
                nn: "Enter: detaljar  e: temaet til linja  a: analyse med faktoren  Esc: tilbake")
        }
        public static var themeHint: String {
            nb(
                "a: analyse med temaets faktorer  e: alle tema  Esc: tilbake",
                nn: "a: analyse med faktorane i temaet  e: alle tema  Esc: tilbake")
        }
        public static var themeListHint: String { nb("Enter: åpne  Esc: tilbake", nn: "Enter: opne  Esc: tilbake") }
        public static var noThemeForFactor: String {
            nb("Faktoren er ikke med i noe tema.", nn: "Faktoren er ikkje med i noko tema.")
        }

        // Column heads.
        public static var factorColumn: String { nb("faktor", nn: "faktor") }
        public static var groupColumn: String { nb("gruppe", nn: "gruppe") }
        public static var valueColumn: String { nb("verdi", nn: "verdi") }
        public static var countyColumn: String { nb("fylket", nn: "fylket") }
        public static var versusCountyColumn: String { nb("mot fylket", nn: "mot fylket") }
        public static func changeColumn(_ previous: Int?) -> String {
            previous.map { nb("siden \($0)", nn: "sidan \($0)") } ?? nb("endring", nn: "endring")
        }

        /// A verdict in a narrow column: "klart bedre", "klart svakere", "ingen klar".
        public static func verdictShort(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return nb("klart bedre", nn: "klart betre")
            case .clearlyWorse: return nb("klart svakere", nn: "klart svakare")
            case .noClearDifference: return nb("ingen klar", nn: "ingen klar")
            case .notComparable: return "–"
            }
        }

        /// A change in a narrow column: "klart bedre", "ingen klar", "skj.", "–".
        public static func changeShort(_ outcome: TwoSampleOutcome?) -> String {
            switch outcome {
            case .compared(let c)?: return verdictShort(c.verdict)
            case .unavailable(.suppressed)?: return Development.suppressedShort
            case .unavailable?, nil: return Development.noValueShort
            }
        }

        /// "Uro i timene – Elever 1.–4. trinn: 2,10 (n 36), fylket 2,15 (n 7804): ingen klar forskjell".
        /// - Parameter countyLabel: "fylket", or which trinn it is pooled over ("fylket 8.–10. trinn").
        public static func levelLine(
            factor: String, group: String, value: String?, county: String?, verdict: String?,
            countyLabel: String? = nil
        )
            -> String
        {
            // Without the value (a short line), the verdict follows the group: "Uro – Lærere: klart svakere".
            "\(factor) – \(group)" + (value.map { ": \($0)" } ?? "")
                + (county.map { ", " + (countyLabel ?? countyColumn) + " \($0)" } ?? "")
                + (verdict.map { ": \($0)" } ?? "")
        }

        /// A clear verdict in one word, after its sign: "bedre", "svakere".
        public static func verdictWord(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return nb("bedre", nn: "betre")
            case .clearlyWorse: return nb("svakere", nn: "svakare")
            case .noClearDifference: return nb("ingen klar", nn: "ingen klar")
            case .notComparable: return "–"
            }
        }

        // kfl show
        public static var csvColumns: [String] {
            [
                nb("enhet", nn: "eining"), nb("tidspunkt", nn: "tidspunkt"), nb("tema", nn: "tema"),
                nb("gruppe", nn: "gruppe"), nb("faktor", nn: "faktor"), nb("retning", nn: "retning"),
                nb("verdi", nn: "verdi"), "n", nb("fylket", nn: "fylket"), nb("mot fylket", nn: "mot fylket"),
                nb("fra tidspunkt", nn: "frå tidspunkt"), nb("verdi da", nn: "verdi då"), nb("endring", nn: "endring"),
                nb("vurdering av endringen", nn: "vurdering av endringa"),
            ]
        }
        public static var overviewCSVColumns: [String] {
            let columns = csvColumns
            return [nb("linje", nn: "linje")] + columns.prefix(2) + columns.dropFirst(3)
        }
        public static func lineKindName(_ kind: Highlights.Kind) -> String {
            switch kind {
            case .clearlyBetter: return nb("klart bedre enn fylket", nn: "klart betre enn fylket")
            case .clearlyWorse: return nb("klart svakere enn fylket", nn: "klart svakare enn fylket")
            case .changedForBetter: return nb("klart bedre enn forrige måling", nn: "klart betre enn førre måling")
            case .changedForWorse: return nb("klart svakere enn forrige måling", nn: "klart svakare enn førre måling")
            case .suppressed: return nb("skjermet", nn: "skjerma")
            }
        }
        public static func unknownTheme(_ value: String, suggestion: String?, available: [String]) -> String {
            nb("Ukjent tema «\(value)».", nn: "Ukjent tema «\(value)».")
                + (didYouMean(suggestion).map { " " + $0 } ?? "")
                + nb(" Temaene er: ", nn: " Temaa er: ") + available.joined(separator: ", ")
                + nb(" (eller alle).", nn: " (eller alle).")
        }
        public static func standsAlone(_ option: String, other: String) -> String {
            nb(
                "\(option) viser alle grupper, alle trinn og begge kjønn; det kan ikke kombineres med \(other).",
                nn: "\(option) viser alle grupper, alle trinn og begge kjønn; det kan ikkje kombinerast med \(other).")
        }
    }
}
