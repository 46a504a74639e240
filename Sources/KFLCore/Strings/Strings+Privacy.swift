/// Texts of the privacy audit (`kfl check --personvern`) and of extracts (`kfl extract`).
extension Strings {
    public enum Privacy {
        /// "Hamar skole (Hamar), 5. trinn, gutter, 2018, Trivsel".
        public static func place(unit: String, trinn: Int, gender: Int, round: Int, factor: String) -> String {
            let trinnText = trinn == 0 ? "alle trinn" : "\(trinn). trinn"
            let genderText = ["alle", "gutter", "jenter", "ukjent kjønn"][min(max(gender, 0), 3)]
            return "\(unit), \(trinnText), \(genderText), \(round), \(factor)"
        }

        public static func heading(_ files: [String]) -> String {
            files.count == 1
                ? "Personvernsjekk av \(files[0])"
                : "Personvernsjekk av \(files.count) filer sammen, som en som har alle: \(files.joined(separator: ", "))"
        }

        public static func rule(_ rule: ProtectionRule) -> String {
            "Regel: ingen verdi fra færre enn \(rule.minimumN) svar vises, ingen skjult verdi kan regnes ut, og en skjult "
                + "gruppe som kan ha færre enn \(rule.minimumN) svar, kan ikke snevres inn til under \(rule.protectionPercent) % "
                + "av skalaen eller få antallet svar låst."
        }

        public static func checked(tables: Int, hidden: Int) -> String {
            "Sjekket: \(NorwegianFormat.integer(tables)) tabeller (tidspunkt og faktor) med \(NorwegianFormat.integer(hidden)) "
                + "skjulte celler – eksakt utregning gjennom alle sammenhenger (kjønn, trinn, skoler, kommuner, regioner og "
                + "fylket) for antall, sum og kvadratsum, og grenser fra skalaen, de viste tallene og spredningen i det som blir "
                + "igjen når viste deler trekkes fra en vist sum."
        }

        public static func count(_ label: String, _ value: Int) -> String { "\(label): \(NorwegianFormat.integer(value))" }
        public static let shownSmall = "Vist med for få svar"
        public static let derivable = "Kan regnes ut eksakt"
        public static func narrowed(_ percent: Int) -> String { "Snittet kan snevres inn til under \(percent) % av skalaen" }
        public static let countPinned = "Antallet svar kan låses til én verdi"

        public static func narrowest(place: String, share: Double) -> String {
            "Smaleste grense for en skjult gruppe: \(NorwegianFormat.decimal(100 * share)) % av skalaen (\(place))."
        }

        public static func finding(_ problem: PrivacyAudit.Problem, place: String) -> String {
            switch problem {
            case .shownSmall: return "  vist med for få svar: \(place)"
            case .derivable: return "  kan regnes ut: \(place)"
            case .narrowed(let share): return "  snevres inn til \(NorwegianFormat.decimal(100 * share)) % av skalaen: \(place)"
            case .countPinned: return "  antallet svar kan låses: \(place)"
            }
        }

        public static func moreFindings(_ count: Int) -> String { "  … og \(NorwegianFormat.integer(count)) til." }

        public static func conflicts(_ count: Int) -> String {
            "Advarsel: \(NorwegianFormat.integer(count)) celler har ulike tall i filene. De er ikke laget av de samme "
                + "dataene, og sjekken ser bare det første tallet."
        }

        /// What `kfl check` adds about privacy: the share hidden, why no reason is stored, the rule, and for an extract what it keeps.
        public static func checkLines(cells: Int, hidden: Int, rule: ProtectionRule, extract: SnapshotExtractInfo?) -> [String] {
            var lines = [
                "Skjult: \(NorwegianFormat.integer(hidden)) av \(NorwegianFormat.integer(cells)) celler "
                    + "(\(NorwegianFormat.percent(hidden, of: cells))). Fila sier ikke hvorfor hver celle er skjult – at en skjult "
                    + "gruppe er stor, ville snevre inn de andre; importen skrev fordelingen da fila ble laget.",
                "Vern: en skjult gruppe under \(rule.minimumN) svar kan ikke snevres inn til under \(rule.protectionPercent) % av "
                    + "skalaen («kfl check --personvern» angriper fila og sjekker det).",
            ]
            if let extract { lines.append("Utdrag: \(extract.scope), fra \(extract.source)") }
            return lines
        }

        /// What an extract keeps, as stored in it: "kommune 0425 Åsnes", "skole Rognli skole (S123)".
        public static func extractScope(kind: UnitKind, name: String, code: String) -> String {
            "\(kind == .school ? "skole" : "kommune") \(kind == .school ? "\(name) (\(code))" : "\(code) \(name)")"
        }
        public static func extractOf(file: String, createdAt: String) -> String { "\(file), laget \(createdAt)" }
        public static func extractDone(path: String, scope: String, source: String, units: Int, cells: Int) -> String {
            "Skrev \(path): utdrag for \(scope) fra \(source) – \(units) enheter og \(NorwegianFormat.integer(cells)) celler, "
                + "med de samme skjulte cellene som kilden."
        }
        public static let extractNeedsUnit = "et utdrag gjelder en kommune eller en skole: oppgi --kommune (og eventuelt --skole)"

        public static let safe = "Resultat: trygt – ingen skjult verdi kan regnes ut eller snevres inn mer enn regelen tillater."
        public static func unsafe(_ count: Int) -> String {
            "Resultat: IKKE trygt – \(NorwegianFormat.integer(count)) \(count == 1 ? "funn" : "funn") over."
        }
    }
}
