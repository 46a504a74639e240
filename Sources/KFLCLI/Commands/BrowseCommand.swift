import KFLCore

/// `kfl [SNAPSHOT]`: the results browser.
enum BrowseCommand {
    static func run(_ options: Command.BrowseOptions, console: Console) -> ExitCode {
        console.err("TUI: kommer snart")
        return .failure
    }
}
