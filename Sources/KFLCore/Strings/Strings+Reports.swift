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
