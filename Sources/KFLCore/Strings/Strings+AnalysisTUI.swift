import Foundation

/// Texts of the analysis screens in the terminal: the list of analyses, the
/// seven steps, pickers, help and messages.
extension Strings {
    public enum AnalysisTUI {
        // MARK: List of analyses
        public static func listTitle(_ unit: String) -> String { "Analyser for \(unit)" }
        public static func newFrom(_ what: String) -> String { "n: ny analyse fra \(what)" }
        public static let noAnalyses = "Ingen analyser for denne enheten ennå."
        public static func changed(_ date: Date) -> String { "endret \(shortDate(date))" }

        /// "14.11.2023", in Norwegian time.
        public static func shortDate(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            func two(_ n: Int?) -> String { (n ?? 1) < 10 ? "0\(n ?? 1)" : "\(n ?? 1)" }
            return "\(two(parts.day)).\(two(parts.month)).\(parts.year ?? 1970)"
        }
        public static let renamePrompt = "Nytt navn: "
        public static let renameHint = "Enter lagrer navnet · Esc avbryter"
        public static let created = "Ny analyse opprettet. Alt du skriver, lagres med en gang."
        public static func duplicated(_ title: String) -> String { "Kopiert til «\(title)»." }
        public static func deleted(_ title: String) -> String { "Slettet «\(title)»." }
        public static let listHelpTitle = "Hjelp – analyser"
        public static let keyResume = "åpne analysen"
        public static let keyNew = "ny analyse fra utvalget i resultatvisningen (du gir den et navn først)"
        public static let keyRename = "gi nytt navn"
        public static let keyDuplicate = "dupliser"
        public static let keyFinish = "merk som fullført / pågår"
        public static let keyDelete = "slett (spør først)"
        public static let keyBackToBrowser = "tilbake til resultatene"
        public static let keySaveTitle = "lagre navnet"
        public static let keyCreate = "opprett analysen med dette navnet"
        public static let sectionList = "Analyser"

        // MARK: Steps
        public static func stepHeading(number: Int, title: String) -> String { "Steg \(number) av 7: \(title)" }
        public static let guideTitle = "Veiledning"
        public static let questionsHeading = "Spørsmål å drøfte"
        public static let guideMore = "i: hele veiledningen"
        public static let measuresHeading = "Hva faktoren måler"
        public static let commonlyDiscussedHeading = "Opprettholdende faktorer som ofte drøftes"
        public static let editingHint = "skriver – Esc går ut, alt lagres fortløpende"
        public static let emptyField = "(tomt – Enter for å skrive)"
        public static let noLinkedFactors = "Ingen faktorer er knyttet til analysen. Trykk n for å legge til."
        public static let noHypotheses = "Ingen hypoteser ennå. Trykk n for å skrive den første."
        public static let noHypothesesFiltered = "Ingen hypoteser passer filteret."
        public static let noActions = "Ingen tiltak ennå. Trykk n for å legge til."
        public static let noIndicators = "Ingen indikatorer ennå. Trykk n for å velge en faktor som skal vise endring."
        public static let byRoundNotSet = "ikke satt"
        public static let dataLabel = "Data"
        public static let noEvidence = "ingen data knyttet (e)"
        public static let targetsLabel = "Retter seg mot"
        public static let noTargets = "ingen hypotese (h)"
        public static func hypothesisNumber(_ n: Int) -> String { "H\(n)" }
        public static func actionNumber(_ n: Int) -> String { "Tiltak \(n)" }
        public static let prioritisedMark = "PRIORITERT"
        public static let warningsHeading = "Løse tråder"
        public static func filterLabel(_ perspective: String?, onlyPrioritised: Bool) -> String {
            var parts: [String] = []
            if let perspective { parts.append("perspektiv: \(perspective)") }
            if onlyPrioritised { parts.append("bare prioriterte") }
            return parts.isEmpty ? "" : "Filter: " + parts.joined(separator: ", ") + " (f, P)"
        }
        public static func inspirationFor(_ factor: String) -> String { "Ofte drøftet for «\(factor)»" }
        public static let detailTitle = "Per kjønn og tidspunkt"
        public static func trinnAndGender(_ trinn: Int, _ gender: Gender) -> String {
            "\(Strings.trinnName(trinn)), \(Strings.genderName(gender))"
        }
        public static func byRound(_ round: Int?) -> String {
            "\(Strings.Analysis.indicatorByRound.lowercased()) \(round.map { Strings.roundName($0) } ?? byRoundNotSet)"
        }
        public static let guideOverlayHint = "Esc lukker · ↑↓ blar"
        public static let noTarget = "Målverdi: ingen (m)"
        public static func targetLine(_ text: String) -> String { "Målverdi: \(text)" }

