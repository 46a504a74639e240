import KFLCore
import KFLStore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The command line: parse, validate, run, and one place that turns the
/// outcome into text and an exit code.
public enum KFLCLI {
    public static let standardConsole = Console(
        out: { text in StandardStream.write(text + "\n", to: 1) },
        // Messages too are in ASCII where the locale cannot show more, like `kfl show`'s text.
        err: { text in StandardStream.write((Locale.isUTF8 ? text : ASCIIFallback.text(text)) + "\n", to: 2) },
        terminalWidth: { isatty(STDOUT_FILENO) == 1 ? TerminalSize.columns() : nil },
        progress: { text in ProgressLine.standardError.show(text) })

    /// - Parameter environment: the variables to read (tests give their own); nil reads
    ///   the process's.
    public static func main(
        _ arguments: [String], console: Console = standardConsole, environment given: [String: String]? = nil
    ) -> Int32 {
        var console = console
        let environment = given.map(Environment.init) ?? .process
        let (withoutDebug, debug) = takeDebugFlag(arguments)
        console.debug = console.debug || debug || environment["KFL_DEBUG"] == "1"
        let language: Language
        let rest: [String]
        do {
            let (arguments, option) = try takeLanguageOption(withoutDebug)
            rest = arguments
            language = try Language.choose(option: option, environment: environment)
        } catch let error as UsageError {
            console.err(Strings.CLI.error(error.message))
            console.err(Strings.CLI.usageHint(nil))
            return ExitCode.usage.rawValue
        } catch {
            let choice = error as? LanguageChoiceError
            console.err(
                Strings.CLI.error(Strings.CLI.unknownLanguage(choice?.value ?? "", source: choice?.source ?? "")))
            console.err(Strings.CLI.usageHint(nil))
            return ExitCode.usage.rawValue
        }
        // Every text of the run, the terminal program's included, is drawn in this language.
        return Language.$current.withValue(language) { run(rest, console: console).rawValue }
    }

    /// `--sprak nb|nn` (or `--sprak=nn`) anywhere before `--`, like `--debug`:
    /// it applies to every command, and is removed before the command is parsed.
    /// - Throws: `UsageError` when the value is missing.
    static func takeLanguageOption(_ arguments: [String]) throws -> (arguments: [String], language: String?) {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        var kept: [String] = []
        var language: String?
        var index = 0
        while index < end {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("--sprak=") || argument.hasPrefix("--språk=") {
                language = String(argument[argument.index(after: argument.firstIndex(of: "=")!)...])
            } else if argument == "--sprak" || argument == "--språk" {
                guard index < end else { throw UsageError(message: Strings.CLI.missingValue(argument), command: nil) }
                language = arguments[index]
                index += 1
            } else {
                kept.append(argument)
            }
        }
        return (kept + arguments[end...], language)
    }

    /// `--debug` anywhere before `--`: the raw text of errors goes to stderr
    /// after the Norwegian message. Removed before the command is parsed.
    static func takeDebugFlag(_ arguments: [String]) -> (arguments: [String], debug: Bool) {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let before = arguments[..<end]
        guard before.contains("--debug") else { return (arguments, false) }
        return (before.filter { $0 != "--debug" } + arguments[end...], true)
    }

    /// `kfl --version`: version, commit and the file formats this build reads.
    static var versionText: String {
        let migrations = WorkbookSchema.migrator.migrationNames
        return Strings.CLI.versionText(
            commit: BuildInfo.commit, snapshotSchema: SnapshotSchema.version, workbookSchema: migrations.count,
            workbookMigration: migrations.last ?? "", bundleVersion: AnalysisBundle.currentVersion)
    }

    static func run(_ arguments: [String], console: Console) -> ExitCode {
        let command: Command
        do {
            command = try CommandParser.parse(arguments)
        } catch {
            console.err(Strings.CLI.error(error.message))
            console.err(Strings.CLI.usageHint(error.command))
            return .usage
        }
        switch command {
        case .help(let text):
            console.out(text)
            return .success
        case .version:
            console.out(versionText)
            return .success
        case .importCSV(let options):
            return ImportCommand.run(options, console: console)
        case .demo(let options):
            return DemoCommand.run(options, console: console)
        case .check(let path):
            return CheckCommand.run(path: path, console: console)
        case .privacyCheck(let paths):
            return PrivacyCheckCommand.run(paths: paths, console: console)
        case .extract(let options):
            return ExtractCommand.run(options, console: console)
        case .benchTUI(let path):
            return BenchCommand.run(path: path, console: console)
        case .show(let options):
            return ShowCommand.run(options, console: console)
        case .analyse(let request):
            return AnalyseCommand.run(request, console: console)
        case .browse(let options):
            return BrowseCommand.run(options, console: console)
        }
    }
}
