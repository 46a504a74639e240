#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Texts of the analysis screens in the terminal: the list of analyses, the
/// seven steps, pickers, help and messages.
extension Strings {
    public enum AnalysisTUI {
        // MARK: List of analyses
        public static func listTitle(_ unit: String) -> String {
            nb("Analyser for \(unit)", nn: "Analysar for \(unit)")
        }
        public static func newFrom(_ what: String) -> String {
            nb("n: ny analyse fra \(what)", nn: "n: ny analyse frå \(what)")
        }
        public static var noAnalyses: String {
            nb("Ingen analyser for denne enheten ennå.", nn: "Ingen analysar for denne eininga enno.")
        }
        public static func changed(_ date: Date) -> String {
            nb("endret \(shortDate(date))", nn: "endra \(shortDate(date))")
        }

        /// "14.11.2023", in Norwegian time.
        public static func shortDate(_ date: Date) -> String {
            let time = NorwegianTime(date)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(two(time.day)).\(two(time.month)).\(time.year)"
        }
        public static var renamePrompt: String { nb("Nytt navn: ", nn: "Nytt namn: ") }
        public static var renameHint: String {
            nb("Enter lagrer navnet · Esc avbryter", nn: "Enter lagrar namnet · Esc avbryt")
        }
        public static var created: String {
            nb(
                "Ny analyse opprettet. Alt du skriver, lagres med en gang.",
                nn: "Ny analyse oppretta. Alt du skriv, blir lagra med ein gong.")
        }
        public static func duplicated(_ title: String) -> String {
            nb("Kopiert til «\(title)».", nn: "Kopiert til «\(title)».")
        }
        public static func deleted(_ title: String) -> String { nb("Slettet «\(title)».", nn: "Sletta «\(title)».") }
        public static var listHelpTitle: String { nb("Hjelp – analyser", nn: "Hjelp – analysar") }
        public static var keyResume: String { nb("åpne analysen", nn: "opne analysen") }
        public static var keyNew: String {
            nb(
                "ny analyse fra utvalget i resultatvisningen (du gir den et navn først)",
                nn: "ny analyse frå utvalet i resultatvisinga (du gir han eit namn først)")
        }
        public static var keyRename: String { nb("gi nytt navn", nn: "gi nytt namn") }
        public static var keyDuplicate: String { nb("dupliser", nn: "dupliser") }
        public static var keyFinish: String { nb("merk som fullført / pågår", nn: "merk som fullført / i gang") }
        public static var keyDelete: String { nb("slett (spør først)", nn: "slett (spør først)") }
        public static var keyBackToBrowser: String { nb("tilbake til resultatene", nn: "tilbake til resultata") }
        public static var keySaveTitle: String { nb("lagre navnet", nn: "lagre namnet") }
        public static var keyCreate: String {
            nb("opprett analysen med dette navnet", nn: "opprett analysen med dette namnet")
        }
        public static var sectionList: String { nb("Analyser", nn: "Analysar") }

