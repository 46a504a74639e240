/// Error and message texts of the command line; the help texts are in Strings+CLIHelp.swift.
extension Strings {
    public enum CLI {
        public static var version: String { BuildInfo.version }

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
            guard found < 2 else {
                return nb(
                    "\(path) er laget av en eldre kfl (skjemaversjon \(found)) uten andeler (fordelingen av svarene). Lag snapshotet på nytt fra svar-CSV-ene med «kfl import»",
                    nn:
                        "\(path) er laga av ein eldre kfl (skjemaversjon \(found)) utan andelar (fordelinga av svara). Lag snapshotet på nytt frå svar-CSV-ane med «kfl import»"
                )
            }
            return nb(
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
        /// `truncated`: reading stopped at the limit, so there were more.
        public static func importFailed(count: Int, truncated: Bool = false) -> String {
            if truncated {
                return nb(
                    "importen stoppet på grunn av minst \(count) feil",
                    nn: "importen stoppa på grunn av minst \(count) feil")
            }
            return count == 1
                ? nb("importen stoppet på grunn av 1 feil", nn: "importen stoppa på grunn av 1 feil")
                : nb("importen stoppet på grunn av \(count) feil", nn: "importen stoppa på grunn av \(count) feil")
        }
        /// `-o` names a file that is there and is not a kfl snapshot: import will not replace it.
        public static func outputNotASnapshot(_ path: String) -> String {
            nb(
                "\(path) finnes og er ikke et kfl-snapshot, så importen erstatter den ikke. Velg et annet navn med -o, eller flytt eller slett fila først",
                nn:
                    "\(path) finst og er ikkje eit kfl-snapshot, så importen erstattar henne ikkje. Vel eit anna namn med -o, eller flytt eller slett fila først"
            )
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
        /// The import's line on shares: of the shown cells, how many show the bands, only the
        /// split (and how many of those by the group rule on the bands), and no share (by the
        /// group rule, and to protect others).
        public static func shareSummary(
            bands: Int, split: Int, splitByRule: Int, groupRule: Int, protecting: Int
        )
            -> String
        {
            let all = bands + split + groupRule + protecting
            let f = NorwegianFormat.integer
            let (total, shown, percent) = (f(all), f(bands + split), NorwegianFormat.percent(bands + split, of: all))
            let (onlySplit, byBands, rule, others) = (f(split), f(splitByRule), f(groupRule), f(protecting))
            return nb(
                "Andeler: vist i \(shown) av \(total) viste celler (\(percent)), av dem \(onlySplit) uten fordeling på bånd (\(byBands) fordi et bånd ville gjelde én eller to); skjermet i \(rule) fordi andelen ville gjelde alle eller alle unntatt én eller to, og i \(others) for å beskytte dem.",
                nn:
                    "Andelar: viste i \(shown) av \(total) viste celler (\(percent)), av dei \(onlySplit) utan fordeling på band (\(byBands) fordi eit band ville gjelde éin eller to); skjerma i \(rule) fordi andelen ville gjelde alle eller alle unnateke éin eller to, og i \(others) for å verne dei."
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
            nb(
                "Bygger demodata i \(path) (første gang; det tar fra noen sekunder til omtrent ett minutt) …",
                nn: "Byggjer demodata i \(path) (første gong; det tek frå nokre sekund til om lag eitt minutt) …")
        }
        /// After `buildingDemo`: how long it took, in whole seconds.
        public static func demoBuilt(seconds: Int) -> String {
            nb("Demodataene er klare (\(seconds) s).", nn: "Demodataa er klare (\(seconds) s).")
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
    /// Several units match `name`. `municipality`: the kommune given with --kommune, which all the
    /// schools are in (so naming a kommune cannot tell them apart); `sameMunicipality` when they all
    /// are in one kommune without it.
    public static func ambiguousUnit(
        kind: UnitKind, name: String, candidates: [String], municipality: String? = nil, sameMunicipality: Bool = false
    ) -> String {
        let plural = kind == .school ? nb("skoler", nn: "skular") : nb("kommuner", nn: "kommunar")
        let hint: String
        switch kind {
        case .school where municipality != nil || sameMunicipality:
            hint = nb(
                "Skriv mer av skolens navn, eller skolenummeret i parentesen.",
                nn: "Skriv meir av namnet på skulen, eller skulenummeret i parentesen.")
        case .school:
            hint = nb(
                "Oppgi --kommune NAVN sammen med --skole, eller skolenummeret i parentesen.",
                nn: "Oppgi --kommune NAMN saman med --skole, eller skulenummeret i parentesen.")
        default:
            hint = nb("Oppgi kommunenummeret.", nn: "Oppgi kommunenummeret.")
        }
        let place = municipality.map { nb(" i \($0)", nn: " i \($0)") } ?? ""
        let rest = candidates.count - candidatesNamed
        let shown =
            rest > 1 ? Array(candidates.prefix(candidatesNamed)) + [nb("\(rest) til", nn: "\(rest) til")] : candidates
        return nb(
            "\(candidates.count) \(plural)\(place) passer til «\(name)»: ",
            nn: "\(candidates.count) \(plural)\(place) passar til «\(name)»: ")
            + "\(Strings.list(shown)). \(hint)"
    }
    /// At most this many candidates are named («skole» matches a hundred schools).
    public static let candidatesNamed = 10
    /// "Svalåsen barneskole (Åsnes kommune, 0425-03)".
    public static func candidate(_ name: String, code: String, place: String) -> String {
        place.isEmpty ? "\(name) (\(code))" : "\(name) (\(place), \(code))"
    }
    public static var demoBuildFailed: String { nb("kunne ikke bygge demodataene", nn: "kunne ikkje byggje demodataa") }
}

extension Strings.CLI {
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
    /// A kommune in the geography with no school that answered.
    public static func municipalityWithoutAnswers(_ unit: String) -> String {
        nb(
            "\(unit) har ingen svar i dette snapshotet (kommunen står i geografien, men ingen skole der svarte)",
            nn: "\(unit) har ingen svar i dette snapshotet (kommunen står i geografien, men ingen skule der svarte)")
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
