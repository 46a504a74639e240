/// Messages of `kfl import` and `kfl demo`.
extension Strings {
    public enum Import {
        public static func emptyFile() -> String { "filen er tom" }
        public static func headerOnly() -> String { "filen har bare overskriftslinjen og ingen svar" }
        public static func wrongDelimiter(found: String) -> String {
            "fant ikke skilletegnet ; eller , i overskriftslinjen (\(found)). Lagre filen som CSV med semikolon eller komma"
        }
        public static func missingColumns(_ names: [String]) -> String {
            "mangler \(names.count == 1 ? "kolonnen" : "kolonnene") \(Strings.list(names.map { "«\($0)»" }))"
        }
        public static func unknownColumn(_ name: String, suggestion: String?) -> String {
            "ukjent kolonne «\(name)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
        }
        public static func duplicateColumn(_ name: String) -> String { "kolonnen «\(name)» står to ganger" }
        public static func fieldCount(expected: Int, found: Int, delimiter: Character) -> String {
            var text = "raden har \(found) felt, men overskriften har \(expected)"
            if delimiter == "," && found > expected {
                text += ". Med komma som skilletegn må tall med desimalkomma stå i anførselstegn"
            }
            return text
        }
        public static func notANumber(_ value: String, column: String) -> String {
            "«\(value)» i kolonnen «\(column)» er ikke et tall"
        }
        public static func numberCutShort(_ value: String, column: String) -> String {
            "«\(value)» i kolonnen «\(column)» er ikke et fullstendig tall: "
                + "sifrene etter skilletegnet mangler (er linjen avkortet?)"
        }
        public static func outOfScale(_ value: String, column: String, scale: ClosedRange<Double>) -> String {
            "skåren \(value) i kolonnen «\(column)» er utenfor skalaen \(NorwegianFormat.decimal(scale.lowerBound, digits: 0))–\(NorwegianFormat.decimal(scale.upperBound, digits: 0))"
        }
        public static func unknownRound(_ value: String, rounds: [Int]) -> String {
            "ukjent tidspunkt «\(value)»: må være \(Strings.list(rounds.map(String.init), conjunction: "eller"))"
        }
        /// A kommunenummer the built-in geography (Hedmark) does not have.
        public static func unknownMunicipality(_ value: String, county: String) -> String {
            "ukjent kommunenummer «\(value)»: finnes ikke blant kommunene i \(county). "
                + "For andre kommuner, bruk --geografi FIL (se kfl import --help)"
        }
        public static func unknownGroup(_ value: String, suggestion: String?, ids: [String]) -> String {
            "ukjent respondentgruppe «\(value)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? ". Gyldige verdier: \(ids.joined(separator: ", "))")
        }
        public static func trinnNotNumber(_ value: String) -> String { "trinn «\(value)» er ikke et tall fra 1 til 10" }
        public static func trinnOutside(_ trinn: Int) -> String { "trinn \(trinn) er utenfor 1–10" }
        public static func trinnOutsideGroup(_ trinn: Int, group: String, range: ClosedRange<Int>) -> String {
            "trinn \(trinn) passer ikke for gruppen «\(group)» (\(range.lowerBound)–\(range.upperBound). trinn)"
        }
        public static func trinnMissing(group: String) -> String { "trinn mangler; gruppen «\(group)» rapporteres per trinn" }
        public static func trinnNotForGroup(group: String) -> String {
            "gruppen «\(group)» rapporteres for hele skolen; trinn skal stå tomt"
        }
        public static func invalidGender(_ value: String) -> String { "ukjent kjønn «\(value)»: bruk gutt, jente eller la feltet stå tomt" }
        public static func missingValue(column: String) -> String { "kolonnen «\(column)» kan ikke stå tom" }
        public static func duplicateRespondent(_ id: String, firstFile: String, firstLine: Int) -> String {
            "respondent_id «\(id)» finnes allerede for samme tidspunkt (\(firstFile) linje \(firstLine))"
        }
        public static func inconsistentSchool(_ id: String, detail: String) -> String {
            "skole_id «\(id)» \(detail)"
        }
        public static func factorNotInGroup(column: String, factorGroup: String, rowGroup: String) -> String {
            "kolonnen «\(column)» hører til gruppen «\(factorGroup)», men raden gjelder «\(rowGroup)»; feltet skal stå tomt"
        }
        public static func lineTooLong(limit: Int) -> String { "linjen er lengre enn \(limit / 1024) KiB; er dette en CSV-fil?" }
        public static func invalidUTF8() -> String {
            "ugyldig UTF-8 i en fil som ellers er UTF-8. Lagre filen på nytt som «CSV UTF-8»"
        }
        public static func mixedEncodings(windows1252Line: Int) -> String {
            "linjen er UTF-8, men linje \(windows1252Line) var ikke det (Windows-1252?). Lagre filen på nytt som «CSV UTF-8»"
        }
        public static func unterminatedQuote() -> String { "anførselstegn som aldri lukkes" }
        public static func unreadable(_ reason: String) -> String { "kan ikke leses: \(reason)" }
        public static func notAFile() -> String { "finnes ikke eller er ikke en fil" }
        public static func windows1252Notice(file: String) -> String {
            "merk: \(file) er ikke UTF-8; leste den som Windows-1252 (det Excel lagrer som «CSV (semikolondelt)»)"
        }
        public static func binaryFile() -> String {
            "ser ut som en binær fil, ikke CSV. Lagre dataene som CSV (semikolondelt)"
        }
        public static func excelWorkbook() -> String {
            "er en Excel- eller regnearkfil, ikke CSV. Lagre den som «CSV (semikolondelt)» eller «CSV UTF-8» i Excel"
        }
        public static func unicodeEncoding(_ name: String) -> String {
            "fila er lagret som \(name); lagre fila som UTF-8 eller CSV (semikolondelt)"
        }
        public static func isDirectory() -> String { "er en mappe, ikke en fil" }
        public static func controlCharacter(column: String, character: String) -> String {
            "kolonnen «\(column)» har styretegnet \(character); fjern det"
        }
        public static func lineBreakInField(column: String) -> String {
            "kolonnen «\(column)» har et linjeskift inne i feltet; navn og id-er må stå på én linje"
        }
        public static func tabInField(column: String) -> String {
            "kolonnen «\(column)» har en tabulator inne i feltet; fjern den"
        }
        public static func moreProblems(_ count: Int) -> String { "… og flere feil (stoppet etter \(count))" }
        public static func noOutputWritten(_ path: String) -> String { "Ingen fil er skrevet til \(path)." }
        public static func noRespondents() -> String { "ingen svar å importere" }
    }
}
