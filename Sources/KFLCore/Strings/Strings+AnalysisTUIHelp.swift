#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The analysis screens' help texts (`?`), apart from the rest of their texts.
extension Strings.AnalysisTUI {
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
        nb("gå til steg 1–7", nn: "gå til steg 1–7")
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
    public static var keyQuit: String { nb("avslutt kfl (alt er lagret)", nn: "avslutt kfl (alt er lagra)") }
    public static var keyExport: String {
        nb(
            "eksporter analysen til Markdown (e-post, Teams) eller HTML (utskrift)",
            nn: "eksporter analysen til Markdown (e-post, Teams) eller HTML (utskrift)")
    }
    public static var keyExportMarkdown: String {
        nb("Markdown, til e-post og Teams", nn: "Markdown, til e-post og Teams")
    }
    public static var keyExportHTML: String { nb("HTML, en side å skrive ut", nn: "HTML, ei side å skrive ut") }
    public static var keyCancel: String { nb("avbryt", nn: "avbryt") }
    public static var keySuggestion: String {
        nb("ta et forslag fra veiledningen som ny hypotese", nn: "ta eit forslag frå rettleiinga som ny hypotese")
    }
    public static var keyConfirmYes: String { nb("ja, fjern", nn: "ja, fjern") }
    public static var keyConfirmNo: String { nb("nei, behold", nn: "nei, behald") }
    public static var keyPickerMove: String { nb("flytt i listen", nn: "flytt i lista") }
    public static var keyPageDown: String { nb("side ned", nn: "side ned") }
    public static var keyPageUp: String { nb("side opp", nn: "side opp") }
    public static var keyPickerFirst: String { nb("først i listen", nn: "først i lista") }
    public static var keyPickerLast: String { nb("sist i listen", nn: "sist i lista") }
    public static var keyToggle: String { nb("slå av og på", nn: "slå av og på") }
    public static var keyCloseDone: String { nb("lukk listen", nn: "lukk lista") }
    public static var keyChoose: String { nb("velg faktoren", nn: "vel faktoren") }
    public static var keyFilterBackspace: String { nb("slett et tegn i søket", nn: "slett eitt teikn i søket") }
    public static var keyClearFilter: String { nb("tøm søket", nn: "tøm søket") }
    public static var keyClose: String { nb("lukk", nn: "lukk") }
    public static var keyScroll: String { nb("bla", nn: "bla") }
    public static var exportQuestion: String {
        nb(
            "Eksportere analysen som m Markdown (e-post, Teams) eller h HTML (utskrift)?",
            nn: "Eksportere analysen som m Markdown (e-post, Teams) eller h HTML (utskrift)?")
    }
    public static func exported(_ path: String) -> String {
        nb("Eksportert til \(path)", nn: "Eksportert til \(path)")
    }
    public static func exportFailed(_ path: String, reason: String) -> String {
        nb("Kunne ikke eksportere til \(path): \(reason)", nn: "Kunne ikkje eksportere til \(path): \(reason)")
    }
    public static var exportUnreadable: String {
        nb(
            "Kunne ikke eksportere: resultatene kunne ikke leses fra snapshotet.",
            nn: "Kunne ikkje eksportere: resultata kunne ikkje lesast frå snapshotet.")
    }
    public static var pickerFilterPrompt: String { nb("Søk: ", nn: "Søk: ") }
    public static var pickerFilterHint: String { nb("skriv for å søke", nn: "skriv for å søkje") }
    public static var pickerNoMatch: String { nb("Ingen faktor passer søket.", nn: "Ingen faktor passar søket.") }
    public static var pickSuggestionTitle: String { nb("Forslag fra veiledningen", nn: "Forslag frå rettleiinga") }
    public static var noSuggestions: String {
        nb(
            "Knytt faktorer i steg 3 først: forslagene hører til dem.",
            nn: "Knyt faktorar i steg 3 først: forslaga høyrer til dei.")
    }
    public static func suggestionTaken(_ number: Int) -> String {
        nb("Forslaget er allerede tatt med som H\(number).", nn: "Forslaget er alt teke med som H\(number).")
    }
    public static var titlePrompt: String { nb("Navn: ", nn: "Namn: ") }
    public static var titleNeeded: String {
        nb("Skriv et navn på analysen først.", nn: "Skriv eit namn på analysen først.")
    }
    public static var createHint: String {
        nb("Enter oppretter analysen · Esc avbryter", nn: "Enter opprettar analysen · Esc avbryt")
    }
    public static var createSuggestedHint: String {
        nb(
            "Skriv for å erstatte forslaget · Enter oppretter analysen · Esc avbryter",
            nn: "Skriv for å byte ut forslaget · Enter opprettar analysen · Esc avbryt")
    }
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
