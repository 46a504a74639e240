/// Help and error texts of the command line. Help is kept within 80 columns.
extension Strings {
    public enum CLI {
        public static let version = "0.1.0"

        public static let overview = """
            kfl – resultater fra Kultur for læring og pedagogisk analyse i terminalen

            Bruk:
              kfl [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--no-color]
              kfl <kommando> [valg]

            Uten SNAPSHOT åpnes de innebygde demodataene (syntetiske, bygges første gang).

            Kommandoer:
              import     Les svar-CSV og lag et resultatsnapshot med personvern
              demo       Lag et syntetisk demofylke (CSV og snapshot)
              check      Kontroller et snapshot og vis hva det inneholder
              show       Skriv ut resultatene for én enhet (tekst, CSV eller JSON)
              analyse    List, eksporter og importer pedagogiske analyser

            Valg:
              --kommune NAVN   Åpne i en kommune
              --skole NAVN     Åpne på en skole
              --workbook FIL   Arbeidsboka med analyser (standard i datamappen din)
              --no-color       Ingen farger (NO_COLOR virker også)
              --debug          Vis tekniske detaljer når noe feiler (for feilsøking)
              -h, --help       Vis denne hjelpen
              --version        Vis versjonen

            Se «kfl <kommando> --help» for hver kommando.
            """

        public static let importHelp = """
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
              --min-n N              Færre svar enn dette vises aldri (standard \(PrivacyThreshold.defaultMinimumN))
              --source TEKST         Kilde som lagres i snapshotet (standard: filnavnene)
              -h, --help             Vis denne hjelpen

            Filformatet står i README.md.
            """

        public static let demoHelp = """
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
              --min-n N              Færre svar enn dette vises aldri (standard \(PrivacyThreshold.defaultMinimumN))
              -h, --help             Vis denne hjelpen
            """

        public static let checkHelp = """
            kfl check – kontroller et snapshot

            Bruk:
              kfl check SNAPSHOT

            Åpner filen skrivebeskyttet og forteller skjemaversjon, om filen er hel,
            antall enheter og celler, min_n og om det er demodata.

            Valg:
              -h, --help   Vis denne hjelpen
            """

        // Errors (stderr). Usage errors end with a pointer to --help.
        /// Control characters in the message (from a path or a value) are shown escaped.
        public static func error(_ message: String) -> String { "Feil: \(ControlCharacters.escaped(message))" }
        /// The raw text of an error under `--debug`: the only place it is shown.
        public static func debugLine(_ raw: String) -> String { "debug: \(ControlCharacters.escaped(raw))" }
        public static func usageHint(_ command: String?) -> String {
            "Se «kfl\(command.map { " \($0)" } ?? "") --help»."
        }
        public static func unknownCommand(_ name: String, suggestion: String?) -> String {
            "ukjent kommando «\(name)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
        }
        public static func unknownOption(_ name: String, suggestion: String?) -> String {
            "ukjent valg «\(name)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
        }
        public static func missingValue(_ option: String) -> String { "valget «\(option)» trenger en verdi" }
        public static func invalidValue(_ value: String, option: String, expected: String) -> String {
            "ugyldig verdi «\(value)» for «\(option)»: \(expected)"
        }
        public static func missingOption(_ option: String) -> String { "mangler \(option)" }
        public static let missingCSV = "oppgi minst én CSV-fil"
        public static func unexpectedArgument(_ value: String) -> String { "uventet argument «\(value)»" }
        public static let wholeNumberAtLeast1 = "må være et helt tall fra 1 og oppover"
        public static let scaleValues = "bruk county eller national"

