import Foundation
import KFLCore

/// The command line: parse, validate, run, and one place that turns the
/// outcome into text and an exit code.
public enum KFLCLI {
    public static let standardConsole = Console(
        out: { text in FileHandle.standardOutput.write(Data((text + "\n").utf8)) },
        err: { text in FileHandle.standardError.write(Data((text + "\n").utf8)) })

    public static func main(
        _ arguments: [String], console: Console = standardConsole,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int32 {
        var console = console
        let (rest, debug) = takeDebugFlag(arguments)
        console.debug = console.debug || debug || environment["KFL_DEBUG"] == "1"
        return run(rest, console: console).rawValue
    }

    /// `--debug` anywhere before `--`: the raw text of errors goes to stderr
    /// after the Norwegian message. Removed before the command is parsed.
    static func takeDebugFlag(_ arguments: [String]) -> (arguments: [String], debug: Bool) {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let before = arguments[..<end]
        guard before.contains("--debug") else { return (arguments, false) }
        return (before.filter { $0 != "--debug" } + arguments[end...], true)
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
            console.out("kfl \(Strings.CLI.version)")
            return .success
        case .importCSV(let options):
            return ImportCommand.run(options, console: console)
        case .demo(let options):
            return DemoCommand.run(options, console: console)
        case .check(let path):
            return CheckCommand.run(path: path, console: console)
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
