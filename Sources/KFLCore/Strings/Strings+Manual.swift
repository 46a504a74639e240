/// The parts of the man page (`kfl.1`) that are not help texts or keymaps:
/// headings, the environment, the files and the exit codes.
extension Strings {
    public enum Manual {
        public static var manualName: String { nb("Kultur for læring", nn: "Kultur for læring") }
        public static var headingName: String { nb("NAVN", nn: "NAMN") }
        public static var headingSynopsis: String { nb("OVERSIKT", nn: "OVERSYN") }
        public static var headingDescription: String { nb("BESKRIVELSE", nn: "SKILDRING") }
        public static var headingOptions: String { nb("VALG", nn: "VAL") }
        public static var headingCommands: String { nb("KOMMANDOER", nn: "KOMMANDOAR") }
        public static var headingKeys: String { nb("TASTER", nn: "TASTAR") }
        public static var headingEnvironment: String { nb("MILJØ", nn: "MILJØ") }
        public static var headingFiles: String { nb("FILER", nn: "FILER") }
        public static var headingExitCodes: String { nb("AVSLUTNINGSKODER", nn: "AVSLUTNINGSKODAR") }
        public static var headingSeeAlso: String { nb("SE OGSÅ", nn: "SJÅ OGSÅ") }
        /// The heading of the options in `kfl --help` (without its colon).
        public static var helpOptionsHeading: String { nb("Valg", nn: "Val") }

        public static var description: [String] {
            [
                nb(
                    "kfl åpner et snapshot av resultatene fra kartleggingsundersøkelsen Kultur for læring, lar rektor gå fra ",
                    nn:
                        "kfl opnar eit snapshot av resultata frå kartleggingsundersøkinga Kultur for læring, lèt rektor gå frå "
                )
                    + nb(
                        "fylket til kommunen, skolen og trinnet, og viser hver faktor mot fylkets (og kommunens) ",
                        nn:
                            "fylket til kommunen, skulen og trinnet, og viser kvar faktor mot gjennomsnittet i fylket (og kommunen) "
                    )
                    + nb(
                        "gjennomsnitt med n og en vurdering: klart bedre, klart svakere eller ingen klar forskjell. Fra hver ",
                        nn: "med n og ei vurdering: klart betre, klart svakare eller ingen klar skilnad. Frå kvar ")
                    + nb(
                        "visning kan ledergruppa starte en pedagogisk analyse etter Thomas Nordahls modell. Alt virker ",
                        nn:
                            "vising kan leiargruppa starte ein pedagogisk analyse etter modellen til Thomas Nordahl. Alt verkar "
                    )
                    + nb("uten nett.", nn: "utan nett."),
                nb(
                    "Ingen skjerm eller utskrift rangerer skoler eller kommuner. Verdier fra færre enn min_n svar ",
                    nn: "Ingen skjerm eller utskrift rangerer skular eller kommunar. Verdiar frå færre enn min_n svar ")
                    + nb(
                        "(standard 7) vises aldri, og heller ikke verdier de kunne regnes ut fra.",
                        nn: "(standard 7) blir aldri viste, og heller ikkje verdiar dei kunne reknast ut frå."),
            ]
        }

        public static var keysIntro: String {
            nb(
                "Tastene er de samme som hjelpen i programmet viser (? eller F1). Hvert skjermbilde har sine egne.",
                nn: "Tastane er dei same som hjelpa i programmet viser (? eller F1). Kvart skjermbilete har sine eigne."
            )
        }
        public static var keysBrowser: String { nb("Resultatvisningen", nn: "Resultatvisinga") }
        public static var keysAnalysisList: String { nb("Listen over analyser (A)", nn: "Lista over analysar (A)") }
        public static var keysAnalysis: String { nb("Pedagogisk analyse (a)", nn: "Pedagogisk analyse (a)") }
        public static func keysStep(_ number: Int, _ title: String) -> String {
            nb("Steg \(number): \(title)", nn: "Steg \(number): \(title)")
        }

