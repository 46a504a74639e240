/// The parts of the man page (`kfl.1`) that are not help texts or keymaps:
/// headings, the environment, the files and the exit codes.
extension Strings {
    public enum Manual {
        public static let manualName = "Kultur for læring"
        public static let headingName = "NAVN"
        public static let headingSynopsis = "OVERSIKT"
        public static let headingDescription = "BESKRIVELSE"
        public static let headingOptions = "VALG"
        public static let headingCommands = "KOMMANDOER"
        public static let headingKeys = "TASTER"
        public static let headingEnvironment = "MILJØ"
        public static let headingFiles = "FILER"
        public static let headingExitCodes = "AVSLUTNINGSKODER"
        public static let headingSeeAlso = "SE OGSÅ"

        public static let description = [
            "kfl åpner et snapshot av resultatene fra kartleggingsundersøkelsen Kultur for læring, lar rektor gå fra "
                + "fylket til kommunen, skolen og trinnet, og viser hver faktor mot fylkets (og kommunens) "
                + "gjennomsnitt med n og en vurdering: klart bedre, klart svakere eller ingen klar forskjell. Fra hver "
                + "visning kan ledergruppa starte en pedagogisk analyse etter Thomas Nordahls modell. Alt virker "
                + "uten nett.",
            "Ingen skjerm eller utskrift rangerer skoler eller kommuner. Verdier fra færre enn min_n svar "
                + "(standard 7) vises aldri, og heller ikke verdier de kunne regnes ut fra.",
        ]

        public static let keysIntro =
            "Tastene er de samme som hjelpen i programmet viser (? eller F1). Hvert skjermbilde har sine egne."
        public static let keysBrowser = "Resultatvisningen"
        public static let keysAnalysisList = "Listen over analyser (A)"
        public static let keysAnalysis = "Pedagogisk analyse (a)"
        public static func keysStep(_ number: Int, _ title: String) -> String { "Steg \(number): \(title)" }

        /// The environment variables kfl reads, each with what it does.
        public static let environment: [(names: [String], text: String)] = [
            (
                ["KFL_HOME"],
                "Mappen for arbeidsboka, demo-snapshotet og sist besøkte sted (i stedet for standardmappen)."
            ),
            (["XDG_DATA_HOME"], "Uten KFL_HOME ligger datamappen i $XDG_DATA_HOME/kfl."),
            (["NO_COLOR"], "Satt og ikke tom: ingen farger (som --no-color). Fet og invertert skrift brukes fortsatt."),
            (["KFL_DEBUG"], "1: skriv den tekniske feilteksten etter meldingen (som --debug)."),
            (["TERM"], "Terminaltypen. En ukjent eller for enkel terminal gir en melding og kode 69."),
            (
                ["LC_ALL", "LC_CTYPE", "LANG"],
                "Tegnsettet: uten UTF-8 brukes ASCII-tegn i stedet for søyler, piler og rammer."
            ),
        ]

        /// The files kfl reads and writes, with the default data folder.
        public static let files: [(path: String, text: String)] = [
            ("~/.local/share/kfl/", "Datamappen (macOS: ~/Library/Application Support/kfl/), eller $KFL_HOME."),
            (
                "~/.local/share/kfl/workbook.sqlite",
                "Arbeidsboka med analysene (SQLite). --workbook FIL velger en annen."
            ),
            ("~/.local/share/kfl/demo.sqlite", "Demo-snapshotet med syntetiske data, bygget første gang det trengs."),
            ("~/.local/share/kfl/state.json", "Hvor du var sist (enhet og visning)."),
            ("SNAPSHOT", "Et resultatsnapshot (SQLite) laget med kfl import eller kfl demo. Leses, endres aldri."),
        ]

        /// What each exit code means, by code.
        public static let exitCodes: [(code: Int32, text: String)] = [
            (0, "Alt gikk bra."),
            (1, "Noe feilet underveis (også: avsluttet med tekst som ikke kunne lagres, arbeidsboka låst)."),
            (64, "Feil i kommandolinjen (ukjent kommando, valg eller navn, -o \"\", -o lik en inndatafil)."),
            (65, "Feil i inndata: ugyldig CSV eller analysepakke, skadet, ugyldig eller nyere snapshot."),
            (66, "En inndatafil mangler, er ikke en vanlig fil, eller er ikke et kfl-snapshot."),
            (69, "Ingen terminal å vise programmet i."),
            (73, "Utdatafila kan ikke lages."),
        ]

        public static let seeAlso =
            "README.md i kildekoden (filformatene, personvernet og statistikken), sqlite3(1)."
    }
}
