import Foundation
import KFLCore
import KFLImport

/// `kfl demo -o SNAPSHOT`: the synthetic county through the real import.
enum DemoCommand {
    static func run(_ options: Command.DemoOptions, console: Console) -> ExitCode {
        console.err("demo: kommer snart")
        return .failure
    }
}