        // MARK: Steps
        public static func stepHeading(number: Int, title: String) -> String {
            nb("Steg \(number) av 7: \(title)", nn: "Steg \(number) av 7: \(title)")
        }
        public static var guideTitle: String { nb("Veiledning", nn: "Rettleiing") }
        public static var questionsHeading: String { nb("Spørsmål å drøfte", nn: "Spørsmål å drøfte") }
        public static var guideMore: String { nb("i: hele veiledningen", nn: "i: heile rettleiinga") }
        public static var measuresHeading: String { nb("Hva faktoren måler", nn: "Kva faktoren måler") }
        public static var commonlyDiscussedHeading: String {
            nb("Opprettholdende faktorer som ofte drøftes", nn: "Opprethaldande faktorar som ofte blir drøfta")
        }
        public static var editingHint: String {
            nb("skriver – Esc går ut, alt lagres fortløpende", nn: "skriv – Esc går ut, alt blir lagra fortløpande")
        }
        public static var emptyField: String { nb("(tomt – Enter for å skrive)", nn: "(tomt – Enter for å skrive)") }
        public static var noLinkedFactors: String {
            nb(
                "Ingen faktorer er knyttet til analysen. Trykk n for å legge til.",
                nn: "Ingen faktorar er knytte til analysen. Trykk n for å leggje til.")
        }
        public static var noHypotheses: String {
            nb(
                "Ingen hypoteser ennå. Trykk n for å skrive den første.",
                nn: "Ingen hypotesar enno. Trykk n for å skrive den første.")
        }
        public static var noHypothesesFiltered: String {
            nb("Ingen hypoteser passer filteret.", nn: "Ingen hypotesar passar til filteret.")
        }
        public static var noActions: String {
            nb("Ingen tiltak ennå. Trykk n for å legge til.", nn: "Ingen tiltak enno. Trykk n for å leggje til.")
        }
        public static var noIndicators: String {
            nb(
                "Ingen indikatorer ennå. Trykk n for å velge en faktor som skal vise endring.",
                nn: "Ingen indikatorar enno. Trykk n for å velje ein faktor som skal vise endring.")
        }
        /// An indicator with no round chosen yet: what is missing, and the key that chooses it.
        public static var byRoundNotSet: String {
            nb("tidspunkt ikke valgt (t)", nn: "tidspunkt ikkje valt (t)")
        }
        public static var dataLabel: String { nb("Data", nn: "Data") }
        public static var noEvidence: String { nb("ingen data knyttet (e)", nn: "ingen data knytte (e)") }
        public static var targetsLabel: String { nb("Retter seg mot", nn: "Rettar seg mot") }
        public static var noTargets: String { nb("ingen hypotese (h)", nn: "ingen hypotese (h)") }
        public static func hypothesisNumber(_ n: Int) -> String { "H\(n)" }
        public static func actionNumber(_ n: Int) -> String { nb("Tiltak \(n)", nn: "Tiltak \(n)") }
        public static var prioritisedMark: String { nb("PRIORITERT", nn: "PRIORITERT") }
        public static var warningsHeading: String { nb("Løse tråder", nn: "Lause trådar") }
        public static func filterLabel(_ perspective: String?, onlyPrioritised: Bool) -> String {
            var parts: [String] = []
            if let perspective { parts.append(nb("perspektiv: \(perspective)", nn: "perspektiv: \(perspective)")) }
            if onlyPrioritised { parts.append(nb("bare prioriterte", nn: "berre prioriterte")) }
            return parts.isEmpty
                ? "" : nb("Filter: ", nn: "Filter: ") + parts.joined(separator: ", ") + nb(" (f, P)", nn: " (f, P)")
        }
        public static func inspirationFor(_ factor: String) -> String {
            nb("Ofte drøftet for «\(factor)»", nn: "Ofte drøfta for «\(factor)»")
        }
        public static var detailTitle: String { nb("Per kjønn og tidspunkt", nn: "Per kjønn og tidspunkt") }
        public static func trinnAndGender(_ trinn: Int, _ gender: Gender) -> String {
            "\(Strings.trinnName(trinn)), \(Strings.genderName(gender))"
        }
        /// "innen høsten 2022", or that no round is chosen yet.
        public static func byRound(_ round: Int?) -> String {
            guard let round else { return byRoundNotSet }
            return "\(Strings.Analysis.indicatorByRound.lowercased()) \(Strings.roundName(round))"
        }
        public static var guideOverlayHint: String { nb("Esc lukker · ↑↓ blar", nn: "Esc lukkar · ↑↓ blar") }
        public static var noTarget: String { nb("Målverdi: ingen (m)", nn: "Målverdi: ingen (m)") }
        public static func targetLine(_ text: String) -> String { nb("Målverdi: \(text)", nn: "Målverdi: \(text)") }

