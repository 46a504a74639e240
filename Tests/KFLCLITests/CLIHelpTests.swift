import KFLCore
import Testing

/// Help goes to stdout with 0; usage mistakes go to stderr with 64 and a pointer to --help.
/// The help texts are pinned here as the user reads them, not compared with
/// the constants that print them.
@Suite struct CLIHelpTests {
    static let overview = """
        kfl – resultater fra Kultur for læring og pedagogisk analyse i terminalen

        Bruk:
          kfl [SNAPSHOT] [--kommune NAVN] [--skole NAVN] [--workbook FIL]
              [--no-color]
          kfl [--sprak nb|nn] [--debug] <kommando> [valg]
          kfl --version

        Uten SNAPSHOT åpnes de innebygde demodataene (syntetiske, bygges første gang).

        Kommandoer:
          import     Les svar-CSV og lag et resultatsnapshot med personvern
          demo       Lag et syntetisk demofylke (CSV og snapshot)
          check      Kontroller et snapshot (--personvern: angrip det som en inntrenger)
          extract    Lag et utdrag for en kommune eller skole fra et snapshot
          show       Skriv ut resultatene for én enhet (tekst, CSV eller JSON)
          analyse    List, eksporter og importer pedagogiske analyser

        Valg:
          --kommune NAVN   Åpne i en kommune
          --skole NAVN     Åpne på en skole (først: hva skiller seg ut)
          --workbook FIL   Arbeidsboka med analyser (standard i datamappen din)
          --no-color       Ingen farger (NO_COLOR virker også)
          --sprak SPRÅK    nb (bokmål) eller nn (nynorsk); ellers KFL_SPRAK, LANG
          --debug          Vis tekniske detaljer når noe feiler (for feilsøking)
          -h, --help       Vis denne hjelpen
          --version        Vis versjonen

        Se «kfl <kommando> --help» for hver kommando.
        """

    static let importHelp = """
        kfl import – les svar-CSV og lag et resultatsnapshot

        Bruk:
          kfl import CSV... -o SNAPSHOT [--geografi FIL [--navn NAVN]]
                     [--min-n N] [--protection P] [--source TEKST]

        Leser anonyme svar på respondentnivå (én rad per respondent) fra én eller
        flere CSV-filer, kontrollerer hvert felt, regner ut resultater for fylke,
        region, kommune, skole og trinn, og skjermer små grupper før noe lagres.
        Snapshotet skrives til en midlertidig fil og flyttes på plass til slutt:
        ved feil skrives ingenting, og et eksisterende snapshot blir stående.

        Uten --geografi gjelder Hedmarks 22 kommuner (før 2020). Med --geografi
        leses kommunene fra en CSV-fil med kolonnene
        kommunenummer;kommune;region;fylke, én kommune per linje. Ett fylke:
        regionene er nivået under fylket. Flere fylker: fylkene er nivået under
        toppen.

        Valg:
          -o, --output SNAPSHOT  Filen som skal lages (påkrevd)
          --geografi FIL         Kommuner, regioner og fylker (standard: Hedmark)
          --navn NAVN            Navnet på toppen når FIL har flere fylker
                                 (standard: fylkene, eller «11 fylker»)
          --min-n N              Færre svar enn dette vises aldri (standard 7)
          --protection P         Et skjult snitt holdes minst P % av skalaen bredt
                                 (standard 20; se README, Personvern)
          --source TEKST         Kilde som lagres i snapshotet (standard: filnavnene)
          -h, --help             Vis denne hjelpen

        Filformatet står i README.md.
        """

    static let checkHelp = """
        kfl check – kontroller et snapshot

        Bruk:
          kfl check SNAPSHOT
          kfl check --personvern SNAPSHOT [FLERE.sqlite …]

        Åpner filen skrivebeskyttet og forteller skjemaversjon, om filen er hel,
        antall enheter og celler, hvor mange som er skjult, min_n og om det er
        demodata.

        Med --personvern angripes filene som en som har alle sammen ville gjort:
        kan noen skjult verdi regnes ut, eller snevres inn mer enn regelen i
        filen tillater? Enheter i ulike filer kobles på kommunenummer og
        skole-id. Avslutter med 0 bare når ingenting kan regnes ut og ingen
        grense er smalere enn regelen, ellers med 1.

        Valg:
          --personvern  Personvernsjekk av én eller flere filer sammen
          -h, --help    Vis denne hjelpen
        """

    @Test(
        "kfl --help, kfl import --help and kfl check --help print their help to stdout and exit 0",
        arguments: [
            (["--help"], overview), (["-h"], overview), (["help"], overview),
            (["import", "--help"], importHelp), (["check", "--help"], checkHelp), (["check", "-h"], checkHelp),
        ])
    func help(arguments: [String], expected: String) {
        let run = kfl(arguments)
        #expect(run.exitCode == 0)
        #expect(run.out == expected)
        #expect(run.err.isEmpty)
    }

    @Test(
        "every help text fits in 80 columns",
        arguments: [Strings.CLI.overview, Strings.CLI.importHelp, Strings.CLI.checkHelp, Strings.CLI.demoHelp])
    func helpWidth(text: String) {
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test("the import help names the command and its options")
    func importHelpContent() {
        let out = kfl("import", "--help").out
        #expect(out.hasPrefix("kfl import – "))
        #expect(out.contains("kfl import CSV... -o SNAPSHOT"))
        #expect(out.contains("--min-n N"))
    }

    @Test("a misspelt command suggests the right one and exits 64")
    func misspeltCommand() {
        let run = kfl("imprt")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Feil: ukjent kommando «imprt». Mente du «import»?"))
        #expect(run.err.contains("Se «kfl --help»."))
        #expect(run.out.isEmpty)
    }

    @Test("import without CSV files is a usage error")
    func importWithoutFiles() {
        let run = kfl("import")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Feil: oppgi minst én CSV-fil"))
        #expect(run.err.contains("Se «kfl import --help»."))
        #expect(kfl("import", "-o", "ut.sqlite").exitCode == 64)
    }

    @Test("an unknown option suggests the nearest and exits 64")
    func unknownOption() {
        let run = kfl("import", "a.csv", "-o", "b.sqlite", "--min_n", "5")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("ukjent valg «--min_n». Mente du «--min-n»?"))
    }

    @Test("--min-n must be a whole number from 1", arguments: ["0", "sju", "-3"])
    func invalidMinimumN(value: String) {
        let run = kfl("import", "a.csv", "-o", "b.sqlite", "--min-n", value)
        #expect(run.exitCode == 64)
        #expect(run.err.contains("for «--min-n»: må være et helt tall fra 1 og oppover"))
    }

    @Test("check without a snapshot is a usage error")
    func checkWithoutSnapshot() {
        let run = kfl("check")
        #expect(run.exitCode == 64)
        #expect(run.err.contains("Feil: mangler SNAPSHOT"))
    }
}
