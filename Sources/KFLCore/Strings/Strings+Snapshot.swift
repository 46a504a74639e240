/// What `kfl check` and opening a snapshot say about content that cannot be
/// right (found by the snapshot validator).
extension Strings {
    public enum Snapshot {
        public static var minimumNMissing: String {
            nb(
                "min_n (grensen for hvor få svar som kan vises) mangler",
                nn: "min_n (grensa for kor få svar som kan visast) manglar")
        }
        public static func minimumNInvalid(_ value: String) -> String {
            nb(
                "min_n er «\(value)», men må være et helt tall fra 1 og oppover",
                nn: "min_n er «\(value)», men må vere eit heilt tal frå 1 og oppover")
        }
        public static var noRounds: String {
            nb("snapshotet har ingen tidspunkt", nn: "snapshotet har ingen tidspunkt")
        }
        public static func roundInvalid(_ value: String) -> String {
            nb("tidspunktet «\(value)» er ikke et årstall", nn: "tidspunktet «\(value)» er ikkje eit årstal")
        }
        public static var protectionMissing: String {
            nb(
                "protection (hvor bredt en skjult gruppe er vernet) mangler",
                nn: "protection (kor breitt ei skjult gruppe er verna) manglar")
        }
        public static func protectionInvalid(_ value: String) -> String {
            nb(
                "protection er «\(value)», men må være et helt tall fra 0 til 100 (prosent av skalaen)",
                nn: "protection er «\(value)», men må vere eit heilt tal frå 0 til 100 (prosent av skalaen)")
        }

        // The instrument stored in the snapshot.
        public static var noFactors: String {
            nb("instrumentet i snapshotet har ingen faktorer", nn: "instrumentet i snapshotet har ingen faktorar")
        }
        public static var factorTableMismatch: String {
            nb(
                "tabellen over faktorer stemmer ikke med instrumentet i snapshotet",
                nn: "tabellen over faktorar stemmer ikkje med instrumentet i snapshotet")
        }
        public static func duplicateGroup(_ id: String) -> String {
            nb("instrumentet: gruppen «\(id)» står to ganger", nn: "instrumentet: gruppa «\(id)» står to gonger")
        }
        public static func duplicateFactor(_ id: String) -> String {
            nb("instrumentet: faktoren «\(id)» står to ganger", nn: "instrumentet: faktoren «\(id)» står to gonger")
        }
        public static func groupTrinn(_ id: String, _ trinn: [Int]) -> String {
            nb(
                "instrumentet: gruppen «\(id)» har trinn \(trinn.map(String.init).joined(separator: "–")); ",
                nn: "instrumentet: gruppa «\(id)» har trinn \(trinn.map(String.init).joined(separator: "–")); ")
                + nb("må være to trinn fra 1 til 10, laveste først", nn: "må vere to trinn frå 1 til 10, lågaste først")
        }
        public static func scaleInvalid(_ id: String) -> String {
            nb(
                "instrumentet: skalaen til faktoren «\(id)» er ugyldig",
                nn: "instrumentet: skalaen til faktoren «\(id)» er ugyldig")
        }
        public static func controlInInstrument(_ id: String, character: String) -> String {
            nb(
                "instrumentet: teksten til «\(id)» har styretegnet \(character)",
                nn: "instrumentet: teksten til «\(id)» har styreteiknet \(character)")
        }

        // Units.
        public static func unit(_ id: Int, name: String?) -> String {
            name.map { nb("enhet \(id) («\($0)»)", nn: "eining \(id) («\($0)»)") }
                ?? nb("enhet \(id)", nn: "eining \(id)")
        }
        public static var noUnits: String { nb("snapshotet har ingen enheter", nn: "snapshotet har ingen einingar") }
        public static var idsNotInOrder: String {
            nb("enhetene er ikke nummerert 1, 2, 3 … uten hull", nn: "einingane er ikkje nummererte 1, 2, 3 … utan hol")
        }
        public static func unknownKind(_ unit: String, kind: String) -> String {
            nb(
                "\(unit) har ukjent type «\(kind)»; må være fylke, region, kommune eller skole",
                nn: "\(unit) har ukjend type «\(kind)»; må vere «fylke», «region», «kommune» eller «skole»")
        }
        public static var firstNotCounty: String {
            nb("enhet 1 må være fylket, uten overordnet enhet", nn: "eining 1 må vere fylket, utan overordna eining")
        }
        public static func secondCounty(_ unit: String) -> String {
            nb(
                "\(unit) er et fylke til; et snapshot har ett fylke",
                nn: "\(unit) er eit fylke til; eit snapshot har eitt fylke")
        }
        public static func missingParent(_ unit: String) -> String {
            nb("\(unit) mangler overordnet enhet", nn: "\(unit) manglar overordna eining")
        }
        public static func danglingParent(_ unit: String, parent: Int) -> String {
            nb(
                "\(unit) ligger under enhet \(parent), som ikke finnes",
                nn: "\(unit) ligg under eining \(parent), som ikkje finst")
        }
        public static func cycle(_ ids: [Int]) -> String {
            nb(
                "enhetene \(ids.map(String.init).joined(separator: " → ")) ligger under hverandre i en sirkel",
                nn: "einingane \(ids.map(String.init).joined(separator: " → ")) ligg under kvarandre i ein sirkel")
        }
        public static func wrongParent(_ unit: String, kind: String, parent: String, parentKind: String) -> String {
            nb(
                "\(unit) er av typen \(kind), men ligger under \(parent), som er av typen \(parentKind)",
                nn: "\(unit) er av typen \(kind), men ligg under \(parent), som er av typen \(parentKind)")
        }
        public static func trinnInvalid(_ unit: String, low: String, high: String) -> String {
            nb(
                "\(unit) har trinn «\(low)–\(high)»; må være fra 1 til 10, laveste først",
                nn: "\(unit) har trinn «\(low)–\(high)»; må vere frå 1 til 10, lågaste først")
        }
        public static func controlInUnit(_ unit: String, character: String) -> String {
            nb(
                "\(unit) har styretegnet \(character) i navnet eller koden",
                nn: "\(unit) har styreteiknet \(character) i namnet eller koden")
        }
        public static func controlInMeta(_ key: String, character: String) -> String {
            nb(
                "opplysningen «\(key)» har styretegnet \(character)",
                nn: "opplysninga «\(key)» har styreteiknet \(character)")
        }
        public static func moreUnitProblems(_ count: Int) -> String {
            nb("… og \(count) feil til i enhetene", nn: "… og \(count) feil til i einingane")
        }

