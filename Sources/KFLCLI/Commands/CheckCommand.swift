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
            var lines: [String] = []
            lines.append("Snapshot: \(path)")
            lines.append("Skjemaversjon: \(info.schemaVersion) (denne kfl leser til og med \(SnapshotSchema.version))")
            lines.append("Hel fil: \(integrity == ["ok"] ? "ja (integritetskontroll ok)" : "NEI")")
            lines.append("Laget: \(info.createdAt)")
            lines.append("Kilde: \(info.source)")
            lines.append("Demodata: \(info.isDemo ? "ja – \(Strings.demoBanner)" : "nei")")
            lines.append("Fylke: \(info.tree.county.name), \(stats.municipalities) kommuner, \(stats.schools) skoler")
            lines.append("Tidspunkt: \(Strings.list(info.rounds.map(String.init)))")
            lines.append("Instrument: \(info.instrument.groups.count) respondentgrupper, \(info.instrument.factors.count) faktorer")
            lines.append("Celler: \(NorwegianFormat.integer(stats.cells)), skjermet: \(NorwegianFormat.integer(stats.suppressed))")
            lines.append("min_n: \(info.minimumN) (færre svar enn dette vises aldri)")
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
            switch error {
            case .missing(let p): return .failure(Failure(message: Strings.CLI.snapshotMissing(p), exitCode: .noInput))
            case .notASnapshot(let p, _): return .failure(Failure(message: Strings.CLI.notASnapshot(p), exitCode: .noInput))
            case .isWorkbook(let p): return .failure(Failure(message: Strings.CLI.workbookNotSnapshot(p), exitCode: .noInput))
            case .damaged(let p, let detail): return .failure(Failure(message: Strings.CLI.damagedSnapshot(p, detail: detail), exitCode: .dataError))
            case .newerSchema(let p, let found, let supported):
                return .failure(Failure(message: Strings.CLI.newerSchema(p, found: found, supported: supported), exitCode: .dataError))
            }
        }
    }
}