        // MARK: Pickers
        public static let pickFactorTitle = "Velg faktor"
        public static let pickIndicatorTitle = "Velg faktor som skal vise endring"
        public static let pickEvidenceTitle = "Data som belyser hypotesen"
        public static let pickTargetsTitle = "Hypoteser tiltaket retter seg mot"
        public static let pickerHint = "Enter velger · Esc lukker"
        public static let toggleHint = "Mellomrom/Enter slår av og på · Esc ferdig"
        public static let needLinkedFactors = "Knytt faktorer til analysen i steg 3 først."
        public static let needHypotheses = "Skriv hypoteser i steg 4 først."
        public static let alreadyLinked = "(allerede knyttet)"
        public static let alreadyTaken = "(allerede tatt med)"
        public static func pickTrinnTitle(_ factor: String) -> String { "Trinn for «\(factor)»" }
        public static func pickGenderTitle(_ factor: String) -> String { "Kjønn for «\(factor)»" }
        public static func onlyAllTrinn(_ group: String, wholeSchool: Bool) -> String {
            wholeSchool
                ? "\(group) svarer for hele skolen: bare «alle trinn»."
                : "Enheten har ingen trinn som \(group) svarer for: bare «alle trinn»."
        }
        public static let noGenderSplit = "Denne gruppen svarer ikke per kjønn: bare «alle»."
        public static let gapIsAllPupils = "Gutter mot jenter gjelder alle elever: kjønn velges ikke."
        public static let levelAtAnalysisRound =
            "Nivået gjelder analysens tidspunkt. v bytter til utvikling, kull eller gutter mot jenter."
        public static let baseRoundOnlyForChange = "Bare utvikling og kull måles fra et tidligere tidspunkt."

        // MARK: Target value
        public static func targetTitle(_ factor: String) -> String { "Målverdi for «\(factor)»" }
        public static func targetScale(_ scale: String, direction: Direction) -> String {
            "Skalaen er \(scale), \(Strings.directionText(direction)). Tomt felt: ingen målverdi."
        }
        public static let targetPrompt = "Målverdi: "
        public static let targetHint = "Enter lagrer · Esc avbryter"

        // MARK: Confirmations and messages
        public static func confirmRemove(_ what: String) -> String { "Fjerne \(what)? (j/n)" }
        public static let theFactor = "faktoren"
        public static let theHypothesis = "hypotesen og teksten i den"
        public static let theAction = "tiltaket og teksten i det"
        public static let theIndicator = "indikatoren"
        public static let conflictChanged = "Endret i et annet vindu."
        public static let conflictEditing = "Endret i et annet vindu. Ctrl-O: lagre din · Ctrl-R: hent deres"
        public static let conflictChoose = "Velg først: Ctrl-O lagrer din tekst · Ctrl-R henter deres"
        public static let lastField = "Siste felt i dette steget. Esc er ferdig."
        public static let firstField = "Første felt i dette steget. Esc er ferdig."
        public static func saveFailed(_ detail: String) -> String {
            "Kunne ikke lagre (prøver igjen ved neste endring): \(detail)"
        }
        public static func loadFailed(_ detail: String) -> String { "Kunne ikke lese arbeidsboka: \(detail)" }
        public static let analysisGone = "Analysen er slettet i et annet vindu."

