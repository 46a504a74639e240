import KFLCLI
import KFLCore
import KFLTestSupport
import Testing

/// The command line in nynorsk: chosen by `--sprak`, `KFL_SPRAK` or the
/// locale, for help, messages and output alike.
@Suite struct NynorskCLITests {
    @Test func theHelpInNynorsk() {
        let run = kfl(["--sprak", "nn", "--help"], environment: [:])
        #expect(run.exitCode == 0)
        expectGolden(run.out, named: "help-nn")
        #expect(kfl(["--help", "--sprak=nn"], environment: [:]).out == run.out)
        #expect(kfl(["--help"], environment: ["KFL_SPRAK": "nn"]).out == run.out)
        #expect(kfl(["--help"], environment: ["LANG": "nn_NO.UTF-8"]).out == run.out)
        #expect(
            kfl(["--help"], environment: ["LANG": "nn_NO.UTF-8", "KFL_SPRAK": "nb"]).out.hasPrefix("kfl – resultater"))
    }

    @Test(arguments: [
        "", "import", "demo", "check", "show", "analyse", "analyse list", "analyse export", "analyse import",
    ])
    func everyHelpInNynorskFitsIn80Columns(command: String) {
        let arguments = command.split(separator: " ").map(String.init) + ["--help"]
        let nynorsk = kfl(["--sprak", "nn"] + arguments, environment: [:])
        let bokmal = kfl(arguments, environment: [:])
        #expect(nynorsk.exitCode == 0 && !nynorsk.out.isEmpty)
        #expect(nynorsk.out != bokmal.out)
        for line in nynorsk.out.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(nynorsk.out.split(separator: "\n").count >= bokmal.out.split(separator: "\n").count - 1)
    }

    @Test func mistakesAreToldInNynorsk() {
        let run = kfl(["--sprak", "nn", "imprt"], environment: [:])
        #expect(run.exitCode == 64)
        #expect(run.err == "Feil: ukjend kommando «imprt». Meinte du «import»?\nSjå «kfl --help».")
        let option = kfl(["import", "a.csv", "-o", "b.sqlite", "--min-n", "0"], environment: ["KFL_SPRAK": "nn"])
        #expect(option.err.contains("for «--min-n»: må vere eit heilt tal frå 1 og oppover"))
    }

    @Test func anUnknownLanguageIsAUsageError() {
        let run = kfl(["--sprak", "se", "--help"], environment: [:])
        #expect(run.exitCode == 64 && run.out.isEmpty)
        #expect(run.err.hasPrefix("Feil: ukjent språk «se» i --sprak: bruk nb (bokmål) eller nn (nynorsk)"))
        let fromEnvironment = kfl(["--help"], environment: ["KFL_SPRAK": "engelsk"])
        #expect(fromEnvironment.exitCode == 64)
        #expect(fromEnvironment.err.contains("«engelsk» i KFL_SPRAK"))
        let missing = kfl(["--help", "--sprak"], environment: [:])
        #expect(missing.exitCode == 64)
        #expect(missing.err.contains("valget «--sprak» trenger en verdi"))
    }

    @Test func showPrintsNynorskNamesFromABokmalSnapshot() throws {
        let arguments = ["show", try DemoFixture.snapshotPath(), "--kommune", "Åsnes", "--skole", "Rognli skole"]
        let run = kfl(["--sprak", "nn"] + arguments + ["--gruppe", "elev14"], environment: [:])
        #expect(run.exitCode == 0, "\(run.err)")
        expectGolden(run.out, named: "show-rognli-text-nn")
        // A group is found by its name in either language.
        let byNynorskName = kfl(arguments + ["--gruppe", "Elevar 1–4"], environment: [:])
        #expect(byNynorskName.exitCode == 0, "\(byNynorskName.err)")
    }
}