        // MARK: Pickers
        public static var pickFactorTitle: String { nb("Velg faktor", nn: "Vel faktor") }
        public static var pickIndicatorTitle: String {
            nb("Velg faktor som skal vise endring", nn: "Vel faktor som skal vise endring")
        }
        public static var pickEvidenceTitle: String {
            nb("Data som belyser hypotesen", nn: "Data som kastar lys over hypotesen")
        }
        public static var pickTargetsTitle: String {
            nb("Hypoteser tiltaket retter seg mot", nn: "Hypotesar tiltaket rettar seg mot")
        }
        public static var pickerHint: String { nb("Enter velger · Esc lukker", nn: "Enter vel · Esc lukkar") }
        public static var toggleHint: String {
            nb("Mellomrom/Enter slår av og på · Esc ferdig", nn: "Mellomrom/Enter slår av og på · Esc ferdig")
        }
        public static var needLinkedFactors: String {
            nb("Knytt faktorer til analysen i steg 3 først.", nn: "Knyt faktorar til analysen i steg 3 først.")
        }
        public static var needHypotheses: String {
            nb("Skriv hypoteser i steg 4 først.", nn: "Skriv hypotesar i steg 4 først.")
        }
        public static var alreadyLinked: String { nb("(allerede knyttet)", nn: "(allereie knytt)") }
        public static var alreadyTaken: String { nb("(allerede tatt med)", nn: "(allereie teken med)") }
        public static func pickTrinnTitle(_ factor: String) -> String {
            nb("Trinn for «\(factor)»", nn: "Trinn for «\(factor)»")
        }
        public static func pickGenderTitle(_ factor: String) -> String {
            nb("Kjønn for «\(factor)»", nn: "Kjønn for «\(factor)»")
        }
        public static func onlyAllTrinn(_ group: String, wholeSchool: Bool) -> String {
            wholeSchool
                ? nb(
                    "\(group) svarer for hele skolen: bare «alle trinn».",
                    nn: "\(group) svarar for heile skulen: berre «alle trinn».")
                : nb(
                    "Enheten har ingen trinn som \(group) svarer for: bare «alle trinn».",
                    nn: "Eininga har ingen trinn som \(group) svarar for: berre «alle trinn».")
        }
        public static var noGenderSplit: String {
            nb(
                "Denne gruppen svarer ikke per kjønn: bare «alle».",
                nn: "Denne gruppa svarar ikkje per kjønn: berre «alle».")
        }
        public static var gapIsAllPupils: String {
            nb(
                "Gutter mot jenter gjelder alle elever: kjønn velges ikke.",
                nn: "Gutar mot jenter gjeld alle elevar: kjønn blir ikkje valt.")
        }
        public static var levelAtAnalysisRound: String {
            nb(
                "Nivået gjelder analysens tidspunkt. v bytter til utvikling, kull eller gutter mot jenter.",
                nn: "Nivået gjeld tidspunktet for analysen. v byter til utvikling, kull eller gutar mot jenter.")
        }
        public static var baseRoundOnlyForChange: String {
            nb(
                "Bare utvikling og kull måles fra et tidligere tidspunkt.",
                nn: "Berre utvikling og kull blir målte frå eit tidlegare tidspunkt.")
        }

        // MARK: Target value
        public static func targetTitle(_ factor: String) -> String {
            nb("Målverdi for «\(factor)»", nn: "Målverdi for «\(factor)»")
        }
        public static func targetScale(_ scale: String, direction: Direction) -> String {
            nb(
                "Skalaen er \(scale), \(Strings.directionText(direction)). Tomt felt: ingen målverdi.",
                nn: "Skalaen er \(scale), \(Strings.directionText(direction)). Tomt felt: ingen målverdi.")
        }
        public static var targetPrompt: String { nb("Målverdi: ", nn: "Målverdi: ") }
        public static var targetHint: String { nb("Enter lagrer · Esc avbryter", nn: "Enter lagrar · Esc avbryt") }

