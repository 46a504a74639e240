/// Texts of the results browser (TUI) and `kfl show`.
extension Strings {
    public enum Browser {
        /// A read of the snapshot failed while browsing (a damaged page, a lost disk).
        public static func loadFailed(_ reason: String) -> String { "Kan ikke lese resultatene: \(reason)" }
        public static let loadFailedShort = "Kan ikke lese resultatene"
        public static let appName = "kfl"
        public static let wholeCounty = "Hele fylket"
        public static let wholeMunicipality = "Hele kommunen"
        public static let wholeSchool = "Hele skolen"
        public static let navigationTitle = "Enheter"
        public static let resultsTitle = "Resultater"
        public static let noData = "ingen svar"
        public static let noGroups = "Ingen svar for denne enheten i dette utvalget."
        public static let boysShort = "G"
        public static let girlsShort = "J"
        public static let sideBySide = "gutter og jenter"
        public static let county = "fylket"
        public static let municipality = "kommunen"
        public static let nShort = "n"
        /// "Åsnes kommune": where a school is, beside its name wherever two could share one.
        public static func municipalityOf(_ name: String) -> String { "\(name) kommune" }
        public static let lowerIsBetterMark = "↓"
        public static let lowerIsBetterMarkASCII = "(-)"

        public static func tooSmall(width: Int, height: Int, neededWidth: Int, neededHeight: Int) -> [String] {
            // A very narrow window still gets both sizes, in fewer words.
            width >= 26
                ? ["Vinduet er for lite: \(width)×\(height)", "kfl trenger minst \(neededWidth)×\(neededHeight)", ""]
                : ["For lite: \(width)×\(height)", "Trenger \(neededWidth)×\(neededHeight)", ""]
        }

        // Key help (sections and descriptions), shown by ? and in the status line.
        public static let sectionMove = "Flytte"
        public static let sectionView = "Utvalg"
        public static let sectionOther = "Annet"
        public static let helpTitle = "Hjelp – taster"
        public static let keyUp = "opp"
        public static let keyDown = "ned"
        public static let keyPageUp = "side opp"
        public static let keyPageDown = "side ned"
        public static let keyTop = "til toppen"
        public static let keyBottom = "til bunnen"
        public static let keyOpen = "åpne enhet / vis faktordetaljer"
        public static let keyBack = "tilbake / lukk"
        public static let keyPane = "bytt mellom enheter og resultater"
        public static let keyGroup = "neste respondentgruppe"
        public static let keyGroupBack = "forrige respondentgruppe"
        public static let keyRound = "neste tidspunkt"
        public static let keyRoundBack = "forrige tidspunkt"
        public static let keyGender = "kjønn: alle, gutter, jenter, side om side"
        public static let keyView = "visning: nivå, utvikling, kull (samme trinn, samme klasse), gutter og jenter"
        public static let keyViewBack = "forrige visning"
        public static let keyBaseRound = "endring fra: velg et tidligere tidspunkt å sammenligne med"
        public static let keySearch = "søk etter kommune eller skole"
        public static let keySearchNext = "neste treff"
        public static let keySearchPrevious = "forrige treff"
        public static let keyLegend = "tegnforklaring"
        public static let keyHelp = "denne hjelpen"
        public static let keyAnalysis = "start pedagogisk analyse herfra"
        public static let keyAnalyses = "analyser for denne enheten"
        public static let keyQuit = "avslutt"
        public static let keySearchHit = "velg blant treffene"
        public static let keySearchGo = "gå til treffet"
        public static let keySearchBackspace = "slett et tegn"
        public static let keySearchCancel = "avbryt søket"
        public static let keyScroll = "bla"
        public static let keyClose = "lukk"

        // Status line words, one per action.
        public static let hintHelp = "hjelp"
        public static let hintQuit = "avslutt"
        public static let hintOpen = "åpne"
        public static let hintDetail = "detaljer"
        public static let hintBack = "tilbake"
        public static let hintPane = "bytt rute"
        public static let hintGroup = "gruppe"
        public static let hintRound = "tid"
        public static let hintGender = "kjønn"
        public static let hintSearch = "søk"
        public static let hintAnalysis = "analyse"
        public static let hintAnalyses = "analyser"
        public static let hintLegend = "forklaring"
        public static let hintView = "visning"
        public static let hintBaseRound = "endring fra"
        public static let hintMove = "flytt"
        public static let hintNextHit = "neste treff"
        public static let hintClose = "lukk"
        public static let hintScroll = "bla"
        public static let hintGoTo = "gå til"
        public static let hintChooseHit = "velg treff"
        public static let hintCancel = "avbryt"

