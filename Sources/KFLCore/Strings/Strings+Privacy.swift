/// Texts of the privacy audit (`kfl check --personvern`) and of extracts (`kfl extract`).
extension Strings {
    public enum Privacy {
        /// "Hamar skole (Hamar), 5. trinn, gutter, 2018, Trivsel".
        public static func place(unit: String, trinn: Int, gender: Int, round: Int, factor: String) -> String {
            let trinnText =
                trinn == 0 ? nb("alle trinn", nn: "alle trinn") : nb("\(trinn). trinn", nn: "\(trinn). trinn")
            let genderText = [
                nb("alle", nn: "alle"), nb("gutter", nn: "gutar"), nb("jenter", nn: "jenter"),
                nb("ukjent kjønn", nn: "ukjent kjønn"),
            ][min(max(gender, 0), 3)]
            return "\(unit), \(trinnText), \(genderText), \(round), \(factor)"
        }

        public static func heading(_ files: [String]) -> String {
            files.count == 1
                ? nb("Personvernsjekk av \(files[0])", nn: "Personvernsjekk av \(files[0])")
                : nb(
                    "Personvernsjekk av \(files.count) filer sammen, som en som har alle: \(files.joined(separator: ", "))",
                    nn:
                        "Personvernsjekk av \(files.count) filer saman, som ein som har alle: \(files.joined(separator: ", "))"
                )
        }

        public static func rule(_ rule: ProtectionRule) -> String {
            nb(
                "Regel: ingen verdi fra færre enn \(rule.minimumN) svar vises, ingen skjult verdi kan regnes ut, og en skjult ",
                nn:
                    "Regel: ingen verdi frå færre enn \(rule.minimumN) svar blir vist, ingen skjult verdi kan reknast ut, og ei skjult "
            )
                + nb(
                    "gruppe som kan ha færre enn \(rule.minimumN) svar, kan ikke snevres inn til under \(rule.protectionPercent) % ",
                    nn:
                        "gruppe som kan ha færre enn \(rule.minimumN) svar, kan ikkje snevrast inn til under \(rule.protectionPercent) % "
                )
                + nb("av skalaen eller få antallet svar låst.", nn: "av skalaen eller få talet på svar låst.")
        }

        /// `hidden` counts hidden values, not rows: the cells of a kommune with one school are its school's.
        public static func checked(tables: Int, hidden: Int) -> String {
            let tableCount = NorwegianFormat.integer(tables), hiddenCount = NorwegianFormat.integer(hidden)
            return nb(
                "Sjekket: \(tableCount) \(tables == 1 ? "tabell" : "tabeller") (tidspunkt og faktor) med \(hiddenCount) ",
                nn:
                    "Sjekka: \(tableCount) \(tables == 1 ? "tabell" : "tabellar") (tidspunkt og faktor) med \(hiddenCount) "
            )
                + (hidden == 1
                    ? nb("skjult verdi ", nn: "skjult verdi ")
                    : nb("ulike skjulte verdier ", nn: "ulike skjulte verdiar "))
                + nb(
                    "(celler som gjelder de samme elevene, som en kommune med bare én skole og skolen, telles én gang; ",
                    nn:
                        "(celler som gjeld dei same elevane, som ein kommune med berre éin skule og skulen, blir talde éin gong; "
                )
                + nb(
                    "«kfl check» teller alle skjermede celler i fila) – eksakt utregning gjennom alle sammenhenger ",
                    nn: "«kfl check» tel alle skjerma celler i fila) – eksakt utrekning gjennom alle samanhengar ")
                + nb(
                    "(kjønn, trinn, skoler, kommuner, regioner og ",
                    nn: "(kjønn, trinn, skular, kommunar, regionar og ")
                + nb(
                    "fylket) for antall, sum og kvadratsum, og grenser fra skalaen, de viste tallene og spredningen i det som blir ",
                    nn:
                        "fylket) for tal, sum og kvadratsum, og grenser frå skalaen, dei viste tala og spreiinga i det som blir "
                )
                + nb(
                    "igjen når viste deler trekkes fra en vist sum.",
                    nn: "att når viste delar blir trekte frå ein vist sum.")
        }