        // MARK: Confirmations and messages
        public static func confirmRemove(_ what: String) -> String {
            nb("Fjerne \(what)? (j/n)", nn: "Fjerne \(what)? (j/n)")
        }
        public static var theFactor: String { nb("faktoren", nn: "faktoren") }
        public static var theHypothesis: String { nb("hypotesen og teksten i den", nn: "hypotesen og teksten i han") }
        public static var theAction: String { nb("tiltaket og teksten i det", nn: "tiltaket og teksten i det") }
        public static var theIndicator: String { nb("indikatoren", nn: "indikatoren") }
        public static var conflictChanged: String { nb("Endret i et annet vindu.", nn: "Endra i eit anna vindauge.") }
        public static var conflictEditing: String {
            nb(
                "Endret i et annet vindu. Ctrl-O: lagre din · Ctrl-R: hent deres",
                nn: "Endra i eit anna vindauge. Ctrl-O: lagre din · Ctrl-R: hent deira")
        }
        public static var conflictChoose: String {
            nb(
                "Velg først: Ctrl-O lagrer din tekst · Ctrl-R henter deres",
                nn: "Vel først: Ctrl-O lagrar teksten din · Ctrl-R hentar deira")
        }
        public static var lastField: String {
            nb("Siste felt i dette steget. Esc er ferdig.", nn: "Siste felt i dette steget. Esc er ferdig.")
        }
        public static var firstField: String {
            nb("Første felt i dette steget. Esc er ferdig.", nn: "Første felt i dette steget. Esc er ferdig.")
        }
        public static func saveFailed(_ detail: String) -> String {
            nb(
                "Kunne ikke lagre (prøver igjen ved neste endring): \(detail)",
                nn: "Kunne ikkje lagre (prøver igjen ved neste endring): \(detail)")
        }
        public static func loadFailed(_ detail: String) -> String {
            nb("Kunne ikke lese arbeidsboka: \(detail)", nn: "Kunne ikkje lese arbeidsboka: \(detail)")
        }
        public static var analysisGone: String {
            nb("Analysen er slettet i et annet vindu.", nn: "Analysen er sletta i eit anna vindauge.")
        }

