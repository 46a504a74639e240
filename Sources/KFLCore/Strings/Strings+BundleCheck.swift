/// What `kfl analyse import` says about a field of a bundle that cannot be imported.
extension Strings {
    public enum BundleCheck {
        public static var emptyID: String { nb("id-en er tom", nn: "id-en er tom") }
        public static var emptyValue: String { nb("verdien er tom", nn: "verdien er tom") }
        public static func duplicateID(_ id: String, first: String) -> String {
            nb(
                "id-en «\(ControlCharacters.escaped(id))» står to ganger (først i \(first))",
                nn: "id-en «\(ControlCharacters.escaped(id))» står to gonger (først i \(first))")
        }
        public static func control(_ character: String) -> String {
            nb("teksten har styretegnet \(character)", nn: "teksten har styreteiknet \(character)")
        }
        public static func unknownFactor(_ id: String, suggestion: String?) -> String {
            nb("ukjent faktor «\(id)»", nn: "ukjend faktor «\(id)»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
        }
        public static func unknownGroup(_ id: String, suggestion: String?) -> String {
            nb(
                "ukjent respondentgruppe «\(ControlCharacters.escaped(id))»",
                nn: "ukjend respondentgruppe «\(ControlCharacters.escaped(id))»")
                + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
        }
        public static func unknownHypothesis(_ id: String) -> String {
            nb(
                "tiltaket viser til hypotesen «\(id)», som ikke finnes i analysen",
                nn: "tiltaket viser til hypotesen «\(id)», som ikkje finst i analysen")
        }
        public static func hypothesisTwice(_ id: String) -> String {
            nb("hypotesen «\(id)» står to ganger", nn: "hypotesen «\(id)» står to gonger")
        }
        public static func trinnOutside(_ trinn: Int) -> String {
            nb(
                "trinn \(trinn) er utenfor 0–10 (0 er alle trinn)",
                nn: "trinn \(trinn) er utanfor 0–10 (0 er alle trinn)")
        }
        public static func trinnNotInGroup(_ trinn: Int, group: String) -> String {
            nb("gruppen «\(group)» har ikke \(trinn). trinn", nn: "gruppa «\(group)» har ikkje \(trinn). trinn")
        }
        public static func unknownRound(_ round: Int, rounds: [Int]) -> String {
            nb(
                "ukjent tidspunkt \(round): må være \(Strings.list(rounds.map(String.init), conjunction: "eller"))",
                nn: "ukjent tidspunkt \(round): må vere \(Strings.list(rounds.map(String.init), conjunction: "eller"))")
        }
        public static func targetOutsideScale(_ target: Double, scale: ClosedRange<Double>) -> String {
            let low = NorwegianFormat.decimal(scale.lowerBound, digits: 0)
            let high = NorwegianFormat.decimal(scale.upperBound, digits: 0)
            return nb(
                "målet \(NorwegianFormat.decimal(target)) er utenfor faktorens skala \(low)–\(high)",
                nn: "målet \(NorwegianFormat.decimal(target)) er utanfor skalaen til faktoren \(low)–\(high)")
        }
        public static func more(_ count: Int) -> String { nb("… og \(count) feil til", nn: "… og \(count) feil til") }

        // Decoding: a value of the wrong type, a missing field.
        public static func missingKey(_ key: String) -> String { nb("mangler «\(key)»", nn: "manglar «\(key)»") }
        public static var missingValue: String { nb("verdien mangler (null)", nn: "verdien manglar (null)") }
        public static func wrongType(_ expected: String) -> String {
            nb("må være \(expected)", nn: "må vere \(expected)")
        }
        public static var invalidValue: String { nb("ugyldig verdi", nn: "ugyldig verdi") }
        public static func invalidValue(allowed: [String]) -> String {
            nb(
                "ugyldig verdi; må være \(Strings.list(allowed, conjunction: "eller"))",
                nn: "ugyldig verdi; må vere \(Strings.list(allowed, conjunction: "eller"))")
        }
        public static var typeText: String { nb("tekst", nn: "tekst") }
        public static var typeInteger: String { nb("et helt tall", nn: "eit heilt tal") }
        public static var typeNumber: String { nb("et tall", nn: "eit tal") }
        public static var typeBool: String { nb("true eller false", nn: "true eller false") }
        public static var typeList: String { nb("en liste", nn: "ei liste") }
        public static var typeObject: String { nb("et objekt", nn: "eit objekt") }
        public static var typeDate: String {
            nb("et tidspunkt som 2024-05-01T10:00:00Z", nn: "eit tidspunkt som 2024-05-01T10:00:00Z")
        }
        public static var typeOther: String { nb("en annen type", nn: "ein annan type") }

        // Why a file is not a bundle at all (`AnalysisBundleError`).
        public static var notJSON: String { nb("filen er ikke gyldig JSON", nn: "fila er ikkje gyldig JSON") }
        public static var notABundle: String {
            nb(
                "filen er ikke en analyse eksportert fra kfl (mangler \"format\": \"kfl-analyse\")",
                nn: "fila er ikkje ein analyse eksportert frå kfl (manglar \"format\": \"kfl-analyse\")")
        }
        public static func newerVersion(found: Int, supported: Int) -> String {
            nb(
                "filen er laget av en nyere kfl (versjon \(found); denne kfl leser til og med \(supported))",
                nn: "fila er laga av ein nyare kfl (versjon \(found); denne kfl les til og med \(supported))")
        }
        public static func firstAndMore(_ first: String, more: Int) -> String {
            nb("\(first) (og \(more) feil til)", nn: "\(first) (og \(more) feil til)")
        }
    }
}
