#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Help and messages of `kfl analyse`. Help is kept within 80 columns.
extension Strings.CLI {
    public static var analyseHelp: String {
        nb(
            """
            kfl analyse – list, eksporter og importer pedagogiske analyser

            Bruk:
              kfl analyse list [--workbook FIL]
              kfl analyse export ID [--format md|html|json] [-o FIL]
                                    [--snapshot FIL] [--workbook FIL]
              kfl analyse import FIL.json [--workbook FIL]

            Analysene ligger i en egen arbeidsbok (standard i datamappen din, eller
            i $KFL_HOME). Alt lagres fortløpende; snapshotet endres aldri.

            Se «kfl analyse <underkommando> --help» for hver underkommando.
            """,
            nn: """
                kfl analyse – list opp, eksporter og importer pedagogiske analysar

                Bruk:
                  kfl analyse list [--workbook FIL]
                  kfl analyse export ID [--format md|html|json] [-o FIL]
                                        [--snapshot FIL] [--workbook FIL]
                  kfl analyse import FIL.json [--workbook FIL]

                Analysane ligg i ei eiga arbeidsbok (standard i datamappa di, eller
                i $KFL_HOME). Alt blir lagra fortløpande; snapshotet blir aldri endra.

                Sjå «kfl analyse <underkommando> --help» for kvar underkommando.
                """)
    }

    public static var analyseListHelp: String {
        nb(
            """
            kfl analyse list – vis analysene i arbeidsboka

            Bruk:
              kfl analyse list [--workbook FIL]

            Viser id (de første 8 tegnene), tittel, enhet, status og sist endret,
            sist endret først.

            Valg:
              --workbook FIL   Arbeidsboka (standard i datamappen din)
              -h, --help       Vis denne hjelpen
            """,
            nn: """
                kfl analyse list – vis analysane i arbeidsboka

                Bruk:
                  kfl analyse list [--workbook FIL]

                Viser id (dei første 8 teikna), tittel, eining, status og sist endra,
                sist endra først.

                Val:
                  --workbook FIL   Arbeidsboka (standard i datamappa di)
                  -h, --help       Vis denne hjelpa
                """)
    }

    public static var analyseExportHelp: String {
        nb(
            """
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

            Med -o MAPPE lages en ny fil i mappen, med navnet E i kfl gir den
            (tittelen og id-en; aldri over en annen fil). E i kfl lagrer i
            dokumentmappen din (Dokumenter eller Documents), ellers i hjemmemappen.

            Valg:
              --format FORMAT  md, html eller json
              -o, --output FIL Skriv til FIL eller en ny fil i mappen FIL
                               (ellers til standard ut)
              --snapshot FIL   Snapshotet tallene hentes fra (standard: det analysen
                               ble laget fra; arbeidsboka husker det)
              --workbook FIL   Arbeidsboka (standard i datamappen din)
              -h, --help       Vis denne hjelpen
            """,
            nn: """
                kfl analyse export – eksporter ein analyse som rapport eller JSON

                Bruk:
                  kfl analyse export ID [--format md|html|json] [-o FIL]
                                        [--snapshot FIL] [--workbook FIL]

                ID kan vere starten av id-en, så lenge berre éin analyse passar.
                Tala blir henta frå snapshotet, med same reglar som i kfl: ingen verdi
                frå færre enn min_n svar blir vist, og demodata blir tydeleg merkte.

                  md     Markdown for e-post og Teams (standard)
                  html   Ei sjølvstendig side med stolpediagram, klar til utskrift
                  json   Ein pakke som ein kollega kan importere med «kfl analyse import»

                Med -o MAPPE blir det laga ei ny fil i mappa, med namnet E i kfl gir ho
                (tittelen og id-en; aldri over ei anna fil). E i kfl lagrar i
                dokumentmappa di (Dokumenter eller Documents), elles i heimemappa.

                Val:
                  --format FORMAT  md, html eller json
                  -o, --output FIL Skriv til FIL eller ei ny fil i mappa FIL
                                   (elles til standard ut)
                  --snapshot FIL   Snapshotet tala blir henta frå (standard: det analysen
                                   vart laga frå; arbeidsboka hugsar det)
                  --workbook FIL   Arbeidsboka (standard i datamappa di)
                  -h, --help       Vis denne hjelpa
                """)
    }

    public static var analyseImportHelp: String {
        nb(
            """
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
            """,
            nn: """
                kfl analyse import – hent inn ein analyse frå ein kollega

                Bruk:
                  kfl analyse import FIL.json [--workbook FIL]

                Les ein JSON-pakke laga med «kfl analyse export --format json».
                Ingenting blir skrive over: finst det ein annan versjon av same analyse
                frå før, blir den importerte lagd til ved sida av, med «(importert dato)»
                i tittelen. Er nøyaktig same analyse importert før, blir ingenting endra.

                Val:
                  --workbook FIL   Arbeidsboka (standard i datamappa di)
                  -h, --help       Vis denne hjelpa
                """)
    }

