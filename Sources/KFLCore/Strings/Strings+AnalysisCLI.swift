import Foundation

/// Help and messages of `kfl analyse`. Help is kept within 80 columns.
extension Strings.CLI {
    public static let analyseHelp = """
        kfl analyse – list, eksporter og importer pedagogiske analyser

        Bruk:
          kfl analyse list [--workbook FIL]
          kfl analyse export ID [--format md|html|json] [-o FIL]
                                [--snapshot FIL] [--workbook FIL]
          kfl analyse import FIL.json [--workbook FIL]

        Analysene ligger i en egen arbeidsbok (standard i datamappen din, eller
        i $KFL_HOME). Alt lagres fortløpende; snapshotet endres aldri.

        Se «kfl analyse <underkommando> --help» for hver underkommando.
        """

    public static let analyseListHelp = """
        kfl analyse list – vis analysene i arbeidsboka

        Bruk:
          kfl analyse list [--workbook FIL]

        Viser id (de første 8 tegnene), tittel, enhet, status og sist endret,
        sist endret først.

        Valg:
          --workbook FIL   Arbeidsboka (standard i datamappen din)
          -h, --help       Vis denne hjelpen
        """

    public static let analyseExportHelp = """
        kfl analyse export – eksporter en analyse som rapport eller JSON

        Bruk:
          kfl analyse export ID [--format md|html|json] [-o FIL]
                                [--snapshot FIL] [--workbook FIL]

        ID kan være starten av id-en, så lenge den bare passer til én analyse.
        Tallene hentes fra snapshotet, med samme regler som i kfl: ingen verdi
        fra færre enn min_n svar vises, og demodata merkes tydelig.

          md     Markdown for e-post og Teams (standard)
          html   En selvstendig side med stolpediagram, klar til utskrift
          json   En pakke som en kollega kan importere med «kfl analyse import»

        Valg:
          --format FORMAT  md, html eller json
          -o, --output FIL Skriv til FIL (ellers til standard ut)
          --snapshot FIL   Snapshotet tallene hentes fra (standard: demodataene)
          --workbook FIL   Arbeidsboka (standard i datamappen din)
          -h, --help       Vis denne hjelpen
        """

    public static let analyseImportHelp = """
        kfl analyse import – hent inn en analyse fra en kollega

        Bruk:
          kfl analyse import FIL.json [--workbook FIL]

        Leser en JSON-pakke laget med «kfl analyse export --format json».
        Ingenting overskrives: finnes en annen versjon av samme analyse fra
        før, legges den importerte til ved siden av, med «(importert dato)» i
        tittelen. Er nøyaktig samme analyse importert før, endres ingenting.

        Valg:
          --workbook FIL   Arbeidsboka (standard i datamappen din)
          -h, --help       Vis denne hjelpen
        """

    public static let analyseSubcommands = ["list", "export", "import"]
    public static let missingAnalyseSubcommand = "mangler underkommando: list, export eller import"
    public static func unknownAnalyseSubcommand(_ name: String, suggestion: String?) -> String {
        "ukjent underkommando «\(name)» for analyse" + (suggestion.map { ". Mente du «\($0)»?" } ?? "")
    }
    public static let exportFormatValues = "bruk md, html eller json"
    public static let missingAnalysisID = "oppgi id-en til analysen (se «kfl analyse list»)"
    public static let missingBundle = "oppgi JSON-filen som skal importeres"
    public static func rememberedSnapshotGone(_ path: String) -> String {
        "analysen ble laget fra \(path), men den fila finnes ikke lenger; oppgi snapshotet med --snapshot FIL"
    }
    public static func rememberedSnapshotChanged(_ path: String) -> String {
        "\(path) er endret siden analysen ble laget (et nytt snapshot i samme fil), så tallene kan være andre enn "
            + "gruppa så; oppgi --snapshot \(path) for å eksportere med tallene som står der nå"
    }
    public static let snapshotNeeded = "finner ingen demodata å hente tallene fra; oppgi snapshotet med --snapshot FIL"

    public static func noSuchAnalysis(_ id: String) -> String { "ingen analyse har id som begynner med «\(id)» (se «kfl analyse list»)" }
    public static func ambiguousAnalysis(_ id: String, matches: [String]) -> String {
        "«\(id)» passer til flere analyser: \(Strings.list(matches.map { String($0.prefix(8)) })). Skriv flere tegn av id-en"
    }
    public static func workbookMissing(_ path: String) -> String { "finner ikke arbeidsboka \(path)" }
    public static func noAnalyses(_ path: String) -> String { "Ingen analyser ennå i \(path)." }
    public static func bundleMissing(_ path: String) -> String { "finner ikke filen \(path)" }
    public static func badBundle(_ path: String, detail: String) -> String { "\(path): \(detail)" }
    public static let bundleNotImported = "Ingenting er importert; arbeidsboka er ikke endret."
    public static func exported(_ title: String, path: String) -> String { "Eksporterte «\(title)» til \(path)." }
    public static func alreadyPresent(_ title: String, id: String) -> String {
        "Analysen «\(title)» (\(id.prefix(8))) finnes allerede i arbeidsboka. Ingenting er endret."
    }
    public static func imported(_ title: String, id: String, workbook: String) -> String {
        "Importerte «\(title)» (\(id.prefix(8))) til \(workbook)."
    }
    public static func importedAsCopy(existing: String, newTitle: String, id: String) -> String {
        "En annen versjon av «\(existing)» finnes allerede og er ikke endret. Den importerte er lagt til som «\(newTitle)» (\(id.prefix(8)))."
    }
    public static let importedDemoNote = "Merk: analysen bygger på syntetiske demodata."
    public static let listHeader = ["ID", "TITTEL", "ENHET", "STATUS", "ENDRET"]
}
