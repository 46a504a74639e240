import Foundation

/// Texts of the analysis screens in the terminal: the list of analyses, the
/// seven steps, pickers, help and messages.
extension Strings {
    public enum AnalysisTUI {
        // MARK: List of analyses
        public static func listTitle(_ unit: String) -> String {
            nb("Analyser for \(unit)", nn: "Analysar for \(unit)")
        }
        public static var newRow: String { nb("+ Ny analyse", nn: "+ Ny analyse") }
        public static func newRowFrom(_ what: String) -> String {
            nb("+ Ny analyse fra \(what)", nn: "+ Ny analyse frå \(what)")
        }
        public static var noAnalyses: String {
            nb("Ingen analyser for denne enheten ennå.", nn: "Ingen analysar for denne eininga enno.")
        }
        public static func changed(_ date: Date) -> String {
            nb("endret \(shortDate(date))", nn: "endra \(shortDate(date))")
        }

        /// "14.11.2023", in Norwegian time.
        public static func shortDate(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            func two(_ n: Int?) -> String { (n ?? 1) < 10 ? "0\(n ?? 1)" : "\(n ?? 1)" }
            return "\(two(parts.day)).\(two(parts.month)).\(parts.year ?? 1970)"
        }
        public static var renamePrompt: String { nb("Nytt navn: ", nn: "Nytt namn: ") }
        public static var renameHint: String {
            nb("Enter lagrer navnet · Esc avbryter", nn: "Enter lagrar namnet · Esc avbryt")
        }
        public static var listHints: [(String, String)] {
            [
                ("Enter", nb("åpne", nn: "opne")), ("r", nb("nytt navn", nn: "nytt namn")),
                ("d", nb("dupliser", nn: "dupliser")), ("x", nb("slett", nn: "slett")),
                ("f", nb("avslutt", nn: "avslutt")),
                ("?", nb("hjelp", nn: "hjelp")), ("Esc", nb("tilbake", nn: "tilbake")),
            ]
        }
        public static var renameHints: [(String, String)] {
            [("Enter", nb("lagre navnet", nn: "lagre namnet")), ("Esc", nb("avbryt", nn: "avbryt"))]
        }
        public static var confirmDeleteHints: [(String, String)] {
            [("j", nb("slett", nn: "slett")), ("n", nb("avbryt", nn: "avbryt"))]
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
        public static var keyResume: String { nb("åpne analysen / lag ny", nn: "opne analysen / lag ny") }
        public static var keyNew: String {
            nb("ny analyse fra utvalget i resultatvisningen", nn: "ny analyse frå utvalet i resultatvisinga")
        }
        public static var keyRename: String { nb("gi nytt navn", nn: "gi nytt namn") }
        public static var keyDuplicate: String { nb("dupliser", nn: "dupliser") }
        public static var keyFinish: String { nb("merk som avsluttet / pågår", nn: "merk som avslutta / i gang") }
        public static var keyDelete: String { nb("slett (spør først)", nn: "slett (spør først)") }
        public static var keyBackToBrowser: String { nb("tilbake til resultatene", nn: "tilbake til resultata") }
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
        public static var byRoundNotSet: String { nb("ikke satt", nn: "ikkje sett") }
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
        public static func byRound(_ round: Int?) -> String {
            "\(Strings.Analysis.indicatorByRound.lowercased()) \(round.map { Strings.roundName($0) } ?? byRoundNotSet)"
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

        // MARK: Status line
        public static var stepHints: [(String, String)] {
            [
                ("Tab", nb("neste steg", nn: "neste steg")), ("↑↓", nb("felt", nn: "felt")),
                ("Enter", nb("skriv", nn: "skriv")), ("i", nb("veiledning", nn: "rettleiing")),
                ("?", nb("hjelp", nn: "hjelp")), ("Esc", nb("analyser", nn: "analysar")),
            ]
        }
        public static var editHints: [(String, String)] {
            [
                ("Esc", nb("ferdig", nn: "ferdig")), ("Ctrl-Z", nb("angre", nn: "angre")),
                ("Ctrl-Y", nb("gjør om", nn: "gjer om")), ("Tab", nb("neste felt", nn: "neste felt")),
            ]
        }

        // MARK: Help
        public static var helpTitle: String { nb("Hjelp – pedagogisk analyse", nn: "Hjelp – pedagogisk analyse") }
        public static var sectionSteps: String { nb("Steg", nn: "Steg") }
        public static var sectionFields: String { nb("Felt", nn: "Felt") }
        public static var sectionStep: String { nb("I dette steget", nn: "I dette steget") }
        public static var sectionEditor: String { nb("Når du skriver", nn: "Når du skriv") }
        public static var sectionOther: String { nb("Annet", nn: "Anna") }
        public static var keyNextStep: String { nb("neste steg", nn: "neste steg") }
        public static var keyPreviousStep: String { nb("forrige steg", nn: "førre steg") }
        public static var keyGoToStep: String {
            nb("gå til steg 1–7 (tastene 1 til 7)", nn: "gå til steg 1–7 (tastane 1 til 7)")
        }
        public static var keyFocusUp: String { nb("forrige felt", nn: "førre felt") }
        public static var keyFocusDown: String { nb("neste felt", nn: "neste felt") }
        public static var keyFocusFirst: String { nb("første felt", nn: "første felt") }
        public static var keyFocusLast: String { nb("siste felt", nn: "siste felt") }
        public static var keyEdit: String { nb("skriv i feltet", nn: "skriv i feltet") }
        public static var keyAddFactor: String {
            nb("knytt en faktor til analysen", nn: "knyt ein faktor til analysen")
        }
        public static var keyRemoveFactor: String { nb("fjern faktoren", nn: "fjern faktoren") }
        public static var keyAddHypothesis: String { nb("ny hypotese", nn: "ny hypotese") }
        public static var keyRemoveHypothesis: String { nb("fjern hypotesen", nn: "fjern hypotesen") }
        public static var keyPerspective: String {
            nb(
                "perspektiv: elev, klasse, undervisning, skole, hjem",
                nn: "perspektiv: elev, klasse, undervisning, skule, heim")
        }
        public static var keyAssessment: String {
            nb(
                "vurdering mot data: støttet, ikke støttet, uavklart",
                nn: "vurdering mot data: støtta, ikkje støtta, uavklara")
        }
        public static var keyImportance: String {
            nb("betydning: liten, middels, stor", nn: "vekt: lita, middels, stor")
        }
        public static var keyInfluence: String {
            nb("kan skolen påvirke den: ja, delvis, nei", nn: "kan skulen påverke han: ja, delvis, nei")
        }
        public static var keyEvidence: String {
            nb("velg data som belyser hypotesen", nn: "vel data som kastar lys over hypotesen")
        }
        public static var keyFilterPerspective: String {
            nb("vis bare ett perspektiv (bla)", nn: "vis berre eitt perspektiv (bla)")
        }
        public static var keyOnlyPrioritised: String { nb("vis bare prioriterte", nn: "vis berre prioriterte") }
        public static var keyAddAction: String { nb("nytt tiltak", nn: "nytt tiltak") }
        public static var keyRemoveAction: String { nb("fjern tiltaket", nn: "fjern tiltaket") }
        public static var keyTargets: String {
            nb("velg hypoteser tiltaket retter seg mot", nn: "vel hypotesar tiltaket rettar seg mot")
        }
        public static var keyAddIndicator: String { nb("ny indikator", nn: "ny indikator") }
        public static var keyRemoveIndicator: String { nb("fjern indikatoren", nn: "fjern indikatoren") }
        public static var keyByRound: String { nb("innen hvilken måling", nn: "innan kva for ei måling") }
        public static var keyTrinn: String { nb("velg trinn", nn: "vel trinn") }
        public static var keyGender: String {
            nb("velg kjønn (gutter, jenter, alle)", nn: "vel kjønn (gutar, jenter, alle)")
        }
        public static var keyTarget: String { nb("skriv målverdi", nn: "skriv målverdi") }
        public static var keyLinkedView: String {
            nb(
                "hva som knyttes: nivå, utvikling, kull, gutter mot jenter",
                nn: "kva som blir knytt: nivå, utvikling, kull, gutar mot jenter")
        }
        public static var keyLinkedRound: String {
            nb("tidspunkt for utvikling, kull eller forskjell", nn: "tidspunkt for utvikling, kull eller skilnad")
        }
        public static var keyBaseRound: String {
            nb("endringen måles fra (tidligere tidspunkt)", nn: "endringa blir målt frå (tidlegare tidspunkt)")
        }
        public static var keyGuide: String { nb("veiledning for steget", nn: "rettleiing for steget") }
        public static var keyHelp: String { nb("denne hjelpen", nn: "denne hjelpa") }
        public static var keyBack: String {
            nb("tilbake til listen over analyser", nn: "tilbake til lista over analysar")
        }
        public static var keyQuit: String { nb("avslutt (alt er lagret)", nn: "avslutt (alt er lagra)") }
        public static var editorLeave: String { nb("ferdig med feltet", nn: "ferdig med feltet") }
        public static var editorLeaveNext: String {
            nb("til neste felt (du skriver videre der)", nn: "til neste felt (du skriv vidare der)")
        }
        public static var editorNewline: String { nb("ny linje", nn: "ny linje") }
        public static var editorMove: String { nb("flytt markøren", nn: "flytt markøren") }
        public static var editorWord: String { nb("ett ord til venstre/høyre", nn: "eitt ord til venstre/høgre") }
        public static var editorLine: String { nb("til starten/slutten av linjen", nn: "til starten/slutten av linja") }
        public static var editorDelete: String { nb("slett tegn", nn: "slett teikn") }
        public static var editorDeleteWord: String { nb("slett ord", nn: "slett ord") }
        public static var editorDeleteLine: String {
            nb("slett til slutten/starten av linjen", nn: "slett til slutten/starten av linja")
        }
        public static var editorUndo: String { nb("angre", nn: "angre") }
        public static var editorRedo: String { nb("gjør om", nn: "gjer om") }
        public static var editorOverwrite: String {
            nb("ved konflikt: lagre din tekst over den andre", nn: "ved konflikt: lagre teksten din over den andre")
        }
        public static var editorTakeStored: String {
            nb(
                "ved konflikt: hent den lagrede teksten (din forkastes)",
                nn: "ved konflikt: hent den lagra teksten (din blir forkasta)")
        }
        public static var editorPreviousField: String { nb("forrige felt", nn: "førre felt") }
    }
}
