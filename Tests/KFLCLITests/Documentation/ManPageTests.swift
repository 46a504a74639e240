import Foundation
import KFLApp
import KFLCore
import KFLTestSupport
import TerminalUI
import Testing

@testable import KFLCLI

/// The man page and the completions that `make install` and `make dist` ship
/// (`doc/`) are exactly what kfl writes from its help texts, keymaps and
/// command table, and those agree with what the parsers accept. A new option,
/// command or environment variable fails here until the help and `doc/` say it
/// (`KFL_UPDATE_GOLDENS=1` rewrites `doc/`; read the diff).
@Suite struct ManPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func shipped(_ path: String) -> URL { root.appendingPathComponent("doc/" + path) }

    /// The page in each language, where `make install` and the package install it from.
    static let pages: [(language: Language, path: String)] = [(.bokmal, "kfl.1"), (.nynorsk, "nn/kfl.1")]

    static func page(in language: Language) -> String { Language.$current.withValue(language) { ManPage.text } }

    @Test func theShippedManPagesAreTheOnesKflWrites() {
        for (language, path) in Self.pages { Golden.expect(Self.page(in: language), at: Self.shipped(path)) }
        #expect(Self.page(in: .nynorsk).contains(".SH \"SKILDRING\""))
        #expect(Self.page(in: .nynorsk).contains("Opne i ein kommune"), "the options of kfl --help, in nynorsk")
    }

    /// Every paragraph of a help text is a paragraph in the page: `kfl check`'s ended in «:» and was read as a
    /// table, one row and a blank line per line; a line broken after «kommune;» came out «kommune; region».
    @Test func helpParagraphsStayParagraphs() {
        for (language, _) in Self.pages {
            let page = Self.page(in: language)
            #expect(!page.contains("\n\n"), "\(language): a blank line in the page")
            #expect(page.contains("kommunenummer;kommune;region;fylke"), "\(language)")
            #expect(!page.contains("\\fBkan\\fR \\fBnoen\\fR") && !page.contains("\\fBkan\\fR \\fBnokon\\fR"))
        }
    }

    /// The synopsis (`Bruk:`) of each command names every option it takes; the overview names the
    /// options every command takes (`--sprak`, `--debug`).
    @Test func everyOptionIsInItsSynopsis() {
        for (language, _) in Self.pages {
            Language.$current.withValue(language) {
                for spec in CommandTable.all where spec.path != ["analyse"] {
                    let usage = HelpText(spec.help).usage.joined(separator: " ") + " "
                    let global = spec.path.isEmpty ? CommandTable.global : []
                    for option in spec.options + global where option.names[0] != "--help" {
                        #expect(
                            option.names.contains { usage.contains($0 + " ") || usage.contains($0 + "]") },
                            "\(language) kfl \(spec.path.joined(separator: " ")): \(option.names[0]) not in «\(usage)»")
                    }
                }
            }
        }
    }

    @Test func theShippedCompletionsAreTheOnesKflWrites() {
        Golden.expect(CompletionScript.bash, at: Self.shipped("completions/kfl.bash"))
        Golden.expect(CompletionScript.zsh, at: Self.shipped("completions/_kfl"))
    }

    @Test func everyOptionAParserTakesIsInItsHelp() {
        for spec in CommandTable.all {
            for option in spec.options + CommandTable.global {
                #expect(
                    CompletionScript.helpRow(spec, option) != nil,
                    "kfl \(spec.path.joined(separator: " ")): \(option.names[0]) is not under «Valg:» in its help")
            }
        }
    }

    @Test func everyCommandPrintsTheHelpTheManPageIsWrittenFrom() throws {
        for spec in CommandTable.all {
            #expect(try CommandParser.parse(spec.path + ["--help"]) == .help(spec.help))
        }
        #expect(CommandTable.commandNames == ["import", "demo", "check", "extract", "show", "analyse"])
    }

    @Test func theManPageHasEveryCommandOptionKeyAndExitCode() {
        let page = ManPage.text
        for spec in CommandTable.all where !spec.path.isEmpty {
            #expect(page.contains(".SS \"kfl \(spec.path.joined(separator: " "))\""))
        }
        for option in CommandTable.all.flatMap(\.options) + CommandTable.global {
            #expect(page.contains(Roff.escape(option.names[0])), "\(option.names[0])")
        }
        let documented = Strings.Manual.exitCodes.map(\.code)
        #expect(documented == ExitCode.allCases.map(\.rawValue))
        #expect(page.contains(".TH \"KFL\" \"1\""))
    }

    @Test func everyKeyOfEveryScreenIsInTheManPage() {
        let page = ManPage.text
        func rows<A>(_ keymap: Keymap<A>) -> [(keys: String, help: String)] {
            keymap.helpSections().flatMap(\.entries).map { ($0.keys, $0.help) }
        }
        let entries =
            rows(BrowserKeymap.keymap) + rows(AnalysisListKeymap.keymap)
            + AnalysisStepKind.allCases.flatMap { rows(AnalysisKeymap.helpKeymap(for: $0)) }
        #expect(entries.count > 40)
        for entry in entries {
            let keys = Roff.bold(Roff.escape(entry.keys.replacingOccurrences(of: " ", with: ", ")))
            #expect(page.contains(keys + "\n" + Roff.escape(entry.help)), "\(entry.keys): \(entry.help)")
        }
    }

    /// Every environment variable the program reads (found in the sources) is
    /// in the man page's MILJØ, except the test suite's own crash switch.
    @Test func everyEnvironmentVariableTheProgramReadsIsDocumented() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let pattern = try NSRegularExpression(pattern: #"(?:environment|env)\["([A-Z_]+)"\]|getenv\("([A-Z_]+)"\)"#)
        var read: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                for group in 1...2 {
                    if let range = Range(match.range(at: group), in: text) { read.insert(String(text[range])) }
                }
            }
        }
        #expect(read.contains("KFL_HOME") && read.contains("NO_COLOR"), "the scan finds nothing: \(read)")
        let documented = Set(Strings.Manual.environment.flatMap(\.names))
        let testHooks: Set<String> = ["KFL_TEST_CRASH"]
        #expect(read.subtracting(documented).subtracting(testHooks).sorted() == [])
    }

    @Test func groffReadsTheManPageWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
        for (_, path) in Self.pages {
            let page = TmuxSession.shellQuoted(Self.shipped(path).path)
            let output = try Self.shell("groff -k -man -Tutf8 -ww -z " + page)
            #expect(output.status == 0)
            #expect(output.text == "", "groff \(path): \(output.text)")
            // The synopsis fits an 80-column terminal (the page is indented 7 columns).
            let shown = try Self.shell("groff -k -man -Tutf8 -P-cbou -rLL=80n " + page).text
            let wide = shown.split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "\(path): \(wide)")
        }
        let rendered = try Self.shell(
            "groff -k -man -Tutf8 -P-cbou -rLL=80n " + TmuxSession.shellQuoted(Self.shipped("kfl.1").path))
        #expect(rendered.text.contains("kfl import CSV... -o SNAPSHOT"))
        #expect(rendered.text.contains("--kjonnsforskjell"))
    }

    @Test func bashCompletesCommandsOptionsAndValues() throws {
        func complete(_ words: [String]) throws -> [String] {
            let script = """
                source \(TmuxSession.shellQuoted(Self.shipped("completions/kfl.bash").path))
                compopt() { :; }  # a builtin that works only inside a real completion
                COMP_WORDS=(\(words.map(TmuxSession.shellQuoted).joined(separator: " ")))
                COMP_CWORD=\(words.count - 1)
                _kfl
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            return try Self.shell("bash -c " + TmuxSession.shellQuoted(script)).text
                .split(separator: "\n").map(String.init)
        }
        #expect(try complete(["kfl", "sh"]) == ["show"])
        #expect(
            try complete(["kfl", "show", "--kj"]).sorted() == [
                "--kjonn", "--kjonnsforskjell", "--kjønn", "--kjønnsforskjell",
            ])
        #expect(try complete(["kfl", "show", "--format", ""]) == ["tekst", "csv", "json"])
        #expect(try complete(["kfl", "analyse", "e"]) == ["export"])
        #expect(try complete(["kfl", "analyse", "export", "abc", "--format", "h"]) == ["html"])
        #expect(try complete(["kfl", "demo", "--scale", ""]) == ["county", "national"])
        #expect(try complete(["kfl", "--deb"]) == ["--debug"])
    }

    @Test func zshReadsItsCompletion() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") else { return }
        let script = TmuxSession.shellQuoted(Self.shipped("completions/_kfl").path)
        #expect(try Self.shell("zsh -n " + script) == (0, ""))
    }

    /// `bash -c`/`sh -c` output, through a file (see `TmuxSession`).
    static func shell(_ command: String) throws -> (status: Int32, text: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kfl-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = TmuxSession.runShell(command + " >" + TmuxSession.shellQuoted(output.path) + " 2>&1 </dev/null")
        return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