        public static let statusHints: [(String, String)] = [
            ("?", "hjelp"), ("q", "avslutt"), ("Enter", "åpne"), ("Esc", "tilbake"), ("r", "gruppe"),
            ("t", "tid"), ("K", "kjønn"), ("/", "søk"), ("a", "analyse"), ("i", "forklaring"), ("v", "visning"),
        ]

        // Legend.
        public static let legendTitle = "Tegnforklaring"
        public static func legendLines(unicode: Bool, minimumN: Int) -> [String] {
            let county = unicode ? "┃" : "|"
            let kommune = unicode ? "╎" : ":"
            let better = unicode ? "▲" : "+"
            let worse = unicode ? "▼" : "-"
            let same = unicode ? "·" : "="
            return [
                "Søylen viser enhetens gjennomsnitt på faktorens skala.",
                "\(county)  fylkets gjennomsnitt (samme trinn, gruppe, kjønn og tidspunkt)",
                "\(kommune)  kommunens gjennomsnitt (for skoler)",
                "\(better)  klart bedre enn fylket",
                "\(worse)  klart svakere enn fylket",
                "\(same)  ingen klar forskjell fra fylket",
                "\(unicode ? lowerIsBetterMark : lowerIsBetterMarkASCII)  etter faktornavnet: lavere verdi er bedre (uro, mobbing, fravær)",
                "",
                "Klart bedre eller svakere betyr at forskjellen er minst 0,2 standardavvik",
                "(effektstørrelse d) og at 95 % konfidensintervallet for enhetens",
                "gjennomsnitt ikke inneholder fylkets gjennomsnitt. Små grupper har",
                "brede intervaller, så der skal det mer til.",
                "",
                "Grønt betyr klart bedre og rødt klart svakere, uansett om faktoren er",
                "best høy eller lav. Tegnene sier det samme uten farger.",
                "",
                "skjermet: færre enn \(minimumN) svar, eller skjult fordi verdien ellers",
                "kunne regnes ut fra andre tall.",
                "Ingen lister rangerer skoler eller kommuner.",
            ]
        }

        // Search.
        public static let searchPrompt = "Søk: "
        /// On a pane's border when factors are out of sight.
        public static func moreBelow(_ count: Int) -> String { count == 1 ? "1 faktor til" : "\(count) faktorer til" }
        public static func moreAbove(_ count: Int) -> String { count == 1 ? "1 faktor over" : "\(count) faktorer over" }
        public static let searchTitle = "Søk etter kommune eller skole"
        /// The group the user chose is not at this unit: another is shown.
        public static func groupNotHere(_ wanted: String, unit: String, shown: String) -> String {
            "\(unit) har ingen svar fra \(wanted) – viser \(shown)"
        }
        public static func searchMatches(_ count: Int) -> String {
            count == 1 ? "1 treff" : "\(count) treff"
        }
        public static let searchNoMatch = "ingen treff"

        // Factor detail.
        public static let detailByTrinn = "Per trinn"
        public static let detailByGender = "Gutter og jenter"
        public static let detailByRound = "Per tidspunkt"
        public static let detailDirection = "Retning"
        public static func detailTitle(_ factor: String, unit: String) -> String { "\(factor) – \(unit)" }
        public static let detailHint = "Esc lukker · ↑↓ blar"
        public static let allTrinnLabel = "Alle trinn"
        /// "Retning: høyere er bedre · skala 1–5 · 6 spørsmål".
        public static func detailFacts(_ factor: Factor) -> String {
            let low = NorwegianFormat.decimal(factor.scale.lowerBound, digits: 0)
            let high = NorwegianFormat.decimal(factor.scale.upperBound, digits: 0)
            return "\(detailDirection): \(Strings.directionText(factor.direction)) · skala \(low)–\(high) · \(factor.questions) spørsmål"
        }

        // show command.
        public static let showCSVHeader = [
            "enhet", "trinn", "gruppe", "tidspunkt", "kjønn",
            "område", "faktor", "retning", "gjennomsnitt", "n", "sd", "fylket", "kommunen", "d mot fylket", "vurdering",
            "resten av kommunen", "n resten", "forskjell mot resten", "d mot resten", "vurdering mot resten",
            "merknad", "data",
        ]
    }
}