        public static func count(_ label: String, _ value: Int) -> String {
            "\(label): \(NorwegianFormat.integer(value))"
        }
        public static var shownSmall: String { nb("Vist med for få svar", nn: "Vist med for få svar") }
        public static var derivable: String { nb("Kan regnes ut eksakt", nn: "Kan reknast ut eksakt") }
        public static func narrowed(_ percent: Int) -> String {
            nb(
                "Snittet kan snevres inn til under \(percent) % av skalaen",
                nn: "Snittet kan snevrast inn til under \(percent) % av skalaen")
        }
        public static var countPinned: String {
            nb("Antallet svar kan låses til én verdi", nn: "Talet på svar kan låsast til éin verdi")
        }
        public static var shareShownExtreme: String {
            nb(
                "Andel eller bånd vist for alle, ingen eller alle unntatt én eller to",
                nn: "Andel eller band vist for alle, ingen eller alle unnateke éin eller to")
        }
        public static var shareDerivable: String {
            nb("Skjermet andel eller bånd kan regnes ut eksakt", nn: "Skjerma andel eller band kan reknast ut eksakt")
        }
        public static var shareNarrowed: String {
            nb(
                "Skjermet andel eller bånd kan snevres inn til én eller to, eller alle unntatt høyst to",
                nn: "Skjerma andel eller band kan snevrast inn til éin eller to, eller alle unnateke høgst to")
        }

        public static func narrowest(place: String, share: Double) -> String {
            nb(
                "Smaleste grense for en skjult gruppe: \(NorwegianFormat.decimal(100 * share)) % av skalaen (\(place)).",
                nn:
                    "Smalaste grense for ei skjult gruppe: \(NorwegianFormat.decimal(100 * share)) % av skalaen (\(place))."
            )
        }

        public static func finding(_ problem: PrivacyAudit.Problem, place: String) -> String {
            switch problem {
            case .shownSmall: return nb("  vist med for få svar: \(place)", nn: "  vist med for få svar: \(place)")
            case .derivable: return nb("  kan regnes ut: \(place)", nn: "  kan reknast ut: \(place)")
            case .narrowed(let share):
                return nb(
                    "  snevres inn til \(NorwegianFormat.decimal(100 * share)) % av skalaen: \(place)",
                    nn: "  blir snevra inn til \(NorwegianFormat.decimal(100 * share)) % av skalaen: \(place)")
            case .countPinned:
                return nb("  antallet svar kan låses: \(place)", nn: "  talet på svar kan låsast: \(place)")
            case .shareShownExtreme:
                return nb(
                    "  andel vist for (nesten) alle eller ingen: \(place)",
                    nn: "  andel vist for (nesten) alle eller ingen: \(place)")
            case .shareDerivable:
                return nb("  andel kan regnes ut: \(place)", nn: "  andel kan reknast ut: \(place)")
            case .shareNarrowed:
                return nb("  andel kan snevres inn: \(place)", nn: "  andel kan snevrast inn: \(place)")
            }
        }

        public static func moreFindings(_ count: Int) -> String {
            nb("  … og \(NorwegianFormat.integer(count)) til.", nn: "  … og \(NorwegianFormat.integer(count)) til.")
        }

        public static func conflicts(_ count: Int) -> String {
            nb(
                "Advarsel: \(NorwegianFormat.integer(count)) celler har ulike tall i filene. De er ikke laget av de samme ",
                nn:
                    "Åtvaring: \(NorwegianFormat.integer(count)) celler har ulike tal i filene. Dei er ikkje laga av dei same "
            )
                + nb(
                    "dataene, og sjekken ser bare det første tallet.",
                    nn: "dataa, og sjekken ser berre det første talet.")
        }

