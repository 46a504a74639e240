import Foundation
import KFLApp
import KFLCore
import KFLStore
import TerminalUI

/// `kfl bench-tui SNAPSHOT`: time to first frame and per-key update + render
/// of the browser on a snapshot, without a terminal. Prints numbers; asserts nothing.
enum BenchCommand {
    static func run(path: String, console: Console) -> ExitCode {
        let clock = ContinuousClock()
        let start = clock.now
        let reader: SnapshotReader
        switch SnapshotOpening.open(path: path) {
        case .success(let r): reader = r
        case .failure(let failure):
            console.err(Strings.CLI.error(failure.message))
            return failure.exitCode
        }
        let runtime = BrowserRuntime(source: reader, snapshotName: "bench", width: 120, height: 40)
        _ = runtime.screen()
        let firstFrame = clock.now - start

        // A user's walk: down the kommuner, into each of the first schools (their
        // overview first, left with Esc) and their trinn, switching group, round
        // and gender, opening details.
        var script: [Key] = []
        for _ in 0..<3 {
            script += [.down, .down, .enter, .down, .down, .enter]
            script += Array(repeating: .down, count: 5)
            script += [.character("r"), .character("t"), .character("K"), .tab, .down, .enter, .escape, .tab]
            script += [.escape, .escape, .character("/"), .character("a"), .enter]
        }
        var samples: [Duration] = []
        func press(_ key: Key) {
            let before = clock.now
            runtime.handle(key)
            _ = runtime.screen()
            samples.append(clock.now - before)
        }
        for _ in 0..<5 {
            for key in script {
                press(key)
                // A school chosen (in the tree or the search) opens with its overview.
                if key == .enter, case .overview = runtime.state.overlay { press(.escape) }
            }
        }
        samples.sort()
        func ms(_ d: Duration) -> String {
            let (seconds, attoseconds) = d.components
            return String(format: "%.2f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        let units = reader.info.tree.units
        console.out(
            """
            snapshot: \(path)
            enheter: \(units.count) (\(units.filter { $0.kind == .school }.count) skoler)
            første bilde (åpne + laste + tegne 120×40): \(ms(firstFrame))
            per tast (oppdatering + tegning), \(samples.count) taster: \
            median \(ms(median)), p99 \(ms(p99)), maks \(ms(samples.last!))
            høyeste minnebruk (maxrss): \(PeakMemory.bytes() / 1_048_576) MiB
            """)
        return .success
    }
}
