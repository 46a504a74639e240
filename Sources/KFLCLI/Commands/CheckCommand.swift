import KFLCore
import KFLStore

/// `kfl check SNAPSHOT`: what the file is, in plain words.
enum CheckCommand {
    static func run(path: String, console: Console) -> ExitCode {
        let reader: SnapshotReader
        switch SnapshotOpening.openOrDemo(path, console: console) {
        case .success(let opened): reader = opened.reader
        case .failure(let code): return code
        }
        let info = reader.info
        do {
            let integrity = try reader.integrityCheck()
            let stats = try reader.statistics()
            let lines = Strings.CLI.checkReport(
                path: path, schemaVersion: info.schemaVersion, supportedVersion: SnapshotSchema.version, intact: integrity == ["ok"],
                createdAt: info.createdAt, source: info.source, isDemo: info.isDemo, county: info.tree.county.name,
                municipalities: stats.municipalities, schools: stats.schools, rounds: info.rounds,
                groups: info.instrument.groups.count, factors: info.instrument.factors.count,
                cells: stats.cells, suppressed: stats.suppressed, minimumN: info.minimumN)
                + Strings.Privacy.checkLines(cells: stats.cells, hidden: stats.suppressed, rule: info.rule, extract: info.extract)
            console.out(lines.joined(separator: "\n"))
            if integrity != ["ok"] {
                console.err(Strings.CLI.error(Strings.CLI.damagedSnapshot(path, detail: integrity.prefix(3).joined(separator: "; "))))
                return .dataError
            }
            return .success
        } catch {
            console.err(Strings.CLI.error(Strings.CLI.damagedSnapshot(path, detail: "\(error)")))
            return .dataError
        }
    }
}

/// Opens a snapshot and turns every way that can fail into one message and exit code.
enum SnapshotOpening {
    struct Failure: Error {
        let message: String
        let exitCode: ExitCode
    }

    /// Opens the given snapshot, or the demo (built on first use) when none is given;
    /// on failure prints the message and returns the exit code.
    static func openOrDemo(_ given: String?, console: Console) -> Result<(reader: SnapshotReader, path: String), ExitCode> {
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
        case .failure(let failure):
            console.err(Strings.CLI.error(failure.message))
            return .failure(failure.exitCode)
        }
    }

    static func open(path: String) -> Result<SnapshotReader, Failure> {
        do {
            return .success(try SnapshotReader(path: path))
        } catch {
            return .failure(failure(for: error))
        }
    }

    /// The message and exit code for a snapshot that cannot be opened.
    static func failure(for error: SnapshotOpenError) -> Failure {
        switch error {
        case .missing(let p): return Failure(message: Strings.CLI.snapshotMissing(p), exitCode: .noInput)
        case .notASnapshot(let p, _): return Failure(message: Strings.CLI.notASnapshot(p), exitCode: .noInput)
        case .isWorkbook(let p): return Failure(message: Strings.CLI.workbookNotSnapshot(p), exitCode: .noInput)
        case .damaged(let p, let detail): return Failure(message: Strings.CLI.damagedSnapshot(p, detail: detail), exitCode: .dataError)
        case .newerSchema(let p, let found, let supported):
            return Failure(message: Strings.CLI.newerSchema(p, found: found, supported: supported), exitCode: .dataError)
        case .olderSchema(let p, let found, _):
            return Failure(message: Strings.CLI.olderSchema(p, found: found), exitCode: .dataError)
        }
    }
}
