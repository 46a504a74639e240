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
                "\(path) finnes og er ikke et kfl-snapshot, så kfl erstatter den ikke. Velg et annet navn med -o, eller flytt eller slett fila først",
                nn:
                    "\(path) finst og er ikkje eit kfl-snapshot, så kfl erstattar henne ikkje. Vel eit anna namn med -o, eller flytt eller slett fila først"
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