        public static func snapshotMissing(_ path: String) -> String { "finner ikke snapshotet \(path)" }
        public static func notASnapshot(_ path: String) -> String {
            "\(path) er ikke et kfl-snapshot. Lag et med «kfl import» eller «kfl demo»"
        }
        public static func damagedSnapshot(_ path: String) -> String {
            "\(path) er skadet eller avkortet. Lag snapshotet på nytt med «kfl import» eller «kfl demo»"
        }
        /// The gist first: in the browser's status line only the start may show.
        public static func invalidCell(_ path: String, problem: String) -> String {
            "snapshotet har ugyldig innhold: \(problem). "
                + "Se alle feil med «kfl check \(path)», og lag snapshotet på nytt"
        }
        public static func invalidSnapshot(_ path: String, first: String, more: Int) -> String {
            "\(path) har innhold kfl ikke kan bruke: \(first)"
                + (more > 0 ? " (og \(more) feil til; se «kfl check \(path)»)" : "")
                + ". Lag snapshotet på nytt med «kfl import» eller «kfl demo»"
        }
        public static func newerSchema(_ path: String, found: Int, supported: Int) -> String {
            "\(path) er laget av en nyere kfl (skjemaversjon \(found); denne versjonen leser til og med \(supported)). Oppdater kfl"
        }
        public static func workbookNotSnapshot(_ path: String) -> String {
            "\(path) er en arbeidsbok med analyser, ikke et resultatsnapshot"
        }
        public static func cannotWrite(_ path: String, reason: String) -> String { "kan ikke skrive \(path): \(reason)" }
        public static func cannotRead(_ path: String, reason: String) -> String { "kan ikke lese \(path): \(reason)" }
        public static func importFailed(count: Int) -> String {
            count == 1 ? "importen stoppet på grunn av 1 feil" : "importen stoppet på grunn av \(count) feil"
        }
        public static func importDone(path: String, respondents: Int, schools: Int, rounds: [Int]) -> String {
            "Skrev \(path): \(NorwegianFormat.integer(respondents)) svar fra \(schools) \(schools == 1 ? "skole" : "skoler"), \(Strings.list(rounds.map(String.init)))."
        }
        public static func suppressionSummary(cells: Int, tooFew: Int, protecting: Int, minimumN: Int) -> String {
            "\(NorwegianFormat.integer(cells)) celler; skjermet: \(NorwegianFormat.integer(tooFew)) med færre enn \(minimumN) svar og \(NorwegianFormat.integer(protecting)) for å beskytte dem."
        }
        public static func demoCSVKept(_ path: String, files: Int) -> String { "La \(files) CSV-filer i \(path)." }
        /// How to import the kept demo files again, by hand.
        public static func demoReimport(_ path: String, geography: String, topName: String?) -> String {
            "Importer dem selv med: kfl import \(path)/*.csv --geografi \(path)/\(geography)"
                + (topName.map { " --navn \($0)" } ?? "") + " -o SNAPSHOT"
        }
        public static let nameNeedsGeography = "--navn gjelder bare sammen med --geografi FIL"
        public static func buildingDemo(_ path: String) -> String { "Bygger demodata i \(path) (første gang) …" }
    }
}

extension Strings.CLI {
    public static let notATerminal =
        "kfl trenger en terminal for å vise resultatene, men inn- eller utdata er omdirigert. Bruk «kfl show» for utskrift."
    public static func unknownTerminal(_ term: String?) -> String {
        "terminaltypen «\(term ?? "")» er ukjent (TERM). Prøv for eksempel TERM=xterm-256color, eller bruk «kfl show»."
    }
    public static func unsupportedTerminal(_ term: String?) -> String {
        "terminalen «\(term ?? "")» kan ikke vise et fullskjermprogram. Bruk en vanlig terminal, eller «kfl show» for utskrift."
    }
    public static func unknownUnit(kind: String, name: String, suggestion: String?) -> String {
        "fant ingen \(kind) som heter «\(name)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
    }
    /// Several units match a name: each with where it is, and how to choose.
    public static func ambiguousUnit(kind: UnitKind, name: String, candidates: [String]) -> String {
        let plural = kind == .school ? "skoler" : "kommuner"
        let hint = kind == .school ? "Oppgi --kommune NAVN sammen med --skole." : "Oppgi kommunenummeret."
        return "\(candidates.count) \(plural) passer til «\(name)»: \(Strings.list(candidates)). \(hint)"
    }
    /// "Svalåsen barneskole (Åsnes kommune, 0425-03)".
    public static func candidate(_ name: String, code: String, place: String) -> String {
        place.isEmpty ? "\(name) (\(code))" : "\(name) (\(place), \(code))"
    }
    public static let demoBuildFailed = "kunne ikke bygge demodataene"
}

