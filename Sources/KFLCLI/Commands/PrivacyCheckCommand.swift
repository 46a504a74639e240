import KFLCore
import KFLStore

/// `kfl check --personvern SNAPSHOT [MORE…]`: the privacy audit, in plain words.
/// Exit 0 only when nothing hidden can be worked out or narrowed beyond the rule.
enum PrivacyCheckCommand {
    /// Findings listed before the rest is only counted.
    static let listed = 25

    static func run(paths: [String], console: Console) -> ExitCode {
        var snapshots: [AuditSnapshot] = []
        for path in paths {
            do {
                snapshots.append(try AuditSnapshotLoader.load(path: path))
            } catch {
                return SnapshotOpening.report(SnapshotOpening.failure(for: error), console)
            }
        }
        let report = PrivacyAudit.run(snapshots)
        console.out(lines(report).joined(separator: "\n"))
        return report.isSafe ? .success : .failure
    }

    static func lines(_ report: PrivacyAudit.Report) -> [String] {
        let rule = report.rule
        var lines = [
            Strings.Privacy.heading(report.files),
            Strings.Privacy.rule(rule),
            Strings.Privacy.checked(tables: report.tables, hidden: report.hiddenCells),
            Strings.Privacy.count(Strings.Privacy.shownSmall, report.count { $0 == .shownSmall }),
            Strings.Privacy.count(Strings.Privacy.derivable, report.count { $0 == .derivable }),
            Strings.Privacy.count(
                Strings.Privacy.narrowed(rule.protectionPercent),
                report.count {
                    if case .narrowed = $0 { return true }
                    return false
                }),
            Strings.Privacy.count(Strings.Privacy.countPinned, report.count { $0 == .countPinned }),
            Strings.Privacy.count(Strings.Privacy.shareShownExtreme, report.count { $0 == .shareShownExtreme }),
            Strings.Privacy.count(Strings.Privacy.shareDerivable, report.count { $0 == .shareDerivable }),
            Strings.Privacy.count(Strings.Privacy.shareNarrowed, report.count { $0 == .shareNarrowed }),
        ]
        if let narrowest = report.narrowest {
            lines.append(Strings.Privacy.narrowest(place: narrowest.place, share: narrowest.share))
        }
        if report.conflicts > 0 { lines.append(Strings.Privacy.conflicts(report.conflicts)) }
        for finding in report.findings.prefix(listed) {
            lines.append(Strings.Privacy.finding(finding.problem, place: finding.place))
        }
        if report.findings.count > listed { lines.append(Strings.Privacy.moreFindings(report.findings.count - listed)) }
        lines.append(report.isSafe ? Strings.Privacy.safe : Strings.Privacy.unsafe(report.findings.count))
        return lines
    }
}
