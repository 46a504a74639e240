#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Words of the analysis reports (Markdown, HTML, JSON).
extension Strings {
    public enum Reports {
        public static var demoHeading: String { nb("Syntetiske demodata", nn: "Syntetiske demodata") }
        public static var noAnswers: String { nb("ingen svar", nn: "ingen svar") }
        public static var unitMissing: String {
            nb("finnes ikke i dette snapshotet", nn: "finst ikkje i dette snapshotet")
        }
        public static var resultsCaption: String {
            nb(
                "Resultater fra undersøkelsen. Kommunen og fylket gjelder samme tidspunkt, trinn og kjønn.",
                nn: "Resultat frå undersøkinga. Kommunen og fylket gjeld same tidspunkt, trinn og kjønn.")
        }
        public static var factorColumn: String { nb("Faktor", nn: "Faktor") }
        public static var selectionColumn: String { nb("Utvalg", nn: "Utval") }
        public static var unitColumn: String { nb("Enheten", nn: "Eininga") }
        public static var municipalityColumn: String { nb("Kommunen", nn: "Kommunen") }
        public static var countyColumn: String { nb("Fylket", nn: "Fylket") }
        public static var differenceColumn: String { nb("Forskjell fra fylket", nn: "Skilnad frå fylket") }
        public static var startColumn: String { nb("Start", nn: "Start") }
        public static var latestColumn: String { nb("Siste måling", nn: "Siste måling") }
        public static var changeColumn: String { nb("Endring", nn: "Endring") }
        public static var linkedDataHeading: String {
            nb(
                "Endring, kull og forskjell mellom gutter og jenter",
                nn: "Endring, kull og skilnad mellom gutar og jenter")
        }
        public static var linkedViewColumn: String { nb("Hva", nn: "Kva") }
        public static var roundsColumn: String { nb("Per tidspunkt", nn: "Per tidspunkt") }
        public static var linkedOutcomeColumn: String { nb("Endring eller forskjell", nn: "Endring eller skilnad") }
        public static var linkedCaption: String {
            nb(
                "Endring, kull og forskjell mellom gutter og jenter sammenligner to tall som begge er usikre ",
                nn: "Endring, kull og skilnad mellom gutar og jenter samanliknar to tal som begge er usikre ")
                + nb(
                    "(to-utvalgsregelen): forskjellen har et 95 %-intervall, d er forskjellen målt i samlet ",
                    nn: "(to-utvalsregelen): skilnaden har eit 95 %-intervall, d er skilnaden målt i samla ")
                + nb(
                    "standardavvik, og «klart» krever d ≥ 0,2 og et intervall som ikke omfatter 0. ",
                    nn: "standardavvik, og «klart» krev d ≥ 0,2 og eit intervall som ikkje omfattar 0. ")
                + nb(
                    "Fylket viser sin endring eller forskjell for samme tidspunkt og trinn. ",
                    nn: "Fylket viser endringa eller skilnaden sin for same tidspunkt og trinn. ")
                + nb(
                    "Undersøkelsen er anonym: et kull er samme trinn eller klasse, ikke de samme elevene. ",
                    nn: "Undersøkinga er anonym: eit kull er same trinn eller klasse, ikkje dei same elevane. ")
                + nb("Ingenting er regnet fra en skjermet verdi.", nn: "Ingenting er rekna frå ein skjerma verdi.")
        }

        /// "i 2020": the round in which a class is on the trinn named before it.
        public static func classInRound(_ round: Int) -> String { "i \(round)" }

        /// "Høsten 2018: gutter 3,40 (n = 96), jenter 3,35 (n = 90). Forskjell: +0,05, …: ingen klar forskjell".
        public static func gapLine(round: Int, boys: String, girls: String, gap: String) -> String {
            "\(roundName(round).capitalizedFirst): \(Development.boysColumn) \(boys), \(Development.girlsColumn) "
                + "\(girls). \(Development.gapColumn.capitalizedFirst): \(gap)"
        }
        public static var warningsHeading: String { nb("Å se nærmere på", nn: "Å sjå nærare på") }
        public static var statusLabel: String { nb("Status", nn: "Status") }
        public static var startLabel: String { nb("Utgangspunkt", nn: "Utgangspunkt") }
        public static var unitLabel: String { nb("Enhet", nn: "Eining") }
        public static var dataLabel: String { nb("Data", nn: "Data") }
        public static var createdLabel: String { nb("Opprettet", nn: "Oppretta") }
        public static var updatedLabel: String { nb("Sist endret", nn: "Sist endra") }
        public static var legend: String {
            nb(
                "Stolpen er enhetens gjennomsnitt på faktorens skala. Svart strek: fylket. Stiplet strek: kommunen.",
                nn:
                    "Stolpen er gjennomsnittet for eininga på skalaen til faktoren. Svart strek: fylket. Stipla strek: kommunen."
            )
        }
        public static var comparisonRule: String {
            nb(
                "«Klart bedre» eller «klart svakere» betyr at forskjellen er minst 0,2 standardavvik (d) og at 95 %-intervallet for enhetens gjennomsnitt ikke omfatter sammenligningsverdien. Ellers: ingen klar forskjell.",
                nn:
                    "«Klart betre» eller «klart svakare» tyder at skilnaden er minst 0,2 standardavvik (d) og at 95 %-intervallet for gjennomsnittet til eininga ikkje omfattar samanlikningsverdien. Elles: ingen klar skilnad."
            )
        }

        public static func hypothesisHeading(_ number: Int, prioritised: Bool) -> String {
            nb("Hypotese \(number)", nn: "Hypotese \(number)")
                + (prioritised ? nb(" – prioritert", nn: " – prioritert") : "")
        }

        public static func actionHeading(_ number: Int) -> String { nb("Tiltak \(number)", nn: "Tiltak \(number)") }

        /// "svar.csv, laget 3. mai 2024 kl. 14.05": in Norwegian time, as the footer's export time.
        public static func dataLine(source: String, createdAt: String) -> String {
            let created = snapshotTime(createdAt)
            return nb("\(source), laget \(created)", nn: "\(source), laga \(created)")
        }
        /// A snapshot's `created_at` (ISO 8601, UTC) in Norwegian time; as stored when unreadable.
        public static func snapshotTime(_ createdAt: String) -> String {
            (try? Date(createdAt, strategy: .iso8601)).map(Strings.dateTime) ?? createdAt
        }

        public static func footer(minimumN: Int, exportedAt: String) -> String {
            nb(
                "Laget med kfl \(CLI.version) \(exportedAt). Verdier fra færre enn \(minimumN) svar vises aldri, og heller ikke verdier som de kan regnes ut fra. Ingen rangering av skoler.",
                nn:
                    "Laga med kfl \(CLI.version) \(exportedAt). Verdiar frå færre enn \(minimumN) svar blir aldri viste, og heller ikkje verdiar som dei kan reknast ut frå. Ingen rangering av skular."
            )
        }

        public static func roundsLabel(_ start: Int, _ latest: Int?) -> String {
            latest.map { "\(start) → \($0)" } ?? "\(start)"
        }
    }
}