        /// The environment variables kfl reads, each with what it does.
        public static var environment: [(names: [String], text: String)] {
            [
                (
                    [nb("KFL_HOME", nn: "KFL_HOME")],
                    nb(
                        "Mappen for arbeidsboka, demo-snapshotet og sist besøkte sted (i stedet for standardmappen).",
                        nn: "Mappa for arbeidsboka, demo-snapshotet og sist vitja stad (i staden for standardmappa).")
                ),
                (
                    [nb("XDG_DATA_HOME", nn: "XDG_DATA_HOME")],
                    nb(
                        "Uten KFL_HOME ligger datamappen i $XDG_DATA_HOME/kfl.",
                        nn: "Utan KFL_HOME ligg datamappa i $XDG_DATA_HOME/kfl.")
                ),
                (
                    [nb("HOME", nn: "HOME")],
                    nb(
                        "Hjemmemappen. E i en analyse lagrer rapporten i dokumentmappen der (se XDG_DOCUMENTS_DIR), ellers i hjemmemappen selv.",
                        nn:
                            "Heimemappa. E i ein analyse lagrar rapporten i dokumentmappa der (sjå XDG_DOCUMENTS_DIR), elles i heimemappa sjølv."
                    )
                ),
                (
                    [nb("XDG_DOCUMENTS_DIR", nn: "XDG_DOCUMENTS_DIR"), nb("XDG_CONFIG_HOME", nn: "XDG_CONFIG_HOME")],
                    nb(
                        "Dokumentmappen E lagrer rapporter i: XDG_DOCUMENTS_DIR, eller den skrivebordet har i $XDG_CONFIG_HOME/user-dirs.dirs (~/.config), ellers ~/Dokumenter eller ~/Documents. Bare en mappe som finnes brukes.",
                        nn:
                            "Dokumentmappa E lagrar rapportar i: XDG_DOCUMENTS_DIR, eller den skrivebordet har i $XDG_CONFIG_HOME/user-dirs.dirs (~/.config), elles ~/Dokumenter eller ~/Documents. Berre ei mappe som finst blir brukt."
                    )
                ),
                (
                    [nb("NO_COLOR", nn: "NO_COLOR")],
                    nb(
                        "Satt og ikke tom: ingen farger (som --no-color). Fet og invertert skrift brukes fortsatt.",
                        nn:
                            "Sett og ikkje tom: ingen fargar (som --no-color). Feit og invertert skrift blir framleis brukt."
                    )
                ),
                (
                    [nb("KFL_DEBUG", nn: "KFL_DEBUG")],
                    nb(
                        "1: skriv den tekniske feilteksten etter meldingen (som --debug).",
                        nn: "1: skriv den tekniske feilteksten etter meldinga (som --debug).")
                ),
                (
                    [nb("KFL_SPRAK", nn: "KFL_SPRAK")],
                    nb(
                        "Språket når --sprak ikke er gitt: nb (bokmål) eller nn (nynorsk).",
                        nn: "Språket når --sprak ikkje er gitt: nb (bokmål) eller nn (nynorsk).")
                ),
                (
                    [nb("COLUMNS", nn: "COLUMNS")],
                    nb(
                        "Bredden kfl show tegner tabeller og søyler for (ellers terminalens bredde, uten grense i en fil eller et rør).",
                        nn:
                            "Breidda kfl show teiknar tabellar og søyler for (elles breidda til terminalen, utan grense i ei fil eller eit røyr)."
                    )
                ),
                (
                    [nb("TERM", nn: "TERM")],
                    nb(
                        "Terminaltypen. En ukjent eller for enkel terminal gir en melding og kode 69.",
                        nn: "Terminaltypen. Ein ukjend eller for enkel terminal gir ei melding og kode 69.")
                ),
                (
                    [
                        nb("LC_ALL", nn: "LC_ALL"), nb("LC_CTYPE", nn: "LC_CTYPE"),
                        nb("LC_MESSAGES", nn: "LC_MESSAGES"), nb("LANG", nn: "LANG"),
                    ],
                    nb(
                        "Tegnsettet: uten UTF-8 brukes ASCII-tegn i stedet for søyler, piler og rammer. Språket når verken --sprak eller KFL_SPRAK er gitt: nn_NO gir nynorsk, alt annet bokmål.",
                        nn:
                            "Teiknsettet: utan UTF-8 blir ASCII-teikn brukte i staden for søyler, piler og rammer. Språket når verken --sprak eller KFL_SPRAK er gitt: nn_NO gir nynorsk, alt anna bokmål."
                    )
                ),
            ]
        }

