/// Help and error texts of the command line. Help is kept within 80 columns.
extension Strings {
    public enum CLI {
        public static var version: String { BuildInfo.version }

        public static var overview: String {
            nb(
                """
                kfl – resultater fra Kultur for læring og pedagogisk analyse i terminalen

                Bruk:
                  kfl [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--no-color]
                  kfl <kommando> [valg]

                Uten SNAPSHOT åpnes de innebygde demodataene (syntetiske, bygges første gang).

                Kommandoer:
                  import     Les svar-CSV og lag et resultatsnapshot med personvern
                  demo       Lag et syntetisk demofylke (CSV og snapshot)
                  check      Kontroller et snapshot (--personvern: angrip det som en inntrenger)
                  extract    Lag et utdrag for en kommune eller skole fra et snapshot
                  show       Skriv ut resultatene for én enhet (tekst, CSV eller JSON)
                  analyse    List, eksporter og importer pedagogiske analyser

                Valg:
                  --kommune NAVN   Åpne i en kommune
                  --skole NAVN     Åpne på en skole
                  --workbook FIL   Arbeidsboka med analyser (standard i datamappen din)
                  --no-color       Ingen farger (NO_COLOR virker også)
                  --sprak SPRÅK    nb (bokmål) eller nn (nynorsk); ellers KFL_SPRAK, LANG
                  --debug          Vis tekniske detaljer når noe feiler (for feilsøking)
                  -h, --help       Vis denne hjelpen
                  --version        Vis versjonen

                Se «kfl <kommando> --help» for hver kommando.
                """,
                nn: """
                    kfl – resultat frå Kultur for læring og pedagogisk analyse i terminalen

                    Bruk:
                      kfl [SNAPSHOT] [--kommune NAMN] [--skole NAMN] [--no-color]
                      kfl <kommando> [val]

                    Utan SNAPSHOT opnar kfl dei innebygde demodataa (syntetiske, dei blir
                    laga første gong).

                    Kommandoar:
                      import     Les svar-CSV og lag eit resultatsnapshot med personvern
                      demo       Lag eit syntetisk demofylke (CSV og snapshot)
                      check      Kontroller eit snapshot (--personvern: angrip det sjølv)
                      extract    Lag eit utdrag for ein kommune eller skule frå eit snapshot
                      show       Skriv ut resultata for éi eining (tekst, CSV eller JSON)
                      analyse    List opp, eksporter og importer pedagogiske analysar

                    Val:
                      --kommune NAMN   Opne i ein kommune
                      --skole NAMN     Opne på ein skule
                      --workbook FIL   Arbeidsboka med analysar (standard i datamappa di)
                      --no-color       Ingen fargar (NO_COLOR verkar òg)
                      --sprak SPRÅK    nb (bokmål) eller nn (nynorsk); elles KFL_SPRAK, LANG
                      --debug          Vis tekniske detaljar når noko feilar (for feilsøking)
                      -h, --help       Vis denne hjelpa
                      --version        Vis versjonen

                    Sjå «kfl <kommando> --help» for kvar kommando.
                    """)
        }

        public static var importHelp: String {
            let (minN, width) = (PrivacyThreshold.defaultMinimumN, ProtectionRule.standard.protectionPercent)
            return nb(
                """
                kfl import – les svar-CSV og lag et resultatsnapshot

                Bruk:
                  kfl import CSV... -o SNAPSHOT [--geografi FIL [--navn NAVN]]
                             [--min-n N] [--source TEKST]

                Leser anonyme svar på respondentnivå (én rad per respondent) fra én eller
                flere CSV-filer, kontrollerer hvert felt, regner ut resultater for fylke,
                region, kommune, skole og trinn, og skjermer små grupper før noe lagres.
                Snapshotet skrives til en midlertidig fil og flyttes på plass til slutt:
                ved feil skrives ingenting, og et eksisterende snapshot blir stående.

                Uten --geografi gjelder Hedmarks 22 kommuner (før 2020). Med --geografi
                leses kommunene fra en CSV-fil med kolonnene kommunenummer;kommune;
                region;fylke, én kommune per linje. Ett fylke: regionene er nivået under
                fylket. Flere fylker: fylkene er nivået under toppen.

                Valg:
                  -o, --output SNAPSHOT  Filen som skal lages (påkrevd)
                  --geografi FIL         Kommuner, regioner og fylker (standard: Hedmark)
                  --navn NAVN            Navnet på toppen når FIL har flere fylker
                                         (standard: fylkene, eller «11 fylker»)
                  --min-n N              Færre svar enn dette vises aldri (standard \(minN))
                  --protection P         Et skjult snitt holdes minst P % av skalaen bredt
                                         (standard \(width); se README, Personvern)
                  --source TEKST         Kilde som lagres i snapshotet (standard: filnavnene)
                  -h, --help             Vis denne hjelpen

                Filformatet står i README.md.
                """,
                nn: """
                    kfl import – les svar-CSV og lag eit resultatsnapshot

                    Bruk:
                      kfl import CSV... -o SNAPSHOT [--geografi FIL [--navn NAMN]]
                                 [--min-n N] [--source TEKST]

                    Les anonyme svar på respondentnivå (éi rad per respondent) frå éi eller
                    fleire CSV-filer, kontrollerer kvart felt, reknar ut resultat for fylke,
                    region, kommune, skule og trinn, og skjermar små grupper før noko blir
                    lagra. Snapshotet blir skrive til ei mellombels fil og flytta på plass
                    til slutt: ved feil blir ingenting skrive, og eit snapshot som finst frå
                    før, blir ståande.

                    Utan --geografi gjeld dei 22 kommunane i Hedmark (før 2020). Med
                    --geografi blir kommunane lesne frå ei CSV-fil med kolonnane
                    kommunenummer;kommune;region;fylke, éin kommune per linje. Eitt fylke:
                    regionane er nivået under fylket. Fleire fylke: fylka er nivået under
                    toppen.

                    Val:
                      -o, --output SNAPSHOT  Fila som skal lagast (påkravd)
                      --geografi FIL         Kommunar, regionar og fylke (standard: Hedmark)
                      --navn NAMN            Namnet på toppen når FIL har fleire fylke
                                             (standard: fylka, eller «11 fylke»)
                      --min-n N              Færre svar enn dette blir aldri viste (standard \(minN))
                      --protection P         Eit skjult snitt blir halde minst P % av skalaen breitt
                                             (standard \(width); sjå README, Personvern)
                      --source TEKST         Kjelde som blir lagra i snapshotet (standard: filnamna)
                      -h, --help             Vis denne hjelpa

                    Filformatet står i README.md.
                    """)
        }

