/// Texts of the results browser (TUI) and `kfl show`.
extension Strings {
    public enum Browser {
        /// A read of the snapshot failed while browsing (a damaged page, a lost disk).
        public static func loadFailed(_ reason: String) -> String {
            nb("Kan ikke lese resultatene: \(reason)", nn: "Kan ikkje lese resultata: \(reason)")
        }
        public static var loadFailedShort: String { nb("Kan ikke lese resultatene", nn: "Kan ikkje lese resultata") }
        public static var appName: String { "kfl" }
        public static var wholeCounty: String { nb("Hele fylket", nn: "Heile fylket") }
        public static var wholeMunicipality: String { nb("Hele kommunen", nn: "Heile kommunen") }
        public static var wholeSchool: String { nb("Hele skolen", nn: "Heile skulen") }
        public static var navigationTitle: String { nb("Enheter", nn: "Einingar") }
        public static var resultsTitle: String { nb("Resultater", nn: "Resultat") }
        public static var noData: String { nb("ingen svar", nn: "ingen svar") }
        public static var noGroups: String {
            nb("Ingen svar for denne enheten i dette utvalget.", nn: "Ingen svar for denne eininga i dette utvalet.")
        }
        public static var boysShort: String { "G" }
        public static var girlsShort: String { "J" }
        public static var sideBySide: String { nb("gutter og jenter", nn: "gutar og jenter") }
        public static var county: String { nb("fylket", nn: "fylket") }
        public static var municipality: String { nb("kommunen", nn: "kommunen") }
        public static var nShort: String { "n" }
        /// "n 11 346": the one way a number of respondents is written, on screen, in `kfl show` and
        /// in exports. Given `width`, a count too long for it with spaces drops them ("n 630000"),
        /// so a fixed column never cuts a number.
        public static func nText(_ n: Int, width: Int? = nil) -> String {
            let grouped = "\(nShort) \(NorwegianFormat.integer(n))"
            guard let width, grouped.count > width else { return grouped }
            return "\(nShort) \(n)"
        }
        /// "Åsnes kommune": where a school is, beside its name wherever two could share one.
        public static func municipalityOf(_ name: String) -> String { nb("\(name) kommune", nn: "\(name) kommune") }
        public static var lowerIsBetterMark: String { "↓" }
        public static var lowerIsBetterMarkASCII: String { "(-)" }

        public static func tooSmall(width: Int, height: Int, neededWidth: Int, neededHeight: Int) -> [String] {
            // A very narrow window still gets both sizes, in fewer words.
            width >= 26
                ? [
                    nb("Vinduet er for lite: \(width)×\(height)", nn: "Vindauget er for lite: \(width)×\(height)"),
                    nb(
                        "kfl trenger minst \(neededWidth)×\(neededHeight)",
                        nn: "kfl treng minst \(neededWidth)×\(neededHeight)"),
                    "",
                ]
                : [
                    nb("For lite: \(width)×\(height)", nn: "For lite: \(width)×\(height)"),
                    nb("Trenger \(neededWidth)×\(neededHeight)", nn: "Treng \(neededWidth)×\(neededHeight)"),
                    "",
                ]
        }

