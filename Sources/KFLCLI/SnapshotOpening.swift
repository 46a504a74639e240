import KFLCore
import KFLStore

/// Opens a snapshot and turns every way that can fail into one message and exit code.
enum SnapshotOpening {
    struct Failure: Error {
        let message: String
        let exitCode: ExitCode
        /// What went wrong underneath, for `--debug`.
        var underlying: SnapshotOpenError?
    }

    /// Opens the given snapshot, or the demo (built on first use) when none is given;
    /// on failure prints the message and returns the exit code.
    static func openOrDemo(
        _ given: String?, console: Console
    ) -> Result<(reader: SnapshotReader, path: String), ExitCode> {
        let path: String
        if let given {
            path = given
        } else {
            switch DemoCommand.ensureDemoSnapshot(console: console) {
            case .success(let demo): path = demo
            case .failure(let code): return .failure(code)
            }
        }
        switch open(path: path) {
        case .success(let reader): return .success((reader, path))
        case .failure(let failure): return .failure(report(failure, console))
        }
    }

    static func open(
        path: String, validation: SnapshotReader.Validation = .standard
    ) -> Result<SnapshotReader, Failure> {
        do {
            return .success(try SnapshotReader(path: path, validation: validation))
        } catch {
            return .failure(failure(for: error))
        }
    }

    /// The message and exit code for a snapshot that cannot be opened.
    static func failure(for error: SnapshotOpenError) -> Failure {
        Failure(message: error.userMessage, exitCode: exitCode(for: error), underlying: error)
    }

    /// Prints the failure (and, under `--debug`, what lies under it); returns its exit code.
    static func report(_ failure: Failure, _ console: Console) -> ExitCode {
        console.err(Strings.CLI.error(failure.message))
        if let underlying = failure.underlying { console.debugDetail(underlying) }
        return failure.exitCode
    }

    /// Missing or not a snapshot: 66. Damaged, invalid, too new or too old: 65.
    static func exitCode(for error: SnapshotOpenError) -> ExitCode {
        switch error {
        case .missing, .notASnapshot, .isWorkbook, .notARegularFile: return .noInput
        case .damaged, .newerSchema, .olderSchema, .invalid, .invalidCell: return .dataError
        }
    }
}