        public static var demoHelp: String {
            let (minN, width) = (PrivacyThreshold.defaultMinimumN, ProtectionRule.standard.protectionPercent)
            return nb(
                """
                kfl demo – lag et syntetisk demofylke

                Bruk:
                  kfl demo -o SNAPSHOT [--csv MAPPE] [--seed N] [--scale county|national]

                Lager oppdiktede svar for Hedmarks 22 kommuner (omtrent 120 oppdiktede
                skoler, alle seks respondentgrupper, 2016, 2018 og 2020) fra et fast frø,
                og kjører dem gjennom den samme importen som ekte data. Snapshotet merkes
                som syntetiske demodata.

                Valg:
                  -o, --output SNAPSHOT  Filen som skal lages (påkrevd)
                  --csv MAPPE            Behold svar-CSV-ene og geografi.csv i denne mappen
                  --seed N               Frø for tilfeldighetene (standard 2016)
                  --scale SKALA          county (standard) eller national (hele Norge)
                  --min-n N              Færre svar enn dette vises aldri (standard \(minN))
                  --protection P         Et skjult snitt holdes minst P % av skalaen bredt
                                         (standard \(width); se README, Personvern)
                  -h, --help             Vis denne hjelpen
                """,
                nn: """
                    kfl demo – lag eit syntetisk demofylke

                    Bruk:
                      kfl demo -o SNAPSHOT [--csv MAPPE] [--seed N] [--scale county|national]

                    Lagar oppdikta svar for dei 22 kommunane i Hedmark (om lag 120 oppdikta
                    skular, alle seks respondentgruppene, 2016, 2018 og 2020) frå eit fast
                    frø, og køyrer dei gjennom den same importen som ekte data. Snapshotet
                    blir merkt som syntetiske demodata.

                    Val:
                      -o, --output SNAPSHOT  Fila som skal lagast (påkravd)
                      --csv MAPPE            Ta vare på svar-CSV-ane og geografi.csv i denne mappa
                      --seed N               Frø for tilfeldigheitene (standard 2016)
                      --scale SKALA          county (standard) eller national (heile Noreg)
                      --min-n N              Færre svar enn dette blir aldri viste (standard \(minN))
                      --protection P         Eit skjult snitt blir halde minst P % av skalaen breitt
                                             (standard \(width); sjå README, Personvern)
                      -h, --help             Vis denne hjelpa
                    """)
        }

        public static var checkHelp: String {
            nb(
                """
                kfl check – kontroller et snapshot

                Bruk:
                  kfl check SNAPSHOT
                  kfl check --personvern SNAPSHOT [FLERE.sqlite …]

                Åpner filen skrivebeskyttet og forteller skjemaversjon, om filen er hel,
                antall enheter og celler, hvor mange som er skjult, min_n og om det er
                demodata.

                Med --personvern angripes filene som en som har alle sammen ville gjort:
                kan noen skjult verdi regnes ut, eller snevres inn mer enn regelen i
                filen tillater? Enheter i ulike filer kobles på kommunenummer og
                skole-id. Avslutter med 0 bare når ingenting kan regnes ut og ingen
                grense er smalere enn regelen, ellers med 1.

                Valg:
                  --personvern  Personvernsjekk av én eller flere filer sammen
                  -h, --help    Vis denne hjelpen
                """,
                nn: """
                    kfl check – kontroller eit snapshot

                    Bruk:
                      kfl check SNAPSHOT
                      kfl check --personvern SNAPSHOT [FLEIRE.sqlite …]

                    Opnar fila skriveverna og fortel skjemaversjon, om fila er heil,
                    talet på einingar og celler, kor mange som er skjulte, min_n og om
                    det er demodata.

                    Med --personvern blir filene angripne slik ein som har alle saman,
                    ville gjort: kan nokon skjult verdi reknast ut, eller snevrast inn meir
                    enn regelen i fila tillèt? Einingar i ulike filer blir kopla på
                    kommunenummer og skule-id. Avsluttar med 0 berre når ingenting kan
                    reknast ut og ingen grense er smalare enn regelen, elles med 1.

                    Val:
                      --personvern  Personvernsjekk av éi eller fleire filer saman
                      -h, --help    Vis denne hjelpa
                    """)
        }

