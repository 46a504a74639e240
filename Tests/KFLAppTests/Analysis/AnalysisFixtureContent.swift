import Foundation
import KFLCore
import KFLStore

/// A realistic analysis for a school's 7. trinn, written into a workbook the
/// way another window would (through the store, not through keys).
enum AnalysisFixtureContent {
    static let challenge =
        "Elevene på 7. trinn opplever mer uro og forstyrrelser i timene enn ellers i fylket, og guttene mest. "
        + "Lærerne forteller at mye tid går med til å få ro i starten av timene."
    static let goal =
        "Innen høsten 2022 skal elevene på 7. trinn oppleve mindre uro i timene, på nivå med fylket. "
        + "Vi ser det i undersøkelsen og i egne observasjoner av timestarter."
    static let otherSources =
        "Observasjon av 12 timestarter i januar: i 8 av dem tok det over fem minutter før arbeidet kom i gang.\n"
        + "Elevsamtaler: guttene sier at de ikke vet hva som forventes."
    static let implementation =
        "Teamleder går gjennom rutinen på planleggingsdagen. "
        + "Rektor observerer tre timestarter i måneden og gir tilbakemelding på teammøtet."

    static func fill(_ workbook: Workbook, analysisID: String) throws {
        guard let analysis = try workbook.load(id: analysisID) else { return }
        _ = try workbook.updateText(analysisID: analysisID, field: .challenge, value: challenge, basedOn: 0)
        _ = try workbook.updateText(analysisID: analysisID, field: .goal, value: goal, basedOn: 0)
        _ = try workbook.updateText(analysisID: analysisID, field: .otherSources, value: otherSources, basedOn: 0)
        _ = try workbook.updateText(analysisID: analysisID, field: .implementation, value: implementation, basedOn: 0)
        try workbook.add(LinkedFactor(id: "lf-maal", factorID: "e510_maal", trinn: 7), to: analysisID)
        try workbook.add(LinkedFactor(id: "lf-laerer", factorID: "e510_relasjon_laerer", trinn: 7), to: analysisID)
        _ = analysis
        let h1 = Hypothesis(
            id: "h1", text: "Lærerne har ulike regler og rutiner for timestart, så elevene vet ikke hva som forventes.",
            perspective: .teaching, evidence: ["e510_maal", "e510_uro"], assessment: .supported, importance: .high,
            influence: .yes)
        let h2 = Hypothesis(
            id: "h2", text: "Noen elever opplever lite mestring og forstyrrer for å slippe oppgavene.",
            perspective: .pupil, evidence: [], assessment: .unclear, importance: .medium, influence: .partly)
        let h3 = Hypothesis(
            id: "h3", text: "Lite voksentilstedeværelse i friminuttene gjør at konflikter tas med inn i timene.",
            perspective: .school, evidence: ["e510_relasjon_laerer"], assessment: .notSupported, importance: .low,
            influence: .yes)
        for h in [h1, h2, h3] { try workbook.add(h, to: analysisID) }
        try workbook.add(
            AnalysisAction(
                id: "t1",
                what: "Felles rutine for timestart i alle klasser på mellomtrinnet: "
                    + "mål på tavla og fast oppstartsoppgave.",
                who: "Alle lærere på 5.–7. trinn, ledet av teamleder", fromWhen: "Uke 34", howOften: "Hver time",
                hypothesisIDs: ["h1"]), to: analysisID)
        try workbook.add(
            AnalysisAction(
                id: "t2", what: "Ekstra voksen ute i storefri", who: "Inspeksjonslaget", fromWhen: "Etter høstferien",
                howOften: "Daglig"), to: analysisID)
        try workbook.add(
            Indicator(
                id: "i1", factorID: "e510_uro", trinn: 7, changeSought: "Mindre uro, ned mot fylkets snitt",
                byRound: 2022), to: analysisID)
        let answers: [(AnalysisTextField, String)] = [
            (.evaluationEffect, "Uroen er redusert på 7. trinn, men mindre for guttene."),
            (.evaluationFidelity, "Rutinen ble fulgt i de fleste klasser fra uke 36."),
            (.evaluationContinuation, "Videreføres. Vi legger til et tiltak for guttenes mestring."),
            (.evaluationNewAnalysis, "Ja, om guttenes mestring i fagene."),
        ]
        for (field, text) in answers {
            _ = try workbook.updateText(analysisID: analysisID, field: field, value: text, basedOn: 0)
        }
    }
}
