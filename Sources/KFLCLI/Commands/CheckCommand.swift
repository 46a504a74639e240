import KFLCore
import KFLStore

/// `kfl check SNAPSHOT`: what the file is, in plain words.
enum CheckCommand {
    static func run(path: String, console: Console) -> ExitCode {
        let reader: SnapshotReader
        switch SnapshotOpening.open(path: path, validation: .complete) {
        case .success(let opened): reader = opened
        case .failure(let failure):
            if case .invalid(_, let problems)? = failure.underlying {
                return reportContentProblems(path: path, problems: problems, console: console)
            }
            return SnapshotOpening.report(failure, console)
        }
        let info = reader.info
        do {
            let integrity = try reader.integrityCheck()
            let stats = try reader.statistics()
            let lines =
                Strings.CLI.checkReport(
                    path: path, schemaVersion: info.schemaVersion, supportedVersion: SnapshotSchema.version,
                    intact: integrity == ["ok"],
                    createdAt: info.createdAt, source: info.source, isDemo: info.isDemo, county: info.tree.county.name,
                    municipalities: stats.municipalities, schools: stats.schools, rounds: info.rounds,
                    groups: info.instrument.groups.count, factors: info.instrument.factors.count,
                    cells: stats.cells, suppressed: stats.suppressed, minimumN: info.minimumN)
                + Strings.Privacy.checkLines(
                    cells: stats.cells, hidden: stats.suppressed, rule: info.rule, extract: info.extract)
            console.out(lines.joined(separator: "\n"))
            if integrity != ["ok"] {
                console.err(Strings.CLI.error(Strings.CLI.damagedSnapshot(path)))
                if console.debug { console.err(Strings.CLI.debugLine(integrity.prefix(10).joined(separator: "; "))) }
                return .dataError
            }
            return .success
        } catch {
            console.err(Strings.CLI.error(Strings.CLI.damagedSnapshot(path)))
            console.debugDetail(error)
            return .dataError
        }
    }

    /// A snapshot whose content kfl cannot use: every problem the validator
    /// found, one per line on stdout (the report), then the verdict; exit 65.
    static func reportContentProblems(path: String, problems: [String], console: Console) -> ExitCode {
        console.out(
            ([Strings.CLI.checkSnapshotLine(path), Strings.CLI.checkProblemsHeading(problems.count)]
                + problems.map { "  " + $0 }).joined(separator: "\n"))
        let verdict = Strings.CLI.invalidSnapshot(path, first: problems.first ?? "", more: problems.count - 1)
        console.err(Strings.CLI.error(verdict))
        return .dataError
    }
}