        public static var extractHelp: String {
            nb(
                """
                kfl extract – lag et utdrag for en kommune eller en skole

                Bruk:
                  kfl extract SNAPSHOT --kommune NAVN [--skole NAVN] -o UTDRAG

                Lager et snapshot med kommunen (eller skolen), enhetene under den og
                regionen og fylket over den til sammenligning. Cellene kopieres som de
                er – de samme tallene og de samme skjulte cellene – så snapshotet og alle
                utdragene fra det viser til sammen ikke mer enn snapshotet alene.

                Del utdrag, aldri egne importer av overlappende data: en egen import av
                én kommunes svar viser kommunens summer, som i fylkets snapshot kan være
                skjult for å verne en nabo, og de to filene sammen avslører små grupper.

                Valg:
                  --kommune NAVN         Kommunen (navn eller kommunenummer, påkrevd)
                  --skole NAVN           Bare denne skolen i kommunen
                  -o, --output UTDRAG    Filen som skal lages (påkrevd)
                  -h, --help             Vis denne hjelpen
                """,
                nn: """
                    kfl extract – lag eit utdrag for ein kommune eller ein skule

                    Bruk:
                      kfl extract SNAPSHOT --kommune NAMN [--skole NAMN] -o UTDRAG

                    Lagar eit snapshot med kommunen (eller skulen), einingane under han og
                    regionen og fylket over han til samanlikning. Cellene blir kopierte
                    som dei er – dei same tala og dei same skjulte cellene – så snapshotet
                    og alle utdraga frå det viser til saman ikkje meir enn snapshotet åleine.

                    Del utdrag, aldri eigne importar av overlappande data: ein eigen import
                    av svara frå éin kommune viser summane for kommunen, som i snapshotet
                    for fylket kan vere skjulte for å verne ein nabo, og dei to filene
                    saman avslører små grupper.

                    Val:
                      --kommune NAMN         Kommunen (namn eller kommunenummer, påkravd)
                      --skole NAMN           Berre denne skulen i kommunen
                      -o, --output UTDRAG    Fila som skal lagast (påkravd)
                      -h, --help             Vis denne hjelpa
                    """)
        }