        // Key help (sections and descriptions), shown by ? and in the status line.
        public static var sectionMove: String { nb("Flytte", nn: "Flytte") }
        public static var sectionView: String { nb("Utvalg", nn: "Utval") }
        public static var sectionOther: String { nb("Annet", nn: "Anna") }
        public static var helpTitle: String { nb("Hjelp – taster", nn: "Hjelp – tastar") }
        public static var keyUp: String { nb("opp", nn: "opp") }
        public static var keyDown: String { nb("ned", nn: "ned") }
        public static var keyPageUp: String { nb("side opp", nn: "side opp") }
        public static var keyPageDown: String { nb("side ned", nn: "side ned") }
        public static var keyTop: String { nb("til toppen", nn: "til toppen") }
        public static var keyBottom: String { nb("til bunnen", nn: "til botnen") }
        public static var keyOpen: String {
            nb(
                "åpne enhet (en skole: først hva skiller seg ut) / vis faktordetaljer",
                nn: "opne eining (ein skule: først kva som skil seg ut) / vis faktordetaljar")
        }
        public static var keyBack: String { nb("tilbake / lukk", nn: "tilbake / lukk") }
        public static var keyPane: String {
            nb("bytt mellom enheter og resultater", nn: "byt mellom einingar og resultat")
        }
        public static var keyGroup: String { nb("neste respondentgruppe", nn: "neste respondentgruppe") }
        public static var keyGroupBack: String { nb("forrige respondentgruppe", nn: "førre respondentgruppe") }
        public static var keyRound: String { nb("neste tidspunkt", nn: "neste tidspunkt") }
        public static var keyRoundBack: String { nb("forrige tidspunkt", nn: "førre tidspunkt") }
        public static var keyGender: String {
            nb("kjønn: alle, gutter, jenter, side om side", nn: "kjønn: alle, gutar, jenter, side om side")
        }
        public static var keyView: String {
            nb(
                "visning: nivå, utvikling, kull (samme trinn, samme klasse), gutter og jenter",
                nn: "vising: nivå, utvikling, kull (same trinn, same klasse), gutar og jenter")
        }
        public static var keyViewBack: String { nb("forrige visning", nn: "førre vising") }
        public static var keyBaseRound: String {
            nb(
                "endring fra: velg et tidligere tidspunkt å sammenligne med",
                nn: "endring frå: vel eit tidlegare tidspunkt å samanlikne med")
        }
        public static var keySearch: String { nb("søk etter kommune eller skole", nn: "søk etter kommune eller skule") }
        public static var keySearchNext: String { nb("neste treff", nn: "neste treff") }
        public static var keySearchPrevious: String { nb("forrige treff", nn: "førre treff") }
        public static var keyLegend: String { nb("tegnforklaring", nn: "teiknforklaring") }
        public static var keyHelp: String { nb("denne hjelpen", nn: "denne hjelpa") }
        public static var keyAnalysis: String {
            nb("start pedagogisk analyse herfra", nn: "start pedagogisk analyse herifrå")
        }
        public static var keyAnalyses: String { nb("analyser for denne enheten", nn: "analysar for denne eininga") }
        public static var keyQuit: String { nb("avslutt", nn: "avslutt") }
        public static var keySearchHit: String { nb("velg blant treffene", nn: "vel mellom treffa") }
        public static var keySearchGo: String { nb("gå til treffet", nn: "gå til treffet") }
        public static var keySearchBackspace: String { nb("slett et tegn", nn: "slett eitt teikn") }
        public static var keySearchCancel: String { nb("avbryt søket", nn: "avbryt søket") }
        public static var keyScroll: String { nb("bla", nn: "bla") }
        public static var keyClose: String { nb("lukk", nn: "lukk") }

        // Status line words, one per action.
        public static var hintHelp: String { nb("hjelp", nn: "hjelp") }
        public static var hintQuit: String { nb("avslutt", nn: "avslutt") }
        public static var hintOpen: String { nb("åpne", nn: "opne") }
        /// Enter on a school: opening it shows what stands out there first.
        public static var hintOpenSchool: String { nb("oversikt", nn: "oversikt") }
        public static var hintDetail: String { nb("detaljer", nn: "detaljar") }
        public static var hintBack: String { nb("tilbake", nn: "tilbake") }
        public static var hintPane: String { nb("bytt rute", nn: "byt rute") }
        public static var hintGroup: String { nb("gruppe", nn: "gruppe") }
        public static var hintRound: String { nb("tid", nn: "tid") }
        public static var hintGender: String { nb("kjønn", nn: "kjønn") }
        public static var hintSearch: String { nb("søk", nn: "søk") }
        public static var hintAnalysis: String { nb("analyse", nn: "analyse") }
        public static var hintAnalyses: String { nb("analyser", nn: "analysar") }
        public static var hintLegend: String { nb("forklaring", nn: "forklaring") }
        public static var hintView: String { nb("visning", nn: "vising") }
        public static var hintBaseRound: String { nb("endring fra", nn: "endring frå") }
        public static var hintMove: String { nb("flytt", nn: "flytt") }
        public static var hintNextHit: String { nb("neste treff", nn: "neste treff") }
        public static var hintClose: String { nb("lukk", nn: "lukk") }
        public static var hintScroll: String { nb("bla", nn: "bla") }
        public static var hintGoTo: String { nb("gå til", nn: "gå til") }
        public static var hintChooseHit: String { nb("velg treff", nn: "vel treff") }
        public static var hintCancel: String { nb("avbryt", nn: "avbryt") }
        public static var hintOverview: String { nb("oversikt", nn: "oversikt") }
        public static var hintThemes: String { nb("tema", nn: "tema") }