        /// What `kfl check` adds about privacy: the share hidden, why no reason is stored,
        /// the rule, and for an extract what it keeps.
        public static func checkLines(
            cells: Int, hidden: Int, rule: ProtectionRule, extract: SnapshotExtractInfo?
        ) -> [String] {
            var lines = [
                nb(
                    "Skjult: \(NorwegianFormat.integer(hidden)) av \(NorwegianFormat.integer(cells)) celler i fila ",
                    nn: "Skjult: \(NorwegianFormat.integer(hidden)) av \(NorwegianFormat.integer(cells)) celler i fila "
                )
                    + nb(
                        "(\(NorwegianFormat.percent(hidden, of: cells))). Fila sier ikke hvorfor hver celle er skjult – at en skjult ",
                        nn:
                            "(\(NorwegianFormat.percent(hidden, of: cells))). Fila seier ikkje kvifor kvar celle er skjult – at ei skjult "
                    )
                    + nb(
                        "gruppe er stor, ville snevre inn de andre; importen skrev fordelingen da fila ble laget.",
                        nn: "gruppe er stor, ville snevre inn dei andre; importen skreiv fordelinga då fila vart laga."),
                nb(
                    "Vern: en skjult gruppe under \(rule.minimumN) svar kan ikke snevres inn til under \(rule.protectionPercent) % av ",
                    nn:
                        "Vern: ei skjult gruppe under \(rule.minimumN) svar kan ikkje snevrast inn til under \(rule.protectionPercent) % av "
                )
                    + nb(
                        "skalaen («kfl check --personvern» angriper fila og sjekker det).",
                        nn: "skalaen («kfl check --personvern» angrip fila og sjekkar det)."),
            ]
            if let extract {
                lines.append(
                    nb(
                        "Utdrag: \(extract.scope), fra \(extract.source)",
                        nn: "Utdrag: \(extract.scope), frå \(extract.source)"))
            }
            return lines
        }

        /// What an extract keeps, as stored in it: "kommune 0425 Åsnes", "skole Rognli skole (S123)".
        public static func extractScope(kind: UnitKind, name: String, code: String) -> String {
            nb(
                "\(kind == .school ? "skole" : "kommune") \(kind == .school ? "\(name) (\(code))" : "\(code) \(name)")",
                nn:
                    "\(kind == .school ? "skule" : "kommune") \(kind == .school ? "\(name) (\(code))" : "\(code) \(name)")"
            )
        }
        public static func extractOf(file: String, createdAt: String) -> String {
            nb("\(file), laget \(createdAt)", nn: "\(file), laga \(createdAt)")
        }
        public static func extractDone(path: String, scope: String, source: String, units: Int, cells: Int) -> String {
            nb(
                "Skrev \(path): utdrag for \(scope) fra \(source) – \(units) enheter og \(NorwegianFormat.integer(cells)) celler, ",
                nn:
                    "Skreiv \(path): utdrag for \(scope) frå \(source) – \(units) einingar og \(NorwegianFormat.integer(cells)) celler, "
            )
                + nb("med de samme skjulte cellene som kilden.", nn: "med dei same skjulte cellene som kjelda.")
        }
        public static var extractNeedsUnit: String {
            nb(
                "et utdrag gjelder en kommune eller en skole: oppgi --kommune (og eventuelt --skole)",
                nn: "eit utdrag gjeld ein kommune eller ein skule: oppgi --kommune (og eventuelt --skole)")
        }

        public static var safe: String {
            nb(
                "Resultat: trygt – ingen skjult verdi kan regnes ut eller snevres inn mer enn regelen tillater.",
                nn: "Resultat: trygt – ingen skjult verdi kan reknast ut eller snevrast inn meir enn regelen tillèt.")
        }
        public static func unsafe(_ count: Int) -> String {
            nb(
                "Resultat: IKKE trygt – \(NorwegianFormat.integer(count)) \(count == 1 ? "funn" : "funn") over.",
                nn: "Resultat: IKKJE trygt – \(NorwegianFormat.integer(count)) \(count == 1 ? "funn" : "funn") over.")
        }
    }
}
