import Testing

@testable import KFLCore

@Suite struct LanguageTests {
    @Test func theOptionWinsThenKFLSprakThenTheLocale() throws {
        let env = ["KFL_SPRAK": "nn", "LANG": "nb_NO.UTF-8"]
        #expect(try Language.choose(option: "nb", environment: env) == .bokmal)
        #expect(try Language.choose(option: nil, environment: env) == .nynorsk)
        #expect(try Language.choose(option: nil, environment: ["LANG": "nn_NO.UTF-8"]) == .nynorsk)
        #expect(try Language.choose(option: nil, environment: ["LANG": "nb_NO.UTF-8"]) == .bokmal)
        #expect(try Language.choose(option: nil, environment: [:]) == .bokmal)
        #expect(try Language.choose(option: "nynorsk", environment: [:]) == .nynorsk)
    }

    @Test func theLocaleFollowsPOSIXOrder() throws {
        #expect(try Language.choose(option: nil, environment: ["LC_MESSAGES": "nn_NO.UTF-8", "LANG": "C"]) == .nynorsk)
        #expect(
            try Language.choose(option: nil, environment: ["LC_ALL": "C.UTF-8", "LC_MESSAGES": "nn_NO"]) == .bokmal)
        #expect(try Language.choose(option: nil, environment: ["LC_ALL": "", "LANG": "nn_NO"]) == .nynorsk)
        #expect(try Language.choose(option: nil, environment: ["KFL_SPRAK": "", "LANG": "nn_NO"]) == .nynorsk)
        #expect(Language.ofLocale("no_NO@nynorsk") == .nynorsk)
        #expect(Language.ofLocale("en_US.UTF-8") == .bokmal)
    }

    @Test func anUnknownCodeSaysWhereItCameFrom() {
        #expect(throws: LanguageChoiceError(source: "--sprak", value: "se")) {
            try Language.choose(option: "se", environment: [:])
        }
        #expect(throws: LanguageChoiceError(source: "KFL_SPRAK", value: "en")) {
            try Language.choose(option: nil, environment: ["KFL_SPRAK": "en"])
        }
    }

    @Test func textsFollowTheBoundLanguageAndNumbersStayNorwegian() {
        #expect(Strings.Browser.wholeSchool == "Hele skolen")
        Language.$current.withValue(.nynorsk) {
            #expect(Strings.Browser.wholeSchool == "Heile skulen")
            #expect(Strings.genderName(.boys) == "gutar")
            #expect(Strings.roundName(2020) == "hausten 2020")
            #expect(NorwegianFormat.decimal(3.4) == "3,4")
        }
        #expect(Strings.genderName(.boys) == "gutter")
    }

    @Test func instrumentNamesComeFromTheBuiltInNynorskByID() {
        let factor = Instrument.builtIn.factor(id: "e510_mobbet")!
        #expect(factor.name == "Å bli mobbet")
        Language.$current.withValue(.nynorsk) {
            #expect(factor.name == "Å bli mobba")
            #expect(factor.areaName == "Åtferd")
            #expect(Instrument.builtIn.group(id: "elev510")?.shortName == "Elevar 5–10")
        }
        // What is stored (in snapshots) is the instrument as written, whatever the language.
        let stored = Language.$current.withValue(.nynorsk) { try? Instrument.builtIn.jsonData() }
        #expect(stored == (try? Instrument.builtIn.jsonData()))
    }

    @Test func tablesMadeForEachLanguageFollowTheBinding() {
        let table = PerLanguage { Strings.Browser.keyQuit + " " + Strings.Browser.wholeSchool }
        #expect(table.current == "avslutt Hele skolen")
        #expect(Language.$current.withValue(.nynorsk) { table.current } == "avslutt Heile skulen")
    }
}
