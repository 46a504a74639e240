/// Words of the analysis reports (Markdown, HTML, JSON).
extension Strings {
    public enum Reports {
        public static let demoHeading = "Syntetiske demodata"
        public static let noAnswers = "ingen svar"
        public static let unitMissing = "finnes ikke i dette snapshotet"
        public static let resultsCaption = "Resultater fra undersøkelsen. Kommunen og fylket gjelder samme tidspunkt, trinn og kjønn."
        public static let factorColumn = "Faktor"
        public static let selectionColumn = "Utvalg"
        public static let unitColumn = "Enheten"
        public static let municipalityColumn = "Kommunen"
        public static let countyColumn = "Fylket"
        public static let differenceColumn = "Forskjell fra fylket"
        public static let startColumn = "Start"
        public static let latestColumn = "Siste måling"
        public static let changeColumn = "Endring"
        public static let linkedDataHeading = "Endring, kull og forskjell mellom gutter og jenter"
        public static let linkedViewColumn = "Hva"
        public static let roundsColumn = "Per tidspunkt"
        public static let linkedOutcomeColumn = "Endring eller forskjell"
        public static let linkedCaption =
            "Endring, kull og forskjell mellom gutter og jenter sammenligner to tall som begge er usikre "
            + "(to-utvalgsregelen): forskjellen har et 95 %-intervall, d er forskjellen målt i samlet "
            + "standardavvik, og «klart» krever d ≥ 0,2 og et intervall som ikke omfatter 0. "
            + "Fylket viser sin endring eller forskjell for samme tidspunkt og trinn. "
            + "Undersøkelsen er anonym: et kull er samme trinn eller klasse, ikke de samme elevene. "
            + "Ingenting er regnet fra en skjermet verdi."

        /// "i 2020": the round in which a class is on the trinn named before it.
        public static func classInRound(_ round: Int) -> String { "i \(round)" }

        /// "Høsten 2018: gutter 3,40 (n = 96), jenter 3,35 (n = 90). Forskjell: +0,05, …: ingen klar forskjell".
        public static func gapLine(round: Int, boys: String, girls: String, gap: String) -> String {
            "\(roundName(round).capitalizedFirst): \(Development.boysColumn) \(boys), \(Development.girlsColumn) "
                + "\(girls). \(Development.gapColumn.capitalizedFirst): \(gap)"
        }
        public static let warningsHeading = "Å se nærmere på"
        public static let statusLabel = "Status"
        public static let startLabel = "Utgangspunkt"
        public static let unitLabel = "Enhet"
        public static let dataLabel = "Data"
        public static let createdLabel = "Opprettet"
        public static let updatedLabel = "Sist endret"
        public static let legend = "Stolpen er enhetens gjennomsnitt på faktorens skala. Svart strek: fylket. Stiplet strek: kommunen."
        public static let comparisonRule =
            "«Klart bedre» eller «klart svakere» betyr at forskjellen er minst 0,2 standardavvik (d) og at 95 %-intervallet for enhetens gjennomsnitt ikke omfatter sammenligningsverdien. Ellers: ingen klar forskjell."

        public static func hypothesisHeading(_ number: Int, prioritised: Bool) -> String {
            "Hypotese \(number)" + (prioritised ? " – prioritert" : "")
        }

        public static func actionHeading(_ number: Int) -> String { "Tiltak \(number)" }

        public static func dataLine(source: String, createdAt: String) -> String {
            "\(source), laget \(createdAt)"
        }

        public static func footer(minimumN: Int, exportedAt: String) -> String {
            "Laget med kfl \(CLI.version) \(exportedAt). Verdier fra færre enn \(minimumN) svar vises aldri, og heller ikke verdier som de kan regnes ut fra. Ingen rangering av skoler."
        }

        public static func roundsLabel(_ start: Int, _ latest: Int?) -> String {
            latest.map { "\(start) → \($0)" } ?? "\(start)"
        }
    }
}