        // MARK: Status line (one or two words per key; each word names one action)
        public static let hintEdit = "skriv"
        public static let hintNextStep = "neste steg"
        public static let hintGoToStep = "steg"
        public static let hintMove = "flytt"
        public static let hintRemove = "fjern"
        public static let hintAddFactor = "ny faktor"
        public static let hintAddHypothesis = "ny hypotese"
        public static let hintAddAction = "nytt tiltak"
        public static let hintAddIndicator = "ny indikator"
        public static let hintPerspective = "perspektiv"
        public static let hintAssessment = "vurdering"
        public static let hintImportance = "betydning"
        public static let hintInfluence = "påvirke"
        public static let hintEvidence = "data"
        public static let hintSuggestion = "forslag"
        public static let hintFilter = "filter"
        public static let hintOnlyPrioritised = "prioriterte"
        public static let hintTargets = "hypoteser"
        public static let hintByRound = "innen"
        public static let hintBack = "analyser"
        public static let hintExport = "eksporter"
        public static let hintGuide = "veiledning"
        public static let hintQuit = "avslutt"
        public static let hintHelp = "hjelp"
        public static let hintLeaveField = "ferdig"
        public static let hintNextField = "neste felt"
        public static let hintUndo = "angre"
        public static let hintRedo = "gjør om"
        public static let hintOverwrite = "lagre din"
        public static let hintTakeStored = "hent deres"
        public static let hintYes = "ja"
        public static let hintNo = "nei"
        public static let hintMarkdown = "Markdown"
        public static let hintHTML = "HTML"
        public static let hintCancel = "avbryt"
        public static let hintPick = "velg"
        public static let hintChoose = "legg til"
        public static let hintToggle = "på/av"
        public static let hintDone = "lukk"
        public static let hintClose = "lukk"
        public static let hintClearFilter = "tøm søket"
        public static let hintScroll = "bla"
        public static let hintOpen = "åpne"
        public static let hintNew = "ny analyse"
        public static let hintRename = "nytt navn"
        public static let hintDuplicate = "dupliser"
        public static let hintDelete = "slett"
        public static let hintFinish = "fullført"
        public static let hintSaveTitle = "lagre"
        public static let hintCreate = "opprett"
        public static let hintUse = "velg"
        public static let hintLinkedView = "vis"
        public static let hintLinkedRound = "tidspunkt"
        public static let hintBaseRound = "fra"
        public static let hintTrinn = "trinn"
        public static let hintGender = "kjønn"
        public static let hintTarget = "målverdi"
        public static let hintQuitAnyway = "avslutt likevel"
        public static let hintBackToText = "tilbake til teksten"
        public static let keyQuitAnyway = "avslutt uten å lagre teksten"
        public static let keyBackToText = "tilbake til teksten (alle andre taster også)"
        public static let keySaveValue = "lagre verdien"
        public static let keyChooseRow = "velg raden"

        /// The step bar's marks, explained where they are shown.
        public static func stepMarksLegend(ascii: Bool) -> String {
            ascii ? "* utfylt  ! løse tråder" : "● utfylt  ○ tomt  ! løse tråder"
        }

