/// What `kfl analyse import` says about a field of a bundle that cannot be imported.
extension Strings {
    public enum BundleCheck {
        public static let emptyID = "id-en er tom"
        public static let emptyValue = "verdien er tom"
        public static func duplicateID(_ id: String, first: String) -> String {
            "id-en «\(ControlCharacters.escaped(id))» står to ganger (først i \(first))"
        }
        public static func control(_ character: String) -> String { "teksten har styretegnet \(character)" }
        public static func unknownFactor(_ id: String, suggestion: String?) -> String {
            "ukjent faktor «\(id)»" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
        }
        public static func unknownGroup(_ id: String, suggestion: String?) -> String {
            "ukjent respondentgruppe «\(ControlCharacters.escaped(id))»"
                + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
        }
        public static func unknownHypothesis(_ id: String) -> String {
            "tiltaket viser til hypotesen «\(id)», som ikke finnes i analysen"
        }
        public static func hypothesisTwice(_ id: String) -> String { "hypotesen «\(id)» står to ganger" }
        public static func trinnOutside(_ trinn: Int) -> String { "trinn \(trinn) er utenfor 0–10 (0 er alle trinn)" }
        public static func trinnNotInGroup(_ trinn: Int, group: String) -> String {
            "gruppen «\(group)» har ikke \(trinn). trinn"
        }
        public static func unknownRound(_ round: Int, rounds: [Int]) -> String {
            "ukjent tidspunkt \(round): må være \(Strings.list(rounds.map(String.init), conjunction: "eller"))"
        }
        public static func targetOutsideScale(_ target: Double, scale: ClosedRange<Double>) -> String {
            let low = NorwegianFormat.decimal(scale.lowerBound, digits: 0)
            let high = NorwegianFormat.decimal(scale.upperBound, digits: 0)
            return "målet \(NorwegianFormat.decimal(target)) er utenfor faktorens skala \(low)–\(high)"
        }
        public static func more(_ count: Int) -> String { "… og \(count) feil til" }

        // Decoding: a value of the wrong type, a missing field.
        public static func missingKey(_ key: String) -> String { "mangler «\(key)»" }
        public static let missingValue = "verdien mangler (null)"
        public static func wrongType(_ expected: String) -> String { "må være \(expected)" }
        public static let invalidValue = "ugyldig verdi"
        public static func invalidValue(allowed: [String]) -> String {
            "ugyldig verdi; må være \(Strings.list(allowed, conjunction: "eller"))"
        }
        public static let typeText = "tekst"
        public static let typeInteger = "et helt tall"
        public static let typeNumber = "et tall"
        public static let typeBool = "true eller false"
        public static let typeList = "en liste"
        public static let typeObject = "et objekt"
        public static let typeDate = "et tidspunkt som 2024-05-01T10:00:00Z"
        public static let typeOther = "en annen type"
    }
}