        // Errors (stderr). Usage errors end with a pointer to --help.
        /// Control characters in the message (from a path or a value) are shown escaped.
        public static func error(_ message: String) -> String {
            nb("Feil: \(ControlCharacters.escaped(message))", nn: "Feil: \(ControlCharacters.escaped(message))")
        }
        /// The raw text of an error under `--debug`: the only place it is shown.
        public static func debugLine(_ raw: String) -> String {
            nb("debug: \(ControlCharacters.escaped(raw))", nn: "debug: \(ControlCharacters.escaped(raw))")
        }
        public static func usageHint(_ command: String?) -> String {
            nb(
                "Se «kfl\(command.map { " \($0)" } ?? "") --help».",
                nn: "Sjå «kfl\(command.map { " \($0)" } ?? "") --help».")
        }
        public static func unknownCommand(_ name: String, suggestion: String?) -> String {
            nb("ukjent kommando «\(name)»", nn: "ukjend kommando «\(name)»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
        }
        public static func unknownOption(_ name: String, suggestion: String?) -> String {
            nb("ukjent valg «\(name)»", nn: "ukjent val «\(name)»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
        }
        public static func missingValue(_ option: String) -> String {
            nb("valget «\(option)» trenger en verdi", nn: "valet «\(option)» treng ein verdi")
        }
        public static func invalidValue(_ value: String, option: String, expected: String) -> String {
            nb(
                "ugyldig verdi «\(value)» for «\(option)»: \(expected)",
                nn: "ugyldig verdi «\(value)» for «\(option)»: \(expected)")
        }
        public static func unknownLanguage(_ value: String, source: String) -> String {
            nb(
                "ukjent språk «\(value)» i \(source): bruk nb (bokmål) eller nn (nynorsk)",
                nn: "ukjent språk «\(value)» i \(source): bruk nb (bokmål) eller nn (nynorsk)")
        }
        public static func missingOption(_ option: String) -> String {
            nb("mangler \(option)", nn: "manglar \(option)")
        }
        public static var missingCSV: String { nb("oppgi minst én CSV-fil", nn: "oppgi minst éi CSV-fil") }
        public static func unexpectedArgument(_ value: String) -> String {
            nb("uventet argument «\(value)»", nn: "uventa argument «\(value)»")
        }
        public static var wholeNumberAtLeast1: String {
            nb("må være et helt tall fra 1 og oppover", nn: "må vere eit heilt tal frå 1 og oppover")
        }
        public static var scaleValues: String { nb("bruk county eller national", nn: "bruk county eller national") }

        public static func snapshotMissing(_ path: String) -> String {
            nb("finner ikke snapshotet \(path)", nn: "finn ikkje snapshotet \(path)")
        }
        public static func notASnapshot(_ path: String) -> String {
            nb(
                "\(path) er ikke et kfl-snapshot. Lag et med «kfl import» eller «kfl demo»",
                nn: "\(path) er ikkje eit kfl-snapshot. Lag eitt med «kfl import» eller «kfl demo»")
        }
        public static func damagedSnapshot(_ path: String) -> String {
            nb(
                "\(path) er skadet eller avkortet. Lag snapshotet på nytt med «kfl import» eller «kfl demo»",
                nn: "\(path) er skadd eller avkorta. Lag snapshotet på nytt med «kfl import» eller «kfl demo»")
        }
        /// The gist first: in the browser's status line only the start may show.
        public static func invalidCell(_ path: String, problem: String) -> String {
            nb("snapshotet har ugyldig innhold: \(problem). ", nn: "snapshotet har ugyldig innhald: \(problem). ")
                + nb(
                    "Se alle feil med «kfl check \(path)», og lag snapshotet på nytt",
                    nn: "Sjå alle feila med «kfl check \(path)», og lag snapshotet på nytt")
        }
        public static func invalidSnapshot(_ path: String, first: String, more: Int) -> String {
            nb(
                "\(path) har innhold kfl ikke kan bruke: \(first)",
                nn: "\(path) har innhald kfl ikkje kan bruke: \(first)")
                + (more > 0
                    ? nb(
                        " (og \(more) feil til; se «kfl check \(path)»)",
                        nn: " (og \(more) feil til; sjå «kfl check \(path)»)") : "")
                + nb(
                    ". Lag snapshotet på nytt med «kfl import» eller «kfl demo»",
                    nn: ". Lag snapshotet på nytt med «kfl import» eller «kfl demo»")
        }
        public static func newerSchema(_ path: String, found: Int, supported: Int) -> String {
            nb(
                "\(path) er laget av en nyere kfl (skjemaversjon \(found); denne versjonen leser til og med \(supported)). Oppdater kfl",
                nn:
                    "\(path) er laga av ein nyare kfl (skjemaversjon \(found); denne versjonen les til og med \(supported)). Oppdater kfl"
            )
        }
        public static func olderSchema(_ path: String, found: Int) -> String {
            nb(
                "\(path) er laget av en eldre kfl (skjemaversjon \(found)) med svakere personvern: den sier hvilke skjulte grupper ",
                nn:
                    "\(path) er laga av ein eldre kfl (skjemaversjon \(found)) med svakare personvern: han seier kva skjulte grupper "
            )
                + nb(
                    "som er små, og skjuler for lite. Lag snapshotet på nytt fra svar-CSV-ene med «kfl import»",
                    nn: "som er små, og skjuler for lite. Lag snapshotet på nytt frå svar-CSV-ane med «kfl import»")
        }
        public static func workbookNotSnapshot(_ path: String) -> String {
            nb(
                "\(path) er en arbeidsbok med analyser, ikke et resultatsnapshot",
                nn: "\(path) er ei arbeidsbok med analysar, ikkje eit resultatsnapshot")
        }
        public static func cannotWrite(_ path: String, reason: String) -> String {
            nb("kan ikke skrive \(path): \(reason)", nn: "kan ikkje skrive \(path): \(reason)")
        }
        public static func cannotRead(_ path: String, reason: String) -> String {
            nb("kan ikke lese \(path): \(reason)", nn: "kan ikkje lese \(path): \(reason)")
        }
        public static func importFailed(count: Int) -> String {
            count == 1
                ? nb("importen stoppet på grunn av 1 feil", nn: "importen stoppa på grunn av 1 feil")
                : nb("importen stoppet på grunn av \(count) feil", nn: "importen stoppa på grunn av \(count) feil")
        }
        public static func importDone(path: String, respondents: Int, schools: Int, rounds: [Int]) -> String {
            nb(
                "Skrev \(path): \(NorwegianFormat.integer(respondents)) svar fra \(schools) \(schools == 1 ? "skole" : "skoler"), \(Strings.list(rounds.map(String.init))).",
                nn:
                    "Skreiv \(path): \(NorwegianFormat.integer(respondents)) svar frå \(schools) \(schools == 1 ? "skule" : "skular"), \(Strings.list(rounds.map(String.init)))."
            )
        }
        public static func suppressionSummary(cells: Int, tooFew: Int, protecting: Int, rule: ProtectionRule) -> String
        {
            let hidden = NorwegianFormat.integer(tooFew + protecting)
            let share = NorwegianFormat.percent(tooFew + protecting, of: cells)
            let (all, few, others) = (
                NorwegianFormat.integer(cells), NorwegianFormat.integer(tooFew), NorwegianFormat.integer(protecting)
            )
            return nb(
                "\(all) celler; skjermet \(hidden) (\(share)): \(few) med færre enn \(rule.minimumN) svar og \(others) for å beskytte dem mot utregning og mot innsnevring til under \(rule.protectionPercent) % av skalaen.",
                nn:
                    "\(all) celler; skjerma \(hidden) (\(share)): \(few) med færre enn \(rule.minimumN) svar og \(others) for å verne dei mot utrekning og mot innsnevring til under \(rule.protectionPercent) % av skalaen."
            )
        }
        public static var percentValues: String {
            nb(
                "bruk et helt tall fra 0 til 100 (prosent av skalaen)",
                nn: "bruk eit heilt tal frå 0 til 100 (prosent av skalaen)")
        }
        public static func demoCSVKept(_ path: String, files: Int) -> String {
            nb("La \(files) CSV-filer i \(path).", nn: "La \(files) CSV-filer i \(path).")
        }
        /// How to import the kept demo files again, by hand.
        public static func demoReimport(_ path: String, geography: String, topName: String?) -> String {
            nb(
                "Importer dem selv med: kfl import \(path)/*.csv --geografi \(path)/\(geography)",
                nn: "Importer dei sjølv med: kfl import \(path)/*.csv --geografi \(path)/\(geography)")
                + (topName.map { nb(" --navn \($0)", nn: " --navn \($0)") } ?? "")
                + nb(" -o SNAPSHOT", nn: " -o SNAPSHOT")
        }
        public static var nameNeedsGeography: String {
            nb("--navn gjelder bare sammen med --geografi FIL", nn: "--navn gjeld berre saman med --geografi FIL")
        }
        /// The source recorded in a demo snapshot.
        public static func demoSource(scale: String, seed: UInt64) -> String {
            nb(
                "kfl demo: syntetiske data for \(scale), frø \(seed)",
                nn: "kfl demo: syntetiske data for \(scale), frø \(seed)")
        }
        public static func buildingDemo(_ path: String) -> String {
            nb("Bygger demodata i \(path) (første gang) …", nn: "Byggjer demodata i \(path) (første gong) …")
        }
    }
}

extension Strings.CLI {
    public static var notATerminal: String {
        nb(
            "kfl trenger en terminal for å vise resultatene, men inn- eller utdata er omdirigert. Bruk «kfl show» for utskrift.",
            nn:
                "kfl treng ein terminal for å vise resultata, men inn- eller utdata er omdirigerte. Bruk «kfl show» for utskrift."
        )
    }
    public static func unknownTerminal(_ term: String?) -> String {
        nb(
            "terminaltypen «\(term ?? "")» er ukjent (TERM). Prøv for eksempel TERM=xterm-256color, eller bruk «kfl show».",
            nn:
                "terminaltypen «\(term ?? "")» er ukjend (TERM). Prøv til dømes TERM=xterm-256color, eller bruk «kfl show»."
        )
    }
    public static func unsupportedTerminal(_ term: String?) -> String {
        nb(
            "terminalen «\(term ?? "")» kan ikke vise et fullskjermprogram. Bruk en vanlig terminal, eller «kfl show» for utskrift.",
            nn:
                "terminalen «\(term ?? "")» kan ikkje vise eit fullskjermprogram. Bruk ein vanleg terminal, eller «kfl show» for utskrift."
        )
    }
    public static func unknownUnit(kind: String, name: String, suggestion: String?) -> String {
        nb("fant ingen \(kind) som heter «\(name)»", nn: "fann ingen \(kind) som heiter «\(name)»")
            + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
    }
    /// Several units match a name: each with where it is, and how to choose.
    public static func ambiguousUnit(kind: UnitKind, name: String, candidates: [String]) -> String {
        let plural = kind == .school ? nb("skoler", nn: "skular") : nb("kommuner", nn: "kommunar")
        let hint =
            kind == .school
            ? nb("Oppgi --kommune NAVN sammen med --skole.", nn: "Oppgi --kommune NAMN saman med --skole.")
            : nb("Oppgi kommunenummeret.", nn: "Oppgi kommunenummeret.")
        return nb(
            "\(candidates.count) \(plural) passer til «\(name)»: ",
            nn: "\(candidates.count) \(plural) passar til «\(name)»: ")
            + "\(Strings.list(candidates)). \(hint)"
    }
    /// "Svalåsen barneskole (Åsnes kommune, 0425-03)".
    public static func candidate(_ name: String, code: String, place: String) -> String {
        place.isEmpty ? "\(name) (\(code))" : "\(name) (\(place), \(code))"
    }
    public static var demoBuildFailed: String { nb("kunne ikke bygge demodataene", nn: "kunne ikkje byggje demodataa") }
}

extension Strings.CLI {
    public static var showHelp: String {
        nb(
            """
            kfl show – skriv ut resultatene for én enhet

            Bruk:
              kfl show [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--trinn N]
                       [--gruppe GRUPPE] [--tidspunkt ÅR|alle] [--kjonn alle|gutter|jenter]
                       [--endring FRA-TIL] [--kull samme-trinn|samme-klasse]
                       [--kjonnsforskjell] [--tema TEMA|alle] [--skiller-seg-ut]
                       [--format tekst|csv|json]

            Viser hver faktor for enheten med fylkets (og kommunens) gjennomsnitt, n og
            om forskjellen er klar – de samme tallene som i kfl. En skole sammenlignes
            også med resten av kommunen. Uten --kommune og --skole vises hele fylket.
            Uten SNAPSHOT brukes demodataene.

            Valg:
              --kommune NAVN     Kommunen (navn eller kommunenummer)
              --skole NAVN       Skolen (i kommunen, om den er gitt)
              --trinn N          Ett trinn (1–10); 0 eller utelatt er alle trinn
              --gruppe GRUPPE    Respondentgruppe: elev14, elev510, kontaktlaerer,
                                 laerer, foreldre, skoleleder (eller navnet)
              --tidspunkt ÅR     2016, 2018 eller 2020 (standard: det siste); alle viser
                                 hvert tidspunkt side om side, med fylket, og endringen
                                 fra forrige tidspunkt
              --kjonn KJØNN      alle (standard), gutter eller jenter
              --endring FRA-TIL  Endringen mellom to tidspunkt, f.eks. 2016-2020
              --kull KULL        samme-trinn (samme trinn, nye elever) eller samme-klasse
                                 (samme klasse, ett trinn lenger fram hvert år); krever
                                 --trinn, og --tidspunkt sier når klassen gikk der
              --kjonnsforskjell  Gutter mot jenter for hver faktor, med fylkets
                                 forskjell og forskjellen ved hvert tidspunkt
              --tema TEMA        Ett tema (for eksempel uro_og_atferd) eller alle: hver
                                 respondentgruppes faktorer mot fylkets verdi for samme
                                 gruppe, hver på sin skala, med endringen siden forrige
                                 tidspunkt (alle trinn og begge kjønn)
              --skiller-seg-ut   Hva skiller seg ut: faktorene i alle grupper som er
                                 klart bedre eller svakere enn fylket eller klart endret,
                                 ordnet etter vurdering, ikke etter størrelse
              --format FORMAT    tekst (standard), csv (semikolon, desimalkomma) eller json
              -h, --help         Vis denne hjelpen

            Endringer, kull og forskjeller vurderes med to-utvalgsregelen: klart bedre
            eller svakere krever d ≥ 0,2 og et 95 %-intervall for forskjellen som ikke
            omfatter 0. Undersøkelsen er anonym, så et kull er samme klasse, ikke de
            samme elevene.
            """,
            nn: """
                kfl show – skriv ut resultata for éi eining

                Bruk:
                  kfl show [SNAPSHOT] [--kommune NAMN] [--skole NAMN] [--trinn N]
                           [--gruppe GRUPPE] [--tidspunkt ÅR|alle] [--kjonn alle|gutar|jenter]
                           [--endring FRÅ-TIL] [--kull same-trinn|same-klasse]
                           [--kjonnsforskjell] [--tema TEMA|alle] [--skiller-seg-ut]
                           [--format tekst|csv|json]

                Viser kvar faktor for eininga med gjennomsnittet i fylket (og kommunen), n
                og om skilnaden er klar – dei same tala som i kfl. Ein skule blir òg
                samanlikna med resten av kommunen. Utan --kommune og --skole blir heile
                fylket vist. Utan SNAPSHOT blir demodataa brukte.

                Val:
                  --kommune NAMN     Kommunen (namn eller kommunenummer)
                  --skole NAMN       Skulen (i kommunen, om han er gitt)
                  --trinn N          Eitt trinn (1–10); 0 eller utelate er alle trinn
                  --gruppe GRUPPE    Respondentgruppe: elev14, elev510, kontaktlaerer,
                                     laerer, foreldre, skoleleder (eller namnet)
                  --tidspunkt ÅR     2016, 2018 eller 2020 (standard: det siste); alle viser
                                     kvart tidspunkt side om side, med fylket, og endringa
                                     frå førre tidspunkt
                  --kjonn KJØNN      alle (standard), gutar eller jenter
                  --endring FRÅ-TIL  Endringa mellom to tidspunkt, til dømes 2016-2020
                  --kull KULL        same-trinn (same trinn, nye elevar) eller same-klasse
                                     (same klasse, eitt trinn lenger fram kvart år); krev
                                     --trinn, og --tidspunkt seier når klassen gjekk der
                  --kjonnsforskjell  Gutar mot jenter for kvar faktor, med skilnaden i
                                     fylket og skilnaden ved kvart tidspunkt
                  --tema TEMA        Eitt tema (til dømes uro_og_atferd) eller alle: faktorane
                                     til kvar respondentgruppe mot verdien i fylket for same
                                     gruppe, kvar på sin skala, med endringa sidan førre
                                     tidspunkt (alle trinn og begge kjønn)
                  --skiller-seg-ut   Kva som skil seg ut: faktorane i alle grupper som er
                                     klart betre eller svakare enn fylket eller klart endra,
                                     ordna etter vurdering, ikkje etter storleik
                  --format FORMAT    tekst (standard), csv (semikolon, desimalkomma) eller json
                  -h, --help         Vis denne hjelpa

                Endringar, kull og skilnader blir vurderte med to-utvalsregelen: klart betre
                eller svakare krev d ≥ 0,2 og eit 95 %-intervall for skilnaden som ikkje
                omfattar 0. Undersøkinga er anonym, så eit kull er same klasse, ikkje dei
                same elevane.
                """)
    }
    public static var trinnValues: String {
        nb(
            "bruk et trinn fra 1 til 10, eller 0 for alle trinn",
            nn: "bruk eit trinn frå 1 til 10, eller 0 for alle trinn")
    }
    public static var roundValues: String {
        nb("bruk et årstall, for eksempel 2020", nn: "bruk eit årstal, til dømes 2020")
    }
    public static var genderValues: String { nb("bruk alle, gutter eller jenter", nn: "bruk alle, gutar eller jenter") }
    public static var formatValues: String { nb("bruk tekst, csv eller json", nn: "bruk tekst, csv eller json") }
    public static var changeValues: String {
        nb("bruk FRA-TIL, for eksempel 2016-2020", nn: "bruk FRÅ-TIL, til dømes 2016-2020")
    }
    public static var changeOrder: String {
        nb(
            "FRA må være et tidligere år enn TIL, for eksempel 2016-2020",
            nn: "FRÅ må vere eit tidlegare år enn TIL, til dømes 2016-2020")
    }
    public static var cohortValues: String {
        nb("bruk samme-trinn eller samme-klasse", nn: "bruk same-trinn eller same-klasse")
    }
    public static var cohortNeedsTrinn: String {
        nb(
            "--kull trenger --trinn: et kull følges for ett trinn (for eksempel --trinn 7)",
            nn: "--kull treng --trinn: eit kull blir følgt for eitt trinn (til dømes --trinn 7)")
    }
    public static func gapStandsAlone(_ other: String) -> String {
        nb(
            "--kjonnsforskjell viser gutter mot jenter for ett tidspunkt og kan ikke brukes sammen med \(other)",
            nn: "--kjonnsforskjell viser gutar mot jenter for eitt tidspunkt og kan ikkje brukast saman med \(other)")
    }
    public static func groupNotSplitByGender(_ group: String) -> String {
        nb(
            "\(group) svarer ikke per kjønn, så det finnes ingen forskjell mellom gutter og jenter å vise",
            nn: "\(group) svarar ikkje per kjønn, så det finst ingen skilnad mellom gutar og jenter å vise")
    }
    public static func unknownGroup(_ name: String, suggestion: String?, available: [String]) -> String {
        nb("ukjent respondentgruppe «\(name)»", nn: "ukjend respondentgruppe «\(name)»")
            + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
            + nb(
                " Tilgjengelig her: \(available.joined(separator: ", "))",
                nn: " Tilgjengeleg her: \(available.joined(separator: ", "))")
    }
    public static func roundNotInSnapshot(_ round: Int, rounds: [Int]) -> String {
        nb(
            "snapshotet har ikke tidspunktet \(round); det har \(Strings.list(rounds.map(String.init)))",
            nn: "snapshotet har ikkje tidspunktet \(round); det har \(Strings.list(rounds.map(String.init)))")
    }
    public static func trinnNotAtUnit(_ trinn: Int, unit: String) -> String {
        nb("\(unit) har ingen resultater for \(trinn). trinn", nn: "\(unit) har ingen resultat for \(trinn). trinn")
    }
    public static func noResults(_ unit: String) -> String {
        nb("ingen resultater for \(unit) med dette utvalget", nn: "ingen resultat for \(unit) med dette utvalet")
    }
}

extension Strings.CLI {
    public static func checkSnapshotLine(_ path: String) -> String { nb("Snapshot: \(path)", nn: "Snapshot: \(path)") }
    public static func checkProblemsHeading(_ count: Int) -> String {
        nb(
            "Innholdet har \(count) feil som kfl ikke kan bruke:",
            nn: "Innhaldet har \(count) feil som kfl ikkje kan bruke:")
    }

