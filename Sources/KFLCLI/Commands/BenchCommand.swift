import KFLApp
import KFLCore
import KFLStore
import TerminalUI

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// `kfl bench-tui SNAPSHOT`: time to first frame and per-key update + render
/// of the browser on a snapshot, without a terminal. Prints numbers and names the
/// slowest keys (which key, on which screen and unit); asserts nothing.
/// A developer's tool, not in the help: its lines are not in the strings table.
enum BenchCommand {
    /// One key of the walk: where it was pressed, how long the update and the drawing took,
    /// and the processor time this thread spent on both (steadier when other work shares the cores).
    struct Sample {
        let key: Key
        let place: String
        let update: Duration
        let render: Duration
        let cpu: Duration
        var total: Duration { update + render }
    }

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

        var samples: [Sample] = []
        func press(_ key: Key) {
            let place = Self.place(runtime.state)
            let cpuBefore = threadCPUTime()
            let before = clock.now
            runtime.handle(key)
            let updated = clock.now
            _ = runtime.screen()
            let after = clock.now
            samples.append(
                Sample(
                    key: key, place: place, update: updated - before, render: after - updated,
                    cpu: threadCPUTime() - cpuBefore))
        }
        for _ in 0..<5 {
            for key in walk {
                press(key)
                // A school chosen (in the tree or the search) opens with its overview.
                if key == .enter, case .overview = runtime.state.overlay { press(.escape) }
            }
        }
        let sorted = samples.map(\.total).sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
        let cpu = samples.map(\.cpu).sorted()
        let units = reader.info.tree.units
        console.out(
            """
            snapshot: \(path)
            enheter: \(units.count) (\(units.filter { $0.kind == .school }.count) skoler)
            første bilde (åpne + laste + tegne 120×40): \(ms(firstFrame))
            per tast (oppdatering + tegning), \(samples.count) taster: \
            median \(ms(median)), p99 \(ms(p99)), maks \(ms(sorted.last!))
            prosessortid per tast: median \(ms(cpu[cpu.count / 2])), \
            p99 \(ms(cpu[min(cpu.count - 1, cpu.count * 99 / 100)])), maks \(ms(cpu.last!))
            høyeste minnebruk (maxrss): \(PeakMemory.bytes() / 1_048_576) MiB
            """)
        console.out(slowest(samples, count: 10))
        console.out(slowest(samples, count: 10, by: \.cpu, heading: "tregeste taster etter prosessortid:"))
        console.out(byKey(samples))
        return .success
    }

    /// A user's walk: down the kommuner, into each of the first schools (their
    /// overview first, left with Esc) and their trinn, switching group, round
    /// and gender, opening details, back up and a search.
    static let walk: [Key] = {
        var script: [Key] = []
        for _ in 0..<3 {
            script += [.down, .down, .enter, .down, .down, .enter]
            script += Array(repeating: .down, count: 5)
            script += [.character("r"), .character("t"), .character("K"), .tab, .down, .enter, .escape, .tab]
            script += [.escape, .escape, .character("/"), .character("a"), .enter]
        }
        return script
    }()

    /// The slowest keys (in wall time, or by `time`), slowest first, with the time split into update and drawing.
    static func slowest(
        _ samples: [Sample], count: Int, by time: KeyPath<Sample, Duration> = \.total,
        heading: String = "tregeste taster:"
    ) -> String {
        let lines = samples.enumerated().sorted {
            ($0.element[keyPath: time], $1.offset) > ($1.element[keyPath: time], $0.offset)
        }
        .prefix(count)
        .map { index, sample in
            "  \(ms(sample.total)) (oppdatering \(ms(sample.update)), tegning \(ms(sample.render)),"
                + " prosessortid \(ms(sample.cpu)))"
                + "  tast nr. \(index + 1): \(sample.key.displayName) på \(sample.place)"
        }
        return ([heading] + lines).joined(separator: "\n")
    }

    /// Per key: how often it was pressed, its median and its slowest time.
    static func byKey(_ samples: [Sample]) -> String {
        var byName: [String: [Duration]] = [:]
        var cpuByName: [String: [Duration]] = [:]
        var order: [String] = []
        for sample in samples {
            let name = sample.key.displayName
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(sample.total)
            cpuByName[name, default: []].append(sample.cpu)
        }
        let lines = order.map { name in
            let times = byName[name]!.sorted(), cpu = cpuByName[name]!.sorted()
            return "  \(name): \(times.count) ganger, median \(ms(times[times.count / 2])), maks \(ms(times.last!))"
                + " (prosessortid median \(ms(cpu[cpu.count / 2])), maks \(ms(cpu.last!)))"
        }
        return (["per tast:"] + lines).joined(separator: "\n")
    }

    /// Where a key is pressed: the screen (the list, the results, an overlay) and the unit,
    /// trinn, round and group in view.
    static func place(_ state: BrowserState) -> String {
        let screen: String
        switch state.overlay {
        case nil: screen = state.focus == .navigation ? "lista" : "resultatene"
        case .search: screen = "søket"
        case .overview: screen = "oversikten"
        case .detail(let number, _): screen = "detaljene for «\(state.info.instrument.factors[number].id)»"
        case .themes: screen = "temaene"
        case .theme(let id, _): screen = "temaet «\(id)»"
        case .help: screen = "hjelpen"
        case .legend: screen = "tegnforklaringen"
        }
        guard let unit = state.currentUnit else { return screen }
        let trinn = state.currentItem.map { $0.trinn == 0 ? "" : ", \($0.trinn). trinn" } ?? ""
        return "\(screen): \(unit.kind.rawValue) \(unit.name)\(trinn), \(state.round), \(state.groupID ?? "–")"
    }

    /// The processor time the calling thread has used.
    static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }

    static func ms(_ d: Duration) -> String {
        let (seconds, attoseconds) = d.components
        // Two decimals and a point, as "%.2f" writes them (the benchmark script reads these lines).
        let hundredths = Int(((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 100).rounded())
        let decimals = String(hundredths % 100)
        return "\(hundredths / 100).\(decimals.count < 2 ? "0" : "")\(decimals) ms"
    }
}
