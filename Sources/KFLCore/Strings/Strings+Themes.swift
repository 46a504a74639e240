/// Words of the theme view ("hva sier de andre?") and the overview ("Hva
/// skiller seg ut"): the TUI, `kfl show --tema` and `kfl show --skiller-seg-ut`.
extension Strings {
    public enum Themes {
        public static let keyOverview = "hva skiller seg ut (alle grupper)"
        public static let keyThemes = "tema: hva sier de andre om dette?"
        public static let keyOpenTheme = "åpne temaet"
        public static let keyAnalysisFromLine = "start pedagogisk analyse med faktoren (temaet: alle faktorene)"
        public static let themeListTitle = "Tema – hva sier de andre?"
        public static let themeListIntro =
            "Hvert tema holder sammen det flere respondentgrupper sier om det samme. Enter åpner et tema."
        public static func themeTitle(_ theme: String, unit: String) -> String { "\(theme) – \(unit)" }
        public static func themeIntro(round: Int) -> String {
            "Hver gruppe på sin egen skala mot fylkets verdi for den samme gruppen, \(roundName(round)), "
                + "alle trinn og begge kjønn. Tallene legges aldri sammen på tvers av gruppene."
        }
        public static func missingGroups(_ names: [String]) -> String {
            "Ingen svar her fra " + list(names) + "."
        }
        public static let overviewTitle = "Hva skiller seg ut"
        public static func overviewIntro(round: Int, previous: Int?) -> String {
            let change = previous.map { " og klar endring siden \($0) (to-utvalgsregelen)" } ?? ""
            return "Alle respondentgrupper, \(roundName(round)), alle trinn og begge kjønn: klar forskjell fra fylket"
                + change + ". Ordnet etter vurdering og spørreskjemaets rekkefølge, ikke etter størrelse."
        }
        public static func sectionHeading(_ kind: Highlights.Kind, previous: Int?, count: Int) -> String {
            let name: String
            switch kind {
            case .clearlyBetter: name = "Klart bedre enn fylket"
            case .clearlyWorse: name = "Klart svakere enn fylket"
            case .changedForBetter: name = "Klart bedre enn i \(previous.map(String.init) ?? "forrige måling")"
            case .changedForWorse: name = "Klart svakere enn i \(previous.map(String.init) ?? "forrige måling")"
            case .suppressed: name = "Skjermet"
            }
            return "\(name) (\(count))"
        }
        public static let sectionEmpty = "ingen"
        public static func unremarkable(_ count: Int) -> String {
            count == 1
                ? "1 faktor til har verdi uten klar forskjell eller endring."
                : "\(count) faktorer til har verdier uten klar forskjell eller endring."
        }
        public static let nothingShown = "Ingen verdier å vise for denne enheten og dette tidspunktet."
        public static let firstRound = "Første måling i disse dataene: ingen endring å vise."
        public static let coverageHeading = "Hvem har data"
        public static func coverageIntro(_ unit: String) -> String {
            "Antall kommuner og skoler i \(unit) med minst én verdi som vises (ikke hvem som er best):"
        }
        public static func coverageLine(
            group: String, municipalities: Int, of mTotal: Int, schools: Int, of sTotal: Int
        )
            -> String
        {
            "\(group): \(municipalities) av \(mTotal) kommuner, \(schools) av \(sTotal) skoler"
        }
        public static let overviewHint = "a: analyse med faktoren  e: tema  Esc: tilbake"
        public static let themeHint = "a: analyse med temaets faktorer  e: alle tema  Esc: tilbake"
        public static let themeListHint = "Enter: åpne  Esc: tilbake"
        public static let noThemeForFactor = "Faktoren er ikke med i noe tema."

        // Column heads.
        public static let factorColumn = "faktor"
        public static let groupColumn = "gruppe"
        public static let valueColumn = "verdi"
        public static let countyColumn = "fylket"
        public static let versusCountyColumn = "mot fylket"
        public static func changeColumn(_ previous: Int?) -> String { previous.map { "siden \($0)" } ?? "endring" }

        /// A verdict in a narrow column: "klart bedre", "klart svakere", "ingen klar".
        public static func verdictShort(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return "klart bedre"
            case .clearlyWorse: return "klart svakere"
            case .noClearDifference: return "ingen klar"
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

        /// "1,62 (n 84), fylket 1,45": the selected line in full.
        public static func levelLine(
            factor: String, group: String, value: String, county: String?, verdict: String?
        )
            -> String
        {
            "\(factor) – \(group): \(value)" + (county.map { ", fylket \($0)" } ?? "")
                + (verdict.map { ": \($0)" } ?? "")
        }

        /// A clear verdict in one word, after its sign: "bedre", "svakere".
        public static func verdictWord(_ verdict: Verdict) -> String {
            switch verdict {
            case .clearlyBetter: return "bedre"
            case .clearlyWorse: return "svakere"
            case .noClearDifference: return "ingen klar"
            case .notComparable: return "–"
            }
        }

        // kfl show
        public static let csvColumns = [
            "enhet", "tidspunkt", "tema", "gruppe", "faktor", "retning", "verdi", "n", "fylket", "mot fylket",
            "fra tidspunkt", "verdi da", "endring", "vurdering av endringen",
        ]
        public static let overviewCSVColumns = ["linje"] + csvColumns.filter { $0 != "tema" }
        public static func lineKindName(_ kind: Highlights.Kind) -> String {
            switch kind {
            case .clearlyBetter: return "klart bedre enn fylket"
            case .clearlyWorse: return "klart svakere enn fylket"
            case .changedForBetter: return "klart bedre enn forrige måling"
            case .changedForWorse: return "klart svakere enn forrige måling"
            case .suppressed: return "skjermet"
            }
        }
        public static func unknownTheme(_ value: String, suggestion: String?, available: [String]) -> String {
            "Ukjent tema «\(value)»." + (didYouMean(suggestion).map { " " + $0 } ?? "")
                + " Temaene er: " + available.joined(separator: ", ") + " (eller alle)."
        }
        public static func standsAlone(_ option: String, other: String) -> String {
            "\(option) viser alle grupper, alle trinn og begge kjønn; det kan ikke kombineres med \(other)."
        }
    }
}