        // MARK: Help
        public static let helpTitle = "Hjelp – pedagogisk analyse"
        public static let sectionSteps = "Steg"
        public static let sectionFields = "Felt"
        public static let sectionStep = "I dette steget"
        public static let sectionEditor = "Når du skriver"
        public static let sectionOther = "Annet"
        public static let keyNextStep = "neste steg"
        public static let keyPreviousStep = "forrige steg"
        public static let keyGoToStep = "gå til steg 1–7"
        public static let keyFocusUp = "forrige felt"
        public static let keyFocusDown = "neste felt"
        public static let keyFocusFirst = "første felt"
        public static let keyFocusLast = "siste felt"
        public static let keyEdit = "skriv i feltet"
        public static let keyAddFactor = "knytt en faktor til analysen"
        public static let keyRemoveFactor = "fjern faktoren"
        public static let keyAddHypothesis = "ny hypotese"
        public static let keyRemoveHypothesis = "fjern hypotesen"
        public static let keyPerspective = "perspektiv: elev, klasse, undervisning, skole, hjem"
        public static let keyAssessment = "vurdering mot data: støttet, ikke støttet, uavklart"
        public static let keyImportance = "betydning: liten, middels, stor"
        public static let keyInfluence = "kan skolen påvirke den: ja, delvis, nei"
        public static let keyEvidence = "velg data som belyser hypotesen"
        public static let keyFilterPerspective = "vis bare ett perspektiv (bla)"
        public static let keyOnlyPrioritised = "vis bare prioriterte"
        public static let keyAddAction = "nytt tiltak"
        public static let keyRemoveAction = "fjern tiltaket"
        public static let keyTargets = "velg hypoteser tiltaket retter seg mot"
        public static let keyAddIndicator = "ny indikator"
        public static let keyRemoveIndicator = "fjern indikatoren"
        public static let keyByRound = "innen hvilken måling"
        public static let keyTrinn = "velg trinn"
        public static let keyGender = "velg kjønn (gutter, jenter, alle)"
        public static let keyTarget = "skriv målverdi"
        public static let keyLinkedView = "hva som knyttes: nivå, utvikling, kull, gutter mot jenter"
        public static let keyLinkedRound = "tidspunkt for utvikling, kull eller forskjell"
        public static let keyBaseRound = "endringen måles fra (tidligere tidspunkt)"
        public static let keyGuide = "veiledning for steget"
        public static let keyHelp = "denne hjelpen"
        public static let keyBack = "tilbake til listen over analyser"
        public static let keyQuit = "avslutt kfl (alt er lagret)"
        public static let keyExport = "eksporter analysen til Markdown (e-post, Teams) eller HTML (utskrift)"
        public static let keyExportMarkdown = "Markdown, til e-post og Teams"
        public static let keyExportHTML = "HTML, en side å skrive ut"
        public static let keyCancel = "avbryt"
        public static let keySuggestion = "ta et forslag fra veiledningen som ny hypotese"
        public static let keyConfirmYes = "ja, fjern"
        public static let keyConfirmNo = "nei, behold"
        public static let keyPickerMove = "flytt i listen"
        public static let keyPageDown = "side ned"
        public static let keyPageUp = "side opp"
        public static let keyToggle = "slå av og på"
        public static let keyCloseDone = "lukk listen"
        public static let keyChoose = "velg faktoren"
        public static let keyFilterBackspace = "slett et tegn i søket"
        public static let keyClearFilter = "tøm søket"
        public static let keyClose = "lukk"
        public static let keyScroll = "bla"
        public static let exportQuestion = "Eksportere analysen som m Markdown (e-post, Teams) eller h HTML (utskrift)?"
        public static func exported(_ path: String) -> String { "Eksportert til \(path)" }
        public static func exportFailed(_ path: String, reason: String) -> String {
            "Kunne ikke eksportere til \(path): \(reason)"
        }
        public static let exportUnreadable = "Kunne ikke eksportere: resultatene kunne ikke leses fra snapshotet."
        public static let pickerFilterPrompt = "Søk: "
        public static let pickerFilterHint = "skriv for å søke"
        public static let pickerNoMatch = "Ingen faktor passer søket."
        public static let pickSuggestionTitle = "Forslag fra veiledningen"
        public static let noSuggestions = "Knytt faktorer i steg 3 først: forslagene hører til dem."
        public static let titlePrompt = "Navn: "
        public static let titleNeeded = "Skriv et navn på analysen først."
        public static let createHint = "Enter oppretter analysen · Esc avbryter"
        public static let editorLeave = "ferdig med feltet"
        public static let editorLeaveNext = "til neste felt (du skriver videre der)"
        public static let editorNewline = "ny linje"
        public static let editorMove = "flytt markøren"
        public static let editorWord = "ett ord til venstre/høyre"
        public static let editorLine = "til starten/slutten av linjen"
        public static let editorDelete = "slett tegn"
        public static let editorDeleteWord = "slett ord"
        public static let editorDeleteLine = "slett til slutten/starten av linjen"
        public static let editorUndo = "angre"
        public static let editorRedo = "gjør om"
        public static let editorOverwrite = "ved konflikt: lagre din tekst over den andre"
        public static let editorTakeStored = "ved konflikt: hent den lagrede teksten (din forkastes)"
        public static let editorPreviousField = "forrige felt"
    }
}