        // MARK: Status line (one or two words per key; each word names one action)
        public static var hintEdit: String { nb("skriv", nn: "skriv") }
        public static var hintNextStep: String { nb("neste steg", nn: "neste steg") }
        public static var hintGoToStep: String { nb("steg", nn: "steg") }
        public static var hintMove: String { nb("flytt", nn: "flytt") }
        public static var hintRemove: String { nb("fjern", nn: "fjern") }
        public static var hintAddFactor: String { nb("ny faktor", nn: "ny faktor") }
        public static var hintAddHypothesis: String { nb("ny hypotese", nn: "ny hypotese") }
        public static var hintAddAction: String { nb("nytt tiltak", nn: "nytt tiltak") }
        public static var hintAddIndicator: String { nb("ny indikator", nn: "ny indikator") }
        public static var hintPerspective: String { nb("perspektiv", nn: "perspektiv") }
        public static var hintAssessment: String { nb("vurdering", nn: "vurdering") }
        public static var hintImportance: String { nb("betydning", nn: "vekt") }
        public static var hintInfluence: String { nb("påvirke", nn: "påverke") }
        public static var hintEvidence: String { nb("data", nn: "data") }
        public static var hintSuggestion: String { nb("forslag", nn: "forslag") }
        public static var hintFilter: String { nb("filter", nn: "filter") }
        public static var hintOnlyPrioritised: String { nb("prioriterte", nn: "prioriterte") }
        public static var hintTargets: String { nb("hypoteser", nn: "hypotesar") }
        public static var hintByRound: String { nb("innen", nn: "innan") }
        public static var hintBack: String { nb("analyser", nn: "analysar") }
        public static var hintExport: String { nb("eksporter", nn: "eksporter") }
        public static var hintGuide: String { nb("veiledning", nn: "rettleiing") }
        public static var hintQuit: String { nb("avslutt", nn: "avslutt") }
        public static var hintHelp: String { nb("hjelp", nn: "hjelp") }
        public static var hintLeaveField: String { nb("ferdig", nn: "ferdig") }
        public static var hintNextField: String { nb("neste felt", nn: "neste felt") }
        public static var hintUndo: String { nb("angre", nn: "angre") }
        public static var hintRedo: String { nb("gjør om", nn: "gjer om") }
        public static var hintOverwrite: String { nb("lagre din", nn: "lagre din") }
        public static var hintTakeStored: String { nb("hent deres", nn: "hent deira") }
        public static var hintYes: String { nb("ja", nn: "ja") }
        public static var hintNo: String { nb("nei", nn: "nei") }
        public static var hintMarkdown: String { nb("Markdown", nn: "Markdown") }
        public static var hintHTML: String { nb("HTML", nn: "HTML") }
        public static var hintCancel: String { nb("avbryt", nn: "avbryt") }
        public static var hintPick: String { nb("velg", nn: "vel") }
        public static var hintChoose: String { nb("legg til", nn: "legg til") }
        public static var hintToggle: String { nb("på/av", nn: "på/av") }
        public static var hintDone: String { nb("lukk", nn: "lukk") }
        public static var hintClose: String { nb("lukk", nn: "lukk") }
        public static var hintClearFilter: String { nb("tøm søket", nn: "tøm søket") }
        public static var hintScroll: String { nb("bla", nn: "bla") }
        public static var hintOpen: String { nb("åpne", nn: "opne") }
        public static var hintNew: String { nb("ny analyse", nn: "ny analyse") }
        public static var hintRename: String { nb("nytt navn", nn: "nytt namn") }
        public static var hintDuplicate: String { nb("dupliser", nn: "dupliser") }
        public static var hintDelete: String { nb("slett", nn: "slett") }
        public static var hintFinish: String { nb("fullført", nn: "fullført") }
        public static var hintSaveTitle: String { nb("lagre", nn: "lagre") }
        public static var hintCreate: String { nb("opprett", nn: "opprett") }
        public static var hintUse: String { nb("velg", nn: "vel") }
        public static var hintLinkedView: String { nb("vis", nn: "vis") }
        public static var hintLinkedRound: String { nb("tidspunkt", nn: "tidspunkt") }
        public static var hintBaseRound: String { nb("fra", nn: "frå") }
        public static var hintTrinn: String { nb("trinn", nn: "trinn") }
        public static var hintGender: String { nb("kjønn", nn: "kjønn") }
        public static var hintTarget: String { nb("målverdi", nn: "målverdi") }
        public static var hintQuitAnyway: String { nb("avslutt likevel", nn: "avslutt likevel") }
        public static var hintOverwriteAndQuit: String {
            nb("lagre din og avslutt", nn: "lagre din og avslutt")
        }
        public static var keyOverwriteAndQuit: String {
            nb(
                "lagre teksten din over den fra det andre vinduet, og avslutt",
                nn: "lagre teksten din over den frå det andre vindauget, og avslutt")
        }
        public static var hintBackToText: String { nb("tilbake til teksten", nn: "tilbake til teksten") }
        public static var keyQuitAnyway: String {
            nb("avslutt uten å lagre teksten", nn: "avslutt utan å lagre teksten")
        }
        public static var keyBackToText: String {
            nb("tilbake til teksten (alle andre taster også)", nn: "tilbake til teksten (alle andre tastar òg)")
        }
        public static var keySaveValue: String { nb("lagre verdien", nn: "lagre verdien") }
        public static var keyChooseRow: String { nb("velg raden", nn: "vel rada") }

        /// The step bar's marks, explained where they are shown; `short`
        /// leaves out the loose threads' mark for a narrow terminal.
        public static func stepMarksLegend(ascii: Bool, short: Bool = false) -> String {
            switch (ascii, short) {
            case (true, false): return nb("* utfylt  ! løse tråder", nn: "* utfylt  ! lause trådar")
            case (true, true): return nb("* utfylt", nn: "* utfylt")
            case (false, false): return nb("● utfylt  ○ tomt  ! løse tråder", nn: "● utfylt  ○ tomt  ! lause trådar")
            case (false, true): return nb("● utfylt  ○ tomt", nn: "● utfylt  ○ tomt")
            }
        }
    }
}
