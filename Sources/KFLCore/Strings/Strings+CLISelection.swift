/// The command line's option values and what it says about a selection (`kfl show`).
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