        public static var statusHints: [(String, String)] {
            [
                ("?", nb("hjelp", nn: "hjelp")), ("q", nb("avslutt", nn: "avslutt")), ("Enter", nb("åpne", nn: "opne")),
                ("Esc", nb("tilbake", nn: "tilbake")), ("r", nb("gruppe", nn: "gruppe")),
                ("t", nb("tid", nn: "tid")), ("K", nb("kjønn", nn: "kjønn")), ("/", nb("søk", nn: "søk")),
                ("a", nb("analyse", nn: "analyse")), ("i", nb("forklaring", nn: "forklaring")),
                ("v", nb("visning", nn: "vising")),
            ]
        }

        // Legend.
        public static var legendTitle: String { nb("Tegnforklaring", nn: "Teiknforklaring") }
        /// The legend of the results screen; the county's line names the trinn it is pooled over
        /// (`referenceTrinn`, a school at all trinn lacking some of the group's: `PooledReference`).
        public static func legendLines(
            unicode: Bool, minimumN: Int, referenceTrinn: ClosedRange<Int>? = nil
        ) -> [String] {
            let county = unicode ? "┃" : "|"
            let kommune = unicode ? "╎" : ":"
            let better = unicode ? "▲" : "+"
            let worse = unicode ? "▼" : "-"
            let same = unicode ? "·" : "="
            // Pooled over the school's trinn, it is not the county at the same trinn.
            let countyLine =
                referenceTrinn.map {
                    nb(
                        "\(county)  fylkets gjennomsnitt på \(Reference.span($0)) (samme gruppe, kjønn og tidspunkt)",
                        nn:
                            "\(county)  gjennomsnittet i fylket på \(Reference.span($0)) (same gruppe, kjønn og tidspunkt)"
                    )
                }
                ?? nb(
                    "\(county)  fylkets gjennomsnitt (samme trinn, gruppe, kjønn og tidspunkt)",
                    nn: "\(county)  gjennomsnittet i fylket (same trinn, gruppe, kjønn og tidspunkt)")
            return [
                nb(
                    "Søylen viser enhetens gjennomsnitt på faktorens skala.",
                    nn: "Søyla viser gjennomsnittet for eininga på skalaen til faktoren."),
                countyLine,
                nb(
                    "\(kommune)  kommunens gjennomsnitt (for skoler)",
                    nn: "\(kommune)  gjennomsnittet i kommunen (for skular)"),
                nb("\(better)  klart bedre enn fylket", nn: "\(better)  klart betre enn fylket"),
                nb("\(worse)  klart svakere enn fylket", nn: "\(worse)  klart svakare enn fylket"),
                nb("\(same)  ingen klar forskjell fra fylket", nn: "\(same)  ingen klar skilnad frå fylket"),
                nb(
                    "\(unicode ? lowerIsBetterMark : lowerIsBetterMarkASCII)  etter faktornavnet: lavere verdi er bedre (uro, mobbing, fravær)",
                    nn:
                        "\(unicode ? lowerIsBetterMark : lowerIsBetterMarkASCII)  etter faktornamnet: lågare verdi er betre (uro, mobbing, fråvær)"
                ),
                "",
                nb(
                    "Klart bedre eller svakere betyr at forskjellen er minst 0,2 standardavvik",
                    nn: "Klart betre eller svakare tyder at skilnaden er minst 0,2 standardavvik"),
                nb(
                    "(effektstørrelse d) og at 95 % konfidensintervallet for enhetens",
                    nn: "(effektstorleik d) og at 95 % konfidensintervallet for gjennomsnittet"),
                nb(
                    "gjennomsnitt ikke inneholder fylkets gjennomsnitt. Små grupper har",
                    nn: "til eininga ikkje inneheld gjennomsnittet i fylket. Små grupper har"),
                nb("brede intervaller, så der skal det mer til.", nn: "breie intervall, så der skal det meir til."),
                "",
                nb(
                    "Grønt betyr klart bedre og rødt klart svakere, uansett om faktoren er",
                    nn: "Grønt tyder klart betre og raudt klart svakare, same om faktoren er"),
                nb(
                    "best høy eller lav. Tegnene sier det samme uten farger.",
                    nn: "best høg eller låg. Teikna seier det same utan fargar."),
                "",
                nb(
                    "skjermet: under \(minimumN) svar, eller skjult så en mindre gruppe ikke kan regnes ut",
                    nn: "skjerma: under \(minimumN) svar, eller løynd så ei mindre gruppe ikkje kan reknast ut"),
                nb(
                    "«For å verne en mindre gruppe» alene: minst \(minimumN) svar, en del av dem vises.",
                    nn: "«For å verne ei mindre gruppe» åleine: minst \(minimumN) svar, delar av dei er viste."),
                nb("Ingen lister rangerer skoler eller kommuner.", nn: "Ingen lister rangerer skular eller kommunar."),
            ]
        }