    public static var analyseSubcommands: [String] { ["list", "export", "import"] }
    public static var missingAnalyseSubcommand: String {
        nb("mangler underkommando: list, export eller import", nn: "manglar underkommando: list, export eller import")
    }
    public static func unknownAnalyseSubcommand(_ name: String, suggestion: String?) -> String {
        nb("ukjent underkommando «\(name)» for analyse", nn: "ukjend underkommando «\(name)» for analyse")
            + (suggestion.map { nb(". Mente du «\($0)»?", nn: ". Meinte du «\($0)»?") } ?? "")
    }
    public static var exportFormatValues: String { nb("bruk md, html eller json", nn: "bruk md, html eller json") }
    public static var missingAnalysisID: String {
        nb("oppgi id-en til analysen (se «kfl analyse list»)", nn: "oppgi id-en til analysen (sjå «kfl analyse list»)")
    }
    public static var missingBundle: String {
        nb("oppgi JSON-filen som skal importeres", nn: "oppgi JSON-fila som skal importerast")
    }
    public static func rememberedSnapshotGone(_ path: String) -> String {
        nb(
            "analysen ble laget fra \(path), men den fila finnes ikke lenger; oppgi snapshotet med --snapshot FIL",
            nn: "analysen vart laga frå \(path), men den fila finst ikkje lenger; oppgi snapshotet med --snapshot FIL")
    }
    public static func rememberedSnapshotChanged(_ path: String) -> String {
        nb(
            "\(path) er endret siden analysen ble laget (et nytt snapshot i samme fil), så tallene kan være andre enn gruppa så; oppgi --snapshot \(path) for å eksportere med tallene som står der nå",
            nn:
                "\(path) er endra sidan analysen vart laga (eit nytt snapshot i same fil), så tala kan vere andre enn dei gruppa såg; oppgi --snapshot \(path) for å eksportere med tala som står der no"
        )
    }
    public static var snapshotNeeded: String {
        nb(
            "finner ingen demodata å hente tallene fra; oppgi snapshotet med --snapshot FIL",
            nn: "finn ingen demodata å hente tala frå; oppgi snapshotet med --snapshot FIL")
    }

    public static func noSuchAnalysis(_ id: String) -> String {
        nb(
            "ingen analyse har id som begynner med «\(id)» (se «kfl analyse list»)",
            nn: "ingen analyse har id som byrjar med «\(id)» (sjå «kfl analyse list»)")
    }
    public static func ambiguousAnalysis(_ id: String, matches: [String]) -> String {
        nb(
            "«\(id)» passer til flere analyser: \(Strings.list(matches.map { String($0.prefix(8)) })). Skriv flere tegn av id-en",
            nn:
                "«\(id)» passar til fleire analysar: \(Strings.list(matches.map { String($0.prefix(8)) })). Skriv fleire teikn av id-en"
        )
    }
    public static func workbookMissing(_ path: String) -> String {
        nb("finner ikke arbeidsboka \(path)", nn: "finn ikkje arbeidsboka \(path)")
    }
    public static func noAnalyses(_ path: String) -> String {
        nb("Ingen analyser ennå i \(path).", nn: "Ingen analysar enno i \(path).")
    }
    public static func bundleMissing(_ path: String) -> String {
        nb("finner ikke filen \(path)", nn: "finn ikkje fila \(path)")
    }
    public static func badBundle(_ path: String, detail: String) -> String { "\(path): \(detail)" }
    public static var bundleNotImported: String {
        nb(
            "Ingenting er importert; arbeidsboka er ikke endret.",
            nn: "Ingenting er importert; arbeidsboka er ikkje endra.")
    }
    public static func exported(_ title: String, path: String) -> String {
        nb("Eksporterte «\(title)» til \(path).", nn: "Eksporterte «\(title)» til \(path).")
    }
    public static func alreadyPresent(_ title: String, id: String) -> String {
        nb(
            "Analysen «\(title)» (\(id.prefix(8))) finnes allerede i arbeidsboka. Ingenting er endret.",
            nn: "Analysen «\(title)» (\(id.prefix(8))) finst allereie i arbeidsboka. Ingenting er endra.")
    }
    public static func imported(_ title: String, id: String, workbook: String) -> String {
        nb(
            "Importerte «\(title)» (\(id.prefix(8))) til \(workbook).",
            nn: "Importerte «\(title)» (\(id.prefix(8))) til \(workbook).")
    }
    public static func importedAsCopy(existing: String, newTitle: String, id: String) -> String {
        nb(
            "En annen versjon av «\(existing)» finnes allerede og er ikke endret. Den importerte er lagt til som «\(newTitle)» (\(id.prefix(8))).",
            nn:
                "Ein annan versjon av «\(existing)» finst allereie og er ikkje endra. Den importerte er lagd til som «\(newTitle)» (\(id.prefix(8)))."
        )
    }
    public static var importedDemoNote: String {
        nb("Merk: analysen bygger på syntetiske demodata.", nn: "Merk: analysen byggjer på syntetiske demodata.")
    }
    public static var listHeader: [String] {
        [
            "ID", nb("TITTEL", nn: "TITTEL"), nb("ENHET", nn: "EINING"), nb("STATUS", nn: "STATUS"),
            nb("ENDRET", nn: "ENDRA"),
        ]
    }
}