        /// The files kfl reads and writes, with the default data folder.
        public static var files: [(path: String, text: String)] {
            [
                (
                    nb("~/.local/share/kfl/", nn: "~/.local/share/kfl/"),
                    nb(
                        "Datamappen (macOS: ~/Library/Application Support/kfl/), eller $KFL_HOME.",
                        nn: "Datamappa (macOS: ~/Library/Application Support/kfl/), eller $KFL_HOME.")
                ),
                (
                    nb("~/.local/share/kfl/workbook.sqlite", nn: "~/.local/share/kfl/workbook.sqlite"),
                    nb(
                        "Arbeidsboka med analysene (SQLite). --workbook FIL velger en annen.",
                        nn: "Arbeidsboka med analysane (SQLite). --workbook FIL vel ei anna.")
                ),
                (
                    nb("~/.local/share/kfl/demo.sqlite", nn: "~/.local/share/kfl/demo.sqlite"),
                    nb(
                        "Demo-snapshotet med syntetiske data, bygget første gang det trengs.",
                        nn: "Demo-snapshotet med syntetiske data, bygd første gong det trengst.")
                ),
                (
                    nb("~/.local/share/kfl/state.json", nn: "~/.local/share/kfl/state.json"),
                    nb("Hvor du var sist (enhet og visning).", nn: "Kvar du var sist (eining og vising).")
                ),
                (
                    nb("SNAPSHOT", nn: "SNAPSHOT"),
                    nb(
                        "Et resultatsnapshot (SQLite) laget med kfl import eller kfl demo. Leses, endres aldri.",
                        nn: "Eit resultatsnapshot (SQLite) laga med kfl import eller kfl demo. Blir lese, aldri endra.")
                ),
            ]
        }

        /// What each exit code means, by code.
        public static var exitCodes: [(code: Int32, text: String)] {
            [
                (0, nb("Alt gikk bra.", nn: "Alt gjekk bra.")),
                (
                    1,
                    nb(
                        "Noe feilet underveis (også: avsluttet med tekst som ikke kunne lagres, arbeidsboka låst).",
                        nn: "Noko feila undervegs (òg: avslutta med tekst som ikkje kunne lagrast, arbeidsboka låst).")
                ),
                (
                    64,
                    nb(
                        "Feil i kommandolinjen (ukjent kommando, valg eller navn, -o \"\", -o lik en inndatafil).",
                        nn: "Feil i kommandolinja (ukjend kommando, val eller namn, -o \"\", -o lik ei inndatafil).")
                ),
                (
                    65,
                    nb(
                        "Feil i inndata: ugyldig CSV eller analysepakke, skadet, ugyldig eller nyere snapshot.",
                        nn: "Feil i inndata: ugyldig CSV eller analysepakke, skadd, ugyldig eller nyare snapshot.")
                ),
                (
                    66,
                    nb(
                        "En inndatafil mangler, er ikke en vanlig fil, eller er ikke et kfl-snapshot.",
                        nn: "Ei inndatafil manglar, er ikkje ei vanleg fil, eller er ikkje eit kfl-snapshot.")
                ),
                (69, nb("Ingen terminal å vise programmet i.", nn: "Ingen terminal å vise programmet i.")),
                (73, nb("Utdatafila kan ikke lages.", nn: "Utdatafila kan ikkje lagast.")),
                (
                    130,
                    nb(
                        "Avsluttet med Ctrl-C; alt som var skrevet, ble lagret først.",
                        nn: "Avslutta med Ctrl-C; alt som var skrive, vart lagra først.")
                ),
            ]
        }

        public static var seeAlso: String {
            nb(
                "/usr/share/doc/kfl/README.md (fra make install: PREFIX/share/doc/kfl/README.md): installering, ",
                nn: "/usr/share/doc/kfl/README.md (frå make install: PREFIX/share/doc/kfl/README.md): installering, ")
                + nb(
                    "oppdatering, sikkerhetskopi, filene kfl skriver, filformatene, personvernet og statistikken. ",
                    nn: "oppdatering, tryggingskopi, filene kfl skriv, filformata, personvernet og statistikken. ")
                + nb("sqlite3(1).", nn: "sqlite3(1).")
        }
    }
}
