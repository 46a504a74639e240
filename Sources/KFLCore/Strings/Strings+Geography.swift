/// Messages about geography files (`kfl import --geografi FIL`).
extension Strings {
    public enum GeographyFile {
        /// The top of a snapshot that covers several fylker, unless `--navn` names it.
        public static func severalCountiesName(_ counties: [String]) -> String {
            counties.count <= 3 ? Strings.list(counties) : nb("\(counties.count) fylker", nn: "\(counties.count) fylke")
        }

        public static func headerOnly() -> String {
            nb(
                "filen har bare overskriftslinjen og ingen kommuner",
                nn: "fila har berre overskriftslinja og ingen kommunar")
        }
        public static func wrongDelimiter() -> String {
            nb(
                "fant ikke kolonnene kommunenummer, kommune, region og fylke skilt med ; eller , i overskriftslinjen",
                nn:
                    "fann ikkje kolonnane kommunenummer, kommune, region og fylke skilde med ; eller , i overskriftslinja"
            )
        }
        public static func municipalityNumber(_ value: String) -> String {
            nb(
                "kommunenummer «\(value)» er ikke fire sifre (for eksempel 0425 eller 3401)",
                nn: "kommunenummer «\(value)» er ikkje fire siffer (til dømes 0425 eller 3401)")
        }
        public static func duplicateNumber(_ number: String, firstLine: Int) -> String {
            nb(
                "kommunenummer \(number) står allerede på linje \(firstLine)",
                nn: "kommunenummer \(number) står allereie på linje \(firstLine)")
        }
        public static func duplicateName(_ name: String, county: String, firstLine: Int) -> String {
            nb(
                "kommunen «\(name)» står allerede i \(county) på linje \(firstLine)",
                nn: "kommunen «\(name)» står allereie i \(county) på linje \(firstLine)")
        }
        public static func spelledDifferently(
            _ kind: String, _ value: String, first: String, firstLine: Int
        ) -> String {
            nb(
                "\(kind) skrives «\(first)» på linje \(firstLine), men «\(value)» her; skriv det likt overalt",
                nn: "\(kind) er skrive «\(first)» på linje \(firstLine), men «\(value)» her; skriv det likt overalt")
        }
        public static func regionMissing(county: String, example: String, exampleLine: Int) -> String {
            nb(
                "regionen mangler; andre kommuner i \(county) har region ",
                nn: "regionen manglar; andre kommunar i \(county) har region ")
                + nb(
                    "(for eksempel «\(example)» på linje \(exampleLine)). ",
                    nn: "(til dømes «\(example)» på linje \(exampleLine)). ")
                + nb(
                    "Gi alle kommunene i fylket en region, eller ingen",
                    nn: "Gi alle kommunane i fylket ein region, eller ingen")
        }
        public static func unusedRegions(file: String, counties: Int) -> String {
            nb(
                "merk: \(file) har \(counties) fylker, så fylkene blir nivået mellom toppen og kommunene; ",
                nn: "merk: \(file) har \(counties) fylke, så fylka blir nivået mellom toppen og kommunane; ")
                + nb("regionkolonnen brukes ikke", nn: "regionkolonnen blir ikkje brukt")
        }
        public static func givenAsAnswers(_ path: String) -> String {
            nb(
                "dette er en geografifil (kommunenummer;kommune;region;fylke), ikke svar. Bruk --geografi \(path)",
                nn: "dette er ei geografifil (kommunenummer;kommune;region;fylke), ikkje svar. Bruk --geografi \(path)")
        }
        /// A fylke or region name on one line only, near a name on several: a typo, not a second one.
        public static func nearName(_ kind: String, _ value: String, near: String) -> String {
            nb(
                "\(kind) «\(value)» står bare her; mente du «\(near)»? Skriv det likt overalt",
                nn: "\(kind) «\(value)» står berre her; meinte du «\(near)»? Skriv det likt overalt")
        }
        /// Kommuner in the geography file that no answer row names.
        public static func municipalitiesWithoutAnswers(_ names: [String], file: String) -> String {
            let shown = names.count > 10 ? Array(names.prefix(10)) + ["…"] : names
            return names.count == 1
                ? nb(
                    "merk: 1 kommune i geografifila \(file) har ingen svar: \(names[0])",
                    nn: "merk: 1 kommune i geografifila \(file) har ingen svar: \(names[0])")
                : nb(
                    "merk: \(names.count) kommuner i geografifila \(file) har ingen svar: \(shown.joined(separator: ", "))",
                    nn:
                        "merk: \(names.count) kommunar i geografifila \(file) har ingen svar: \(shown.joined(separator: ", "))"
                )
        }
        /// An unknown kommunenummer on many rows, said once: how many rows and files.
        public static func unknownMunicipalityCount(rows: Int, files: Int) -> String {
            files == 1
                ? nb(" (på \(NorwegianFormat.integer(rows)) rader)", nn: " (på \(NorwegianFormat.integer(rows)) rader)")
                : nb(
                    " (på \(NorwegianFormat.integer(rows)) rader i \(files) filer)",
                    nn: " (på \(NorwegianFormat.integer(rows)) rader i \(files) filer)")
        }
        /// `count`: where else it stands (`unknownMunicipalityCount`), or empty.
        public static func unknownMunicipality(_ value: String, file: String, count: String = "") -> String {
            nb(
                "ukjent kommunenummer «\(value)»\(count): finnes ikke i geografifila \(file); ",
                nn: "ukjent kommunenummer «\(value)»\(count): finst ikkje i geografifila \(file); ")
                + nb(
                    "har kommunen fått nytt nummer, kan det gamle stå i kolonnen tidligere_kommunenummer",
                    nn: "har kommunen fått nytt nummer, kan det gamle stå i kolonnen tidligere_kommunenummer")
        }
        /// One old number under two new kommuner: a kommune split cannot be carried over.
        public static func formerNumberSplit(_ number: String, first: String, firstLine: Int, here: String) -> String {
            nb(
                "tidligere kommunenummer \(number) står både under «\(first)» (linje \(firstLine)) og «\(here)» her; ",
                nn:
                    "tidlegare kommunenummer \(number) står både under «\(first)» (linje \(firstLine)) og «\(here)» her; "
            )
                + nb(
                    "svar fra en kommune som er delt, kan ikke føres over på én av de nye",
                    nn: "svar frå ein kommune som er delt, kan ikkje førast over på éin av dei nye")
        }
        /// An old number that is also a kommune's number in the file.
        public static func formerNumberInUse(_ number: String, owner: String, line: Int) -> String {
            nb(
                "tidligere kommunenummer \(number) er nummeret til «\(owner)» på linje \(line); et nummer kan bare bety én kommune",
                nn:
                    "tidlegare kommunenummer \(number) er nummeret til «\(owner)» på linje \(line); eit nummer kan berre tyde éin kommune"
            )
        }
    }
}