extension Strings.CLI {
    public static let showHelp = """
        kfl show – skriv ut resultatene for én enhet

        Bruk:
          kfl show [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--trinn N]
                   [--gruppe GRUPPE] [--tidspunkt ÅR|alle] [--kjonn alle|gutter|jenter]
                   [--endring FRA-TIL] [--kull samme-trinn|samme-klasse]
                   [--kjonnsforskjell] [--format tekst|csv|json]

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
          --format FORMAT    tekst (standard), csv (semikolon, desimalkomma) eller json
          -h, --help         Vis denne hjelpen

        Endringer, kull og forskjeller vurderes med to-utvalgsregelen: klart bedre
        eller svakere krever d ≥ 0,2 og et 95 %-intervall for forskjellen som ikke
        omfatter 0. Undersøkelsen er anonym, så et kull er samme klasse, ikke de
        samme elevene.
        """
    public static let trinnValues = "bruk et trinn fra 1 til 10, eller 0 for alle trinn"
    public static let roundValues = "bruk et årstall, for eksempel 2020"
    public static let genderValues = "bruk alle, gutter eller jenter"
    public static let formatValues = "bruk tekst, csv eller json"
    public static let changeValues = "bruk FRA-TIL, for eksempel 2016-2020"
    public static let changeOrder = "FRA må være et tidligere år enn TIL, for eksempel 2016-2020"
    public static let cohortValues = "bruk samme-trinn eller samme-klasse"
    public static let cohortNeedsTrinn = "--kull trenger --trinn: et kull følges for ett trinn (for eksempel --trinn 7)"
    public static func gapStandsAlone(_ other: String) -> String {
        "--kjonnsforskjell viser gutter mot jenter for ett tidspunkt og kan ikke brukes sammen med \(other)"
    }
    public static func groupNotSplitByGender(_ group: String) -> String {
        "\(group) svarer ikke per kjønn, så det finnes ingen forskjell mellom gutter og jenter å vise"
    }
    public static func unknownGroup(_ name: String, suggestion: String?, available: [String]) -> String {
        "ukjent respondentgruppe «\(name)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "") + " Tilgjengelig her: \(available.joined(separator: ", "))"
    }
    public static func roundNotInSnapshot(_ round: Int, rounds: [Int]) -> String {
        "snapshotet har ikke tidspunktet \(round); det har \(Strings.list(rounds.map(String.init)))"
    }
    public static func trinnNotAtUnit(_ trinn: Int, unit: String) -> String { "\(unit) har ingen resultater for \(trinn). trinn" }
    public static func noResults(_ unit: String) -> String { "ingen resultater for \(unit) med dette utvalget" }
}

extension Strings.CLI {
    public static func checkSnapshotLine(_ path: String) -> String { "Snapshot: \(path)" }
    public static func checkProblemsHeading(_ count: Int) -> String {
        "Innholdet har \(count) feil som kfl ikke kan bruke:"
    }

    /// What `kfl check` says about a snapshot, line by line.
    public static func checkReport(
        path: String, schemaVersion: Int, supportedVersion: Int, intact: Bool, createdAt: String, source: String,
        isDemo: Bool, county: String, municipalities: Int, schools: Int, rounds: [Int], groups: Int, factors: Int,
        cells: Int, suppressed: Int, minimumN: Int
    ) -> [String] {
        [
            checkSnapshotLine(path),
            "Skjemaversjon: \(schemaVersion) (denne kfl leser til og med \(supportedVersion))",
            "Hel fil: \(intact ? "ja (integritetskontroll ok)" : "NEI")",
            "Laget: \(createdAt)",
            "Kilde: \(source)",
            "Demodata: \(isDemo ? "ja – \(Strings.demoBanner)" : "nei")",
            "Fylke: \(county), \(municipalities) \(municipalities == 1 ? "kommune" : "kommuner"), \(schools) \(schools == 1 ? "skole" : "skoler")",
            "Tidspunkt: \(Strings.list(rounds.map(String.init)))",
            "Instrument: \(groups) respondentgrupper, \(factors) faktorer",
            "Celler: \(NorwegianFormat.integer(cells)), skjermet: \(NorwegianFormat.integer(suppressed))",
            "min_n: \(minimumN) (færre svar enn dette vises aldri)",
        ]
    }
}

extension Strings.CLI {
    public static let outputIsDirectory = "det er en mappe; oppgi et filnavn"
    public static func outputFolderMissing(_ folder: String) -> String { "mappen \(folder) finnes ikke" }
    public static func outputFolderNotWritable(_ folder: String) -> String { "du har ikke skrivetilgang til mappen \(folder)" }
    public static let outputWriteFailed = "skrivingen feilet (fullt lager eller manglende tilgang?)"
}

extension Strings.CLI {
    /// The default `source` of an import: the files, shortened when there are many.
    public static func sourceFromFiles(_ names: [String]) -> String {
        names.count <= 3 ? names.joined(separator: ", ") : names.prefix(2).joined(separator: ", ") + " og \(names.count - 2) andre CSV-filer"
    }
}

extension Strings.CLI {
    public static func groupNotHere(_ group: String, unit: String, trinn: Int, available: [String]) -> String {
        let place = trinn > 0 ? "\(unit), \(trinn). trinn" : unit
        return "«\(group)» har ingen resultater for \(place). Tilgjengelig her: \(available.joined(separator: ", "))"
    }
}
