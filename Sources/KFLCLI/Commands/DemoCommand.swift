import Foundation
import KFLCore
import KFLImport
import KFLStore

/// `kfl demo -o SNAPSHOT`: the synthetic county through the real import.
enum DemoCommand {
    static func run(_ options: Command.DemoOptions, console: Console) -> ExitCode {
        console.err("demo: kommer snart")
        return .failure
    }

    /// The demo snapshot in the data directory, built on first use.
    static func ensureDemoSnapshot(console: Console) -> Result<String, ExitCode> {
        .failure(.failure)
    }
}
