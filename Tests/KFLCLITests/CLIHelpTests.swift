import KFLCore
import Testing

/// Help goes to stdout with 0; usage mistakes go to stderr with 64 and a pointer to --help.
@Suite struct CLIHelpTests {
    @Test("kfl --help, kfl import --help and kfl check --help print their help to stdout and exit 0", arguments: [
        (["--help"], Strings.CLI.overview), (["-h"], Strings.CLI.overview), (["help"], Strings.CLI.overview),
        (["import", "--help"], Strings.CLI.importHelp), (["check", "--help"], Strings.CLI.checkHelp),
        (["check", "-h"], Strings.CLI.checkHelp),
    ])
    func help(arguments: [String], expected: String) {
        let run = kfl(arguments)
        #expect(run.exitCode == 0)
        #expect(run.out == expected)
        #expect(run.err.isEmpty)
    }

    @Test("every help text fits in 80 columns", arguments: [Strings.CLI.overview, Strings.CLI.importHelp, Strings.CLI.checkHelp, Strings.CLI.demoHelp])
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