    /// What `kfl check` says about a snapshot, line by line.
    public static func checkReport(
        path: String, schemaVersion: Int, supportedVersion: Int, intact: Bool, createdAt: String, source: String,
        isDemo: Bool, county: String, municipalities: Int, schools: Int, rounds: [Int], groups: Int, factors: Int,
        cells: Int, suppressed: Int, minimumN: Int
    ) -> [String] {
        [
            checkSnapshotLine(path),
            nb(
                "Skjemaversjon: \(schemaVersion) (denne kfl leser til og med \(supportedVersion))",
                nn: "Skjemaversjon: \(schemaVersion) (denne kfl les til og med \(supportedVersion))"),
            nb(
                "Hel fil: \(intact ? "ja (integritetskontroll ok)" : "NEI")",
                nn: "Heil fil: \(intact ? "ja (integritetskontroll ok)" : "NEI")"),
            nb("Laget: \(createdAt)", nn: "Laga: \(createdAt)"),
            nb("Kilde: \(source)", nn: "Kjelde: \(source)"),
            nb(
                "Demodata: \(isDemo ? "ja – \(Strings.demoBanner)" : "nei")",
                nn: "Demodata: \(isDemo ? "ja – \(Strings.demoBanner)" : "nei")"),
            nb(
                "Fylke: \(county), \(municipalities) \(municipalities == 1 ? "kommune" : "kommuner"), \(schools) \(schools == 1 ? "skole" : "skoler")",
                nn:
                    "Fylke: \(county), \(municipalities) \(municipalities == 1 ? "kommune" : "kommunar"), \(schools) \(schools == 1 ? "skule" : "skular")"
            ),
            nb(
                "Tidspunkt: \(Strings.list(rounds.map(String.init)))",
                nn: "Tidspunkt: \(Strings.list(rounds.map(String.init)))"),
            nb(
                "Instrument: \(groups) respondentgrupper, \(factors) faktorer",
                nn: "Instrument: \(groups) respondentgrupper, \(factors) faktorar"),
            nb(
                "Celler: \(NorwegianFormat.integer(cells)), skjermet: \(NorwegianFormat.integer(suppressed))",
                nn: "Celler: \(NorwegianFormat.integer(cells)), skjerma: \(NorwegianFormat.integer(suppressed))"),
            nb(
                "min_n: \(minimumN) (færre svar enn dette vises aldri)",
                nn: "min_n: \(minimumN) (færre svar enn dette blir aldri viste)"),
        ]
    }
}

extension Strings.CLI {
    public static var outputIsDirectory: String {
        nb("det er en mappe; oppgi et filnavn", nn: "det er ei mappe; oppgi eit filnamn")
    }
    public static func outputFolderMissing(_ folder: String) -> String {
        nb("mappen \(folder) finnes ikke", nn: "mappa \(folder) finst ikkje")
    }
    public static func outputFolderNotWritable(_ folder: String) -> String {
        nb("du har ikke skrivetilgang til mappen \(folder)", nn: "du har ikkje skrivetilgang til mappa \(folder)")
    }
    public static var outputWriteFailed: String {
        nb(
            "skrivingen feilet (fullt lager eller manglende tilgang?)",
            nn: "skrivinga feila (fullt lager eller manglande tilgang?)")
    }
}

extension Strings.CLI {
    /// The default `source` of an import: the files, shortened when there are many.
    public static func sourceFromFiles(_ names: [String]) -> String {
        names.count <= 3
            ? names.joined(separator: ", ")
            : names.prefix(2).joined(separator: ", ")
                + nb(" og \(names.count - 2) andre CSV-filer", nn: " og \(names.count - 2) andre CSV-filer")
    }
}

extension Strings.CLI {
    public static func groupNotHere(_ group: String, unit: String, trinn: Int, available: [String]) -> String {
        let place = trinn > 0 ? nb("\(unit), \(trinn). trinn", nn: "\(unit), \(trinn). trinn") : unit
        return nb(
            "«\(group)» har ingen resultater for \(place). Tilgjengelig her: \(available.joined(separator: ", "))",
            nn: "«\(group)» har ingen resultat for \(place). Tilgjengeleg her: \(available.joined(separator: ", "))")
    }
}

extension Strings.CLI {
    /// `kfl --version`: the version on the first line (scripts read only that),
    /// then the build and the file formats this build reads.
    public static func versionText(
        commit: String?, snapshotSchema: Int, workbookSchema: Int, workbookMigration: String, bundleVersion: Int
    ) -> String {
        nb(
            """
            kfl \(version)
            Bygg: \(commit.map { "commit \($0.prefix(12))" } ?? "commit ukjent (ikke oppgitt da kfl ble bygget)")
            Snapshot: skjemaversjon \(snapshotSchema) (eldre snapshot lages på nytt med kfl import)
            Arbeidsbok: skjemaversjon \(workbookSchema) (\(workbookMigration)); eldre arbeidsbøker oppgraderes
            Analysepakker (JSON): leser versjon 1–\(bundleVersion), skriver versjon \(bundleVersion)
            """,
            nn: """
                kfl \(version)
                Bygg: \(commit.map { "commit \($0.prefix(12))" } ?? "commit ukjend (ikkje oppgitt då kfl vart bygd)")
                Snapshot: skjemaversjon \(snapshotSchema) (eldre snapshot må lagast på nytt med kfl import)
                Arbeidsbok: skjemaversjon \(workbookSchema) (\(workbookMigration)); eldre arbeidsbøker blir oppgraderte
                Analysepakkar (JSON): les versjon 1–\(bundleVersion), skriv versjon \(bundleVersion)
                """)
    }
}
