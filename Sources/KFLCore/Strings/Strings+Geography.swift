/// Messages about geography files (`kfl import --geografi FIL`).
extension Strings {
    public enum GeographyFile {
        /// The top of a snapshot that covers several fylker, unless `--navn` names it.
        public static func severalCountiesName(_ counties: [String]) -> String {
            counties.count <= 3 ? Strings.list(counties) : "\(counties.count) fylker"
        }

        public static func headerOnly() -> String { "filen har bare overskriftslinjen og ingen kommuner" }
        public static func wrongDelimiter() -> String {
            "fant ikke kolonnene kommunenummer, kommune, region og fylke skilt med ; eller , i overskriftslinjen"
        }
        public static func municipalityNumber(_ value: String) -> String {
            "kommunenummer «\(value)» er ikke fire sifre (for eksempel 0425 eller 3401)"
        }
        public static func duplicateNumber(_ number: String, firstLine: Int) -> String {
            "kommunenummer \(number) står allerede på linje \(firstLine)"
        }
        public static func duplicateName(_ name: String, county: String, firstLine: Int) -> String {
            "kommunen «\(name)» står allerede i \(county) på linje \(firstLine)"
        }
        public static func spelledDifferently(
            _ kind: String, _ value: String, first: String, firstLine: Int
        ) -> String {
            "\(kind) skrives «\(first)» på linje \(firstLine), men «\(value)» her; skriv det likt overalt"
        }
        public static func regionMissing(county: String, example: String, exampleLine: Int) -> String {
            "regionen mangler; andre kommuner i \(county) har region "
                + "(for eksempel «\(example)» på linje \(exampleLine)). "
                + "Gi alle kommunene i fylket en region, eller ingen"
        }
        public static func unusedRegions(file: String, counties: Int) -> String {
            "merk: \(file) har \(counties) fylker, så fylkene blir nivået mellom toppen og kommunene; "
                + "regionkolonnen brukes ikke"
        }
        public static func givenAsAnswers(_ path: String) -> String {
            "dette er en geografifil (kommunenummer;kommune;region;fylke), ikke svar. Bruk --geografi \(path)"
        }
        public static func unknownMunicipality(_ value: String, file: String) -> String {
            "ukjent kommunenummer «\(value)»: finnes ikke i geografifila \(file)"
        }
    }
}
