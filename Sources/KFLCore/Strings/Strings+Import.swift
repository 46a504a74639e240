/// Messages of `kfl import` and `kfl demo`.
extension Strings {
    public enum Import {
        public static func emptyFile() -> String { nb("filen er tom", nn: "fila er tom") }
        public static func headerOnly() -> String {
            nb("filen har bare overskriftslinjen og ingen svar", nn: "fila har berre overskriftslinja og ingen svar")
        }
        public static func wrongDelimiter(found: String) -> String {
            nb(
                "fant ikke skilletegnet ; eller , i overskriftslinjen (\(found)). Lagre filen som CSV med semikolon eller komma",
                nn:
                    "fann ikkje skiljeteiknet ; eller , i overskriftslinja (\(found)). Lagre fila som CSV med semikolon eller komma"
            )
        }
        public static func missingColumns(_ names: [String]) -> String {
            nb(
                "mangler \(names.count == 1 ? "kolonnen" : "kolonnene") \(Strings.list(names.map { "«\($0)»" }))",
                nn: "manglar \(names.count == 1 ? "kolonnen" : "kolonnane") \(Strings.list(names.map { "«\($0)»" }))")
        }
        public static func unknownColumn(_ name: String, suggestion: String?) -> String {
            nb("ukjent kolonne «\(name)»", nn: "ukjend kolonne «\(name)»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
        }
        public static func duplicateColumn(_ name: String) -> String {
            nb("kolonnen «\(name)» står to ganger", nn: "kolonnen «\(name)» står to gonger")
        }
        public static func fieldCount(expected: Int, found: Int, delimiter: Character) -> String {
            var text = nb(
                "raden har \(found) felt, men overskriften har \(expected)",
                nn: "rada har \(found) felt, men overskrifta har \(expected)")
            if delimiter == "," && found > expected {
                text += nb(
                    ". Med komma som skilletegn må tall med desimalkomma stå i anførselstegn",
                    nn: ". Med komma som skiljeteikn må tal med desimalkomma stå i hermeteikn")
            }
            return text
        }
        public static func notANumber(_ value: String, column: String) -> String {
            nb(
                "«\(value)» i kolonnen «\(column)» er ikke et tall",
                nn: "«\(value)» i kolonnen «\(column)» er ikkje eit tal")
        }
        public static func numberCutShort(_ value: String, column: String) -> String {
            nb(
                "«\(value)» i kolonnen «\(column)» er ikke et fullstendig tall: ",
                nn: "«\(value)» i kolonnen «\(column)» er ikkje eit fullstendig tal: ")
                + nb(
                    "sifrene etter skilletegnet mangler (er linjen avkortet?)",
                    nn: "siffera etter skiljeteiknet manglar (er linja avkorta?)")
        }
        public static func outOfScale(_ value: String, column: String, scale: ClosedRange<Double>) -> String {
            nb(
                "skåren \(value) i kolonnen «\(column)» er utenfor skalaen \(NorwegianFormat.decimal(scale.lowerBound, digits: 0))–\(NorwegianFormat.decimal(scale.upperBound, digits: 0))",
                nn:
                    "skåren \(value) i kolonnen «\(column)» er utanfor skalaen \(NorwegianFormat.decimal(scale.lowerBound, digits: 0))–\(NorwegianFormat.decimal(scale.upperBound, digits: 0))"
            )
        }
        public static func unknownRound(_ value: String, rounds: [Int]) -> String {
            nb(
                "ukjent tidspunkt «\(value)»: må være \(Strings.list(rounds.map(String.init), conjunction: "eller"))",
                nn:
                    "ukjent tidspunkt «\(value)»: må vere \(Strings.list(rounds.map(String.init), conjunction: "eller"))"
            )
        }
        /// A kommunenummer the built-in geography (Hedmark) does not have.
        /// `count`: where else it stands (`GeographyFile.unknownMunicipalityCount`), or empty.
        public static func unknownMunicipality(_ value: String, county: String, count: String = "") -> String {
            nb(
                "ukjent kommunenummer «\(value)»\(count): finnes ikke blant kommunene i \(county). ",
                nn: "ukjent kommunenummer «\(value)»\(count): finst ikkje blant kommunane i \(county). ")
                + nb(
                    "For andre kommuner, bruk --geografi FIL (se kfl import --help)",
                    nn: "For andre kommunar, bruk --geografi FIL (sjå kfl import --help)")
        }
        public static func unknownGroup(_ value: String, suggestion: String?, ids: [String]) -> String {
            nb("ukjent respondentgruppe «\(value)»", nn: "ukjend respondentgruppe «\(value)»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") }
                    ?? nb(
                        ". Gyldige verdier: \(ids.joined(separator: ", "))",
                        nn: ". Gyldige verdiar: \(ids.joined(separator: ", "))"))
        }
        public static func trinnNotNumber(_ value: String) -> String {
            nb("trinn «\(value)» er ikke et tall fra 1 til 10", nn: "trinn «\(value)» er ikkje eit tal frå 1 til 10")
        }
        public static func trinnOutside(_ trinn: Int) -> String {
            nb("trinn \(trinn) er utenfor 1–10", nn: "trinn \(trinn) er utanfor 1–10")
        }
        public static func trinnOutsideGroup(_ trinn: Int, group: String, range: ClosedRange<Int>) -> String {
            nb(
                "trinn \(trinn) passer ikke for gruppen «\(group)» (\(range.lowerBound)–\(range.upperBound). trinn)",
                nn: "trinn \(trinn) passar ikkje for gruppa «\(group)» (\(range.lowerBound)–\(range.upperBound). trinn)"
            )
        }
        public static func trinnMissing(group: String) -> String {
            nb(
                "trinn mangler; gruppen «\(group)» rapporteres per trinn",
                nn: "trinn manglar; gruppa «\(group)» blir rapportert per trinn")
        }
        public static func trinnNotForGroup(group: String) -> String {
            nb(
                "gruppen «\(group)» rapporteres for hele skolen; trinn skal stå tomt",
                nn: "gruppa «\(group)» blir rapportert for heile skulen; trinn skal stå tomt")
        }
        public static func invalidGender(_ value: String) -> String {
            nb(
                "ukjent kjønn «\(value)»: bruk gutt, jente eller la feltet stå tomt",
                nn: "ukjent kjønn «\(value)»: bruk gut, jente eller la feltet stå tomt")
        }
        public static func missingValue(column: String) -> String {
            nb("kolonnen «\(column)» kan ikke stå tom", nn: "kolonnen «\(column)» kan ikkje stå tom")
        }
        public static func duplicateRespondent(_ id: String, firstFile: String, firstLine: Int) -> String {
            nb(
                "respondent_id «\(id)» finnes allerede for samme tidspunkt (\(firstFile) linje \(firstLine))",
                nn: "respondent_id «\(id)» finst allereie for same tidspunkt (\(firstFile) linje \(firstLine))")
        }
        public static func schoolMunicipalityDiffers(_ known: String, file: String, line: Int, here: String) -> String {
            nb(
                "har kommunenr \(known) i \(file) linje \(line), men \(here) her",
                nn: "har kommunenr \(known) i \(file) linje \(line), men \(here) her")
        }
        public static func schoolNameDiffers(_ known: String, file: String, line: Int, here: String) -> String {
            nb(
                "heter «\(known)» i \(file) linje \(line), men «\(here)» her",
                nn: "heiter «\(known)» i \(file) linje \(line), men «\(here)» her")
        }
        public static func inconsistentSchool(_ id: String, detail: String) -> String {
            nb("skole_id «\(id)» \(detail)", nn: "skole_id «\(id)» \(detail)")
        }
        public static func factorNotInGroup(column: String, factorGroup: String, rowGroup: String) -> String {
            nb(
                "kolonnen «\(column)» hører til gruppen «\(factorGroup)», men raden gjelder «\(rowGroup)»; feltet skal stå tomt",
                nn:
                    "kolonnen «\(column)» høyrer til gruppa «\(factorGroup)», men rada gjeld «\(rowGroup)»; feltet skal stå tomt"
            )
        }
        public static func lineTooLong(limit: Int) -> String {
            nb(
                "linjen er lengre enn \(limit / 1024) KiB; er dette en CSV-fil?",
                nn: "linja er lengre enn \(limit / 1024) KiB; er dette ei CSV-fil?")
        }
        public static func invalidUTF8() -> String {
            nb(
                "ugyldig UTF-8 i en fil som ellers er UTF-8. Lagre filen på nytt som «CSV UTF-8»",
                nn: "ugyldig UTF-8 i ei fil som elles er UTF-8. Lagre fila på nytt som «CSV UTF-8»")
        }
        public static func mixedEncodings(windows1252Line: Int) -> String {
            nb(
                "linjen er UTF-8, men linje \(windows1252Line) var ikke det (Windows-1252?). Lagre filen på nytt som «CSV UTF-8»",
                nn:
                    "linja er UTF-8, men linje \(windows1252Line) var ikkje det (Windows-1252?). Lagre fila på nytt som «CSV UTF-8»"
            )
        }
        public static func unterminatedQuote() -> String {
            nb("anførselstegn som aldri lukkes", nn: "hermeteikn som aldri blir lukka")
        }
        public static func unreadable(_ reason: String) -> String {
            nb("kan ikke leses: \(reason)", nn: "kan ikkje lesast: \(reason)")
        }
        public static func notAFile() -> String {
            nb("finnes ikke eller er ikke en fil", nn: "finst ikkje eller er ikkje ei fil")
        }
        public static func windows1252Notice(file: String) -> String {
            nb(
                "merk: \(file) er ikke UTF-8; leste den som Windows-1252 (det Excel lagrer som «CSV (semikolondelt)»)",
                nn: "merk: \(file) er ikkje UTF-8; las ho som Windows-1252 (det Excel lagrar som «CSV (semikolondelt)»)"
            )
        }
        public static func binaryFile() -> String {
            nb(
                "ser ut som en binær fil, ikke CSV. Lagre dataene som CSV (semikolondelt)",
                nn: "ser ut som ei binær fil, ikkje CSV. Lagre dataa som CSV (semikolondelt)")
        }
        public static func excelWorkbook() -> String {
            nb(
                "er en Excel- eller regnearkfil, ikke CSV. Lagre den som «CSV (semikolondelt)» eller «CSV UTF-8» i Excel",
                nn:
                    "er ei Excel- eller reknearkfil, ikkje CSV. Lagre ho som «CSV (semikolondelt)» eller «CSV UTF-8» i Excel"
            )
        }
        public static func unicodeEncoding(_ name: String) -> String {
            nb(
                "fila er lagret som \(name); lagre fila som UTF-8 eller CSV (semikolondelt)",
                nn: "fila er lagra som \(name); lagre fila som UTF-8 eller CSV (semikolondelt)")
        }
        public static func isDirectory() -> String { nb("er en mappe, ikke en fil", nn: "er ei mappe, ikkje ei fil") }
        public static func controlCharacter(column: String, character: String) -> String {
            nb(
                "kolonnen «\(column)» har styretegnet \(character); fjern det",
                nn: "kolonnen «\(column)» har styreteiknet \(character); fjern det")
        }
        public static func lineBreakInField(column: String) -> String {
            nb(
                "kolonnen «\(column)» har et linjeskift inne i feltet; navn og id-er må stå på én linje",
                nn: "kolonnen «\(column)» har eit linjeskift inne i feltet; namn og id-ar må stå på éi linje")
        }
        public static func tabInField(column: String) -> String {
            nb(
                "kolonnen «\(column)» har en tabulator inne i feltet; fjern den",
                nn: "kolonnen «\(column)» har ein tabulator inne i feltet; fjern han")
        }
        public static func moreProblems(_ count: Int) -> String {
            nb("… og flere feil (stoppet etter \(count))", nn: "… og fleire feil (stoppa etter \(count))")
        }
        /// The same answer file named twice on the command line.
        public static func fileGivenTwice(_ path: String, first: String) -> String {
            first == path
                ? nb(
                    "fila er gitt to ganger; ta den med bare én gang",
                    nn: "fila er gitt to gonger; ta henne med berre éin gong")
                : nb(
                    "fila er gitt to ganger (også som \(first)); ta den med bare én gang",
                    nn: "fila er gitt to gonger (òg som \(first)); ta henne med berre éin gong")
        }
        /// Factors of a group with rows in the file that have no column there.
        public static func missingFactorColumns(file: String, group: String, factors: [String]) -> String {
            let shown = factors.count > 8 ? Array(factors.prefix(8)) + ["…"] : factors
            let list = shown.joined(separator: ", ")
            return factors.count == 1
                ? nb(
                    "merk: \(file) har ingen kolonne for \(list) (\(group)); den faktoren får ingen resultater fra fila",
                    nn:
                        "merk: \(file) har ingen kolonne for \(list) (\(group)); den faktoren får ingen resultat frå fila"
                )
                : nb(
                    "merk: \(file) har ingen kolonne for \(factors.count) faktorer for \(group): \(list); de får ingen resultater fra fila",
                    nn:
                        "merk: \(file) har ingen kolonne for \(factors.count) faktorar for \(group): \(list); dei får ingen resultat frå fila"
                )
        }
        public static func noOutputWritten(_ path: String) -> String {
            nb("Ingen fil er skrevet til \(path).", nn: "Inga fil er skriven til \(path).")
        }
        public static func noRespondents() -> String { nb("ingen svar å importere", nn: "ingen svar å importere") }
        // What the header line held instead of a delimiter.
        public static var foundTab: String { nb("fant tabulator", nn: "fann tabulator") }
        public static var emptyLine: String { nb("tom linje", nn: "tom linje") }
        public static func foundDelimiters(semicolons: Int, commas: Int) -> String {
            nb("fant \(semicolons) semikolon og \(commas) komma", nn: "fann \(semicolons) semikolon og \(commas) komma")
        }
    }
}

extension Strings.Import {
    /// The progress line while an import runs (on a terminal only).
    public static func progressReading(_ file: Int, of count: Int, name: String) -> String {
        nb("Leser svarfil \(file) av \(count): \(name) …", nn: "Les svarfil \(file) av \(count): \(name) …")
    }
    public static func progressProtecting(_ table: Int, of count: Int) -> String {
        nb(
            "Regner ut og skjermer små grupper: tabell \(table) av \(count) …",
            nn: "Reknar ut og skjermar små grupper: tabell \(table) av \(count) …")
    }
    public static var progressFinishing: String {
        nb("Sjekker og lagrer snapshotet …", nn: "Sjekkar og lagrar snapshotet …")
    }
}