        // Search.
        public static var searchPrompt: String { nb("Søk: ", nn: "Søk: ") }
        /// On a pane's border when factors are out of sight.
        public static func moreBelow(_ count: Int) -> String {
            count == 1
                ? nb("1 faktor til", nn: "1 faktor til") : nb("\(count) faktorer til", nn: "\(count) faktorar til")
        }
        public static func moreAbove(_ count: Int) -> String {
            count == 1
                ? nb("1 faktor over", nn: "1 faktor over") : nb("\(count) faktorer over", nn: "\(count) faktorar over")
        }
        public static var searchTitle: String {
            nb("Søk etter kommune eller skole", nn: "Søk etter kommune eller skule")
        }
        /// The group the user chose is not at this unit: another is shown.
        public static func groupNotHere(_ wanted: String, unit: String, shown: String) -> String {
            nb(
                "\(unit) har ingen svar fra \(wanted) – viser \(shown)",
                nn: "\(unit) har ingen svar frå \(wanted) – viser \(shown)")
        }
        public static func searchMatches(_ count: Int) -> String {
            count == 1 ? nb("1 treff", nn: "1 treff") : nb("\(count) treff", nn: "\(count) treff")
        }
        public static var searchNoMatch: String { nb("ingen treff", nn: "ingen treff") }

        // Factor detail.
        public static var detailByTrinn: String { nb("Per trinn", nn: "Per trinn") }
        public static var detailByGender: String { nb("Gutter og jenter", nn: "Gutar og jenter") }
        public static var detailByRound: String { nb("Per tidspunkt", nn: "Per tidspunkt") }
        public static var detailDirection: String { nb("Retning", nn: "Retning") }
        public static func detailTitle(_ factor: String, unit: String) -> String { "\(factor) – \(unit)" }
        public static var detailHint: String { nb("Esc lukker · ↑↓ blar", nn: "Esc lukkar · ↑↓ blar") }
        public static var allTrinnLabel: String { nb("Alle trinn", nn: "Alle trinn") }
        /// "Retning: høyere er bedre · skala 1–5 · 6 spørsmål".
        public static func detailFacts(_ factor: Factor) -> String {
            let low = NorwegianFormat.decimal(factor.scale.lowerBound, digits: 0)
            let high = NorwegianFormat.decimal(factor.scale.upperBound, digits: 0)
            return nb(
                "\(detailDirection): \(Strings.directionText(factor.direction)) · skala \(low)–\(high) · \(factor.questions) spørsmål",
                nn:
                    "\(detailDirection): \(Strings.directionText(factor.direction)) · skala \(low)–\(high) · \(factor.questions) spørsmål"
            )
        }

        // show command.
        public static var showCSVHeader: [String] {
            [
                nb("enhet", nn: "eining"), nb("trinn", nn: "trinn"), nb("gruppe", nn: "gruppe"),
                nb("tidspunkt", nn: "tidspunkt"), nb("kjønn", nn: "kjønn"),
                nb("område", nn: "område"), nb("faktor", nn: "faktor"), nb("retning", nn: "retning"),
                nb("gjennomsnitt", nn: "gjennomsnitt"), "n", "sd", nb("fylket", nn: "fylket"),
                nb("kommunen", nn: "kommunen"), nb("d mot fylket", nn: "d mot fylket"),
                nb("vurdering", nn: "vurdering"),
                nb("resten av kommunen", nn: "resten av kommunen"), nb("n resten", nn: "n resten"),
                nb("forskjell mot resten", nn: "skilnad mot resten"), nb("d mot resten", nn: "d mot resten"),
                nb("vurdering mot resten", nn: "vurdering mot resten"),
                nb("merknad", nn: "merknad"), nb("data", nn: "data"),
            ]
        }

        /// The one-line legend under `kfl show`'s results.
        public static func resultsLegend(ascii: Bool) -> String {
            ascii
                ? nb(
                    "| fylket  : kommunen  + klart bedre  - klart svakere  = ingen klar forskjell",
                    nn: "| fylket  : kommunen  + klart betre  - klart svakare  = ingen klar skilnad")
                : nb(
                    "┃ fylket  ╎ kommunen  ▲ klart bedre  ▼ klart svakere  · ingen klar forskjell",
                    nn: "┃ fylket  ╎ kommunen  ▲ klart betre  ▼ klart svakare  · ingen klar skilnad")
        }
    }
}
