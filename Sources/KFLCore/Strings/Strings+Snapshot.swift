/// What `kfl check` and opening a snapshot say about content that cannot be
/// right (found by the snapshot validator).
extension Strings {
    public enum Snapshot {
        public static let minimumNMissing = "min_n (grensen for hvor få svar som kan vises) mangler"
        public static func minimumNInvalid(_ value: String) -> String {
            "min_n er «\(value)», men må være et helt tall fra 1 og oppover"
        }
        public static let noRounds = "snapshotet har ingen tidspunkt"
        public static func roundInvalid(_ value: String) -> String { "tidspunktet «\(value)» er ikke et årstall" }

        // The instrument stored in the snapshot.
        public static let noFactors = "instrumentet i snapshotet har ingen faktorer"
        public static let factorTableMismatch = "tabellen over faktorer stemmer ikke med instrumentet i snapshotet"
        public static func duplicateGroup(_ id: String) -> String { "instrumentet: gruppen «\(id)» står to ganger" }
        public static func duplicateFactor(_ id: String) -> String { "instrumentet: faktoren «\(id)» står to ganger" }
        public static func groupTrinn(_ id: String, _ trinn: [Int]) -> String {
            "instrumentet: gruppen «\(id)» har trinn \(trinn.map(String.init).joined(separator: "–")); "
                + "må være to trinn fra 1 til 10, laveste først"
        }
        public static func scaleInvalid(_ id: String) -> String {
            "instrumentet: skalaen til faktoren «\(id)» er ugyldig"
        }
        public static func controlInInstrument(_ id: String, character: String) -> String {
            "instrumentet: teksten til «\(id)» har styretegnet \(character)"
        }

        // Units.
        public static func unit(_ id: Int, name: String?) -> String {
            name.map { "enhet \(id) («\($0)»)" } ?? "enhet \(id)"
        }
        public static let noUnits = "snapshotet har ingen enheter"
        public static let idsNotInOrder = "enhetene er ikke nummerert 1, 2, 3 … uten hull"
        public static func unknownKind(_ unit: String, kind: String) -> String {
            "\(unit) har ukjent type «\(kind)»; må være fylke, region, kommune eller skole"
        }
        public static let firstNotCounty = "enhet 1 må være fylket, uten overordnet enhet"
        public static func secondCounty(_ unit: String) -> String {
            "\(unit) er et fylke til; et snapshot har ett fylke"
        }
        public static func missingParent(_ unit: String) -> String { "\(unit) mangler overordnet enhet" }
        public static func danglingParent(_ unit: String, parent: Int) -> String {
            "\(unit) ligger under enhet \(parent), som ikke finnes"
        }
        public static func cycle(_ ids: [Int]) -> String {
            "enhetene \(ids.map(String.init).joined(separator: " → ")) ligger under hverandre i en sirkel"
        }
        public static func wrongParent(_ unit: String, kind: String, parent: String, parentKind: String) -> String {
            "\(unit) er av typen \(kind), men ligger under \(parent), som er av typen \(parentKind)"
        }
        public static func trinnInvalid(_ unit: String, low: String, high: String) -> String {
            "\(unit) har trinn «\(low)–\(high)»; må være fra 1 til 10, laveste først"
        }
        public static func controlInUnit(_ unit: String, character: String) -> String {
            "\(unit) har styretegnet \(character) i navnet eller koden"
        }
        public static func controlInMeta(_ key: String, character: String) -> String {
            "opplysningen «\(key)» har styretegnet \(character)"
        }
        public static func moreUnitProblems(_ count: Int) -> String { "… og \(count) feil til i enhetene" }

        // Cells: how many, what is wrong, and the first one.
        public static func cells(_ count: Int, _ what: String, example: String) -> String {
            "\(count == 1 ? "1 celle" : "\(NorwegianFormat.integer(count)) celler") \(what) (første: \(example))"
        }
        public static let cellsUnknownUnit = "gjelder en enhet som ikke finnes"
        public static let cellsUnknownFactor = "gjelder en faktor som ikke finnes i instrumentet"
        public static let cellsUnknownRound = "gjelder et tidspunkt som ikke finnes i snapshotet"
        public static let cellsBadCode = "har ugyldig trinn, kjønn eller skjermingskode"
        public static let cellsSuppressedWithValues = "er skjermet, men har likevel tall"
        public static func cellsBelowMinimumN(_ minimumN: Int) -> String {
            "vises med færre enn \(minimumN) svar (min_n), eller uten antall svar"
        }
        public static let cellsMeanOutsideScale =
            "vises med et gjennomsnitt utenfor faktorens skala, eller uten gjennomsnitt"
        public static let cellsBadSD = "vises med et standardavvik som er negativt eller større enn skalaen"
        /// One cell met while reading: what is wrong and where.
        public static func cell(_ what: String, at place: String) -> String { "en celle \(what) (\(place))" }
        public static func cellExample(unit: String, round: Int, trinn: Int, gender: Int, factor: String) -> String {
            let genderText = Gender(rawValue: gender).map(Strings.genderName) ?? "kjønn \(gender)"
            return "\(unit), \(round), \(Strings.trinnName(trinn)), \(genderText), faktor \(factor)"
        }
    }
}