        // Cells: how many, what is wrong, and the first one.
        public static func cells(_ count: Int, _ what: String, example: String) -> String {
            nb(
                "\(count == 1 ? "1 celle" : "\(NorwegianFormat.integer(count)) celler") \(what) (første: \(example))",
                nn:
                    "\(count == 1 ? "1 celle" : "\(NorwegianFormat.integer(count)) celler") \(what) (første: \(example))"
            )
        }
        public static var cellsUnknownUnit: String {
            nb("gjelder en enhet som ikke finnes", nn: "gjeld ei eining som ikkje finst")
        }
        public static var cellsUnknownFactor: String {
            nb(
                "gjelder en faktor som ikke finnes i instrumentet",
                nn: "gjeld ein faktor som ikkje finst i instrumentet")
        }
        public static var cellsUnknownRound: String {
            nb(
                "gjelder et tidspunkt som ikke finnes i snapshotet",
                nn: "gjeld eit tidspunkt som ikkje finst i snapshotet")
        }
        public static var cellsBadCode: String {
            nb("har ugyldig trinn, kjønn eller skjermingskode", nn: "har ugyldig trinn, kjønn eller skjermingskode")
        }
        public static var cellsBadShares: String {
            nb(
                "viser andeler som ikke passer med faktoren, med antall svar eller med regelen for små grupper",
                nn: "viser andelar som ikkje passar med faktoren, med talet på svar eller med regelen for små grupper")
        }
        public static var cellsSuppressedWithValues: String {
            nb("er skjermet, men har likevel tall", nn: "er skjerma, men har likevel tal")
        }
        public static func cellsBelowMinimumN(_ minimumN: Int) -> String {
            nb(
                "vises med færre enn \(minimumN) svar (min_n), eller uten antall svar",
                nn: "blir vist med færre enn \(minimumN) svar (min_n), eller utan tal på svar")
        }
        public static var cellsMeanOutsideScale: String {
            nb(
                "vises med et gjennomsnitt utenfor faktorens skala, eller uten gjennomsnitt",
                nn: "blir vist med eit gjennomsnitt utanfor skalaen til faktoren, eller utan gjennomsnitt")
        }
        public static var cellsBadSD: String {
            nb(
                "vises med et standardavvik som er negativt eller større enn skalaen",
                nn: "blir vist med eit standardavvik som er negativt eller større enn skalaen")
        }
        /// One cell met while reading: what is wrong and where.
        public static func cell(_ what: String, at place: String) -> String {
            nb("en celle \(what) (\(place))", nn: "ei celle \(what) (\(place))")
        }
        public static func cellExample(unit: String, round: Int, trinn: Int, gender: Int, factor: String) -> String {
            let genderText =
                Gender(rawValue: gender).map(Strings.genderName) ?? nb("kjønn \(gender)", nn: "kjønn \(gender)")
            return nb(
                "\(unit), \(round), \(Strings.trinnName(trinn)), \(genderText), faktor \(factor)",
                nn: "\(unit), \(round), \(Strings.trinnName(trinn)), \(genderText), faktor \(factor)")
        }
        public static var instrumentUnreadable: String {
            nb("instrumentet kan ikke leses", nn: "instrumentet kan ikkje lesast")
        }
        public static var unitsIncomplete: String { nb("enhetene er ufullstendige", nn: "einingane er ufullstendige") }
        public static var noKFLMark: String { nb("mangler kfl-kjennetegn", nn: "manglar kfl-kjenneteikn") }
        public static var noFormatInfo: String { nb("mangler formatopplysninger", nn: "manglar formatopplysningar") }
    }
}
