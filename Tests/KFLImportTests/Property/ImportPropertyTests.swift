import Foundation
import KFLCore
import KFLImport
import KFLStore
import KFLTestSupport
import Testing

/// The importer fed thousands of damaged and reshaped copies of demo CSV
/// files: it never crashes or hangs, and every file is either refused with
/// Norwegian `file:line` messages (nothing written) or imported correctly.
///
/// In-process and seeded, so a failure repeats. `KFL_PROPERTY_FILES` sets
/// how many files (the normal suite tries 1 200; the issue's closing run
/// used many more) and `KFL_PROPERTY_SEED` the seed.
@Suite struct ImportPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let fileCount = environment["KFL_PROPERTY_FILES"].flatMap(Int.init) ?? 1_200
    static let seed = environment["KFL_PROPERTY_SEED"].flatMap(UInt64.init) ?? 12
    /// Far beyond what a file of this size takes (milliseconds): only a hang gets near it.
    static let timeBound: Duration = .seconds(20)

    /// A base file and what importing it unchanged gives.
    struct Base {
        let name: String
        let text: String
        let respondents: Int
        let cells: [String]
    }

    /// Problem kinds that concern a whole file and so have no line number.
    static let fileKinds: Set<ImportProblem.Kind> = [.unreadableFile, .emptyFile, .noRespondents]

    @Test("thousands of mutated demo CSVs: no crash, no hang, a located Norwegian refusal or a correct import")
    func mutatedFiles() throws {
        let dir = try TemporaryDirectory()
        let bases = try [("2016-elev510", 40), ("2018-laerer", 20), ("2020-elev14", 24)].map { name, rows in
            try base(name, rows: rows, in: dir)
        }
        var rng = SeededGenerator(seed: Self.seed)
        var tally = Tally()
        let clock = ContinuousClock()
        for index in 0..<Self.fileCount {
            let base = bases[index % bases.count]
            let mutation = CSVMutation.allCases.randomElement(using: &rng)!
            let bytes = mutation.apply(to: base.text, using: &rng)
            let input = try dir.file("svar.csv", bytes: bytes)
            let output = URL(fileURLWithPath: dir.path("resultater.sqlite"))
            let context = Comment(rawValue: "file \(index), \(base.name), \(mutation.rawValue), seed \(Self.seed)")
            let started = clock.now
            let outcome = Result {
                try Importer.run(files: [URL(fileURLWithPath: input)], output: output, options: options)
            }
            #expect(clock.now - started < Self.timeBound, context)
            switch outcome {
            case .success(let report):
                tally.accepted(mutation)
                try checkAccepted(report, base: base, mutation: mutation, output: output.path, context: context)
                try FileManager.default.removeItem(at: output)
            case .failure(let failure as ImportFailure):
                tally.refused(mutation, kind: failure.problems[0].kind)
                checkRefused(failure, input: input, context: context)
            case .failure(let other):
                Issue.record("not an ImportFailure: \(other) — \(context)")
            }
            #expect(try dir.fileNames() == ["svar.csv"], "nothing left behind — \(context)")
        }
        print(tally.report(files: Self.fileCount, seed: Self.seed))
        #expect(tally.acceptedCount > 0 && tally.refusedCount > 0)
    }

    let options = Importer.Options(source: "egenskapstest")

    func base(_ name: String, rows: Int, in dir: TemporaryDirectory) throws -> Base {
        let text = try KFLTestSupport.DemoFixture.csvSample(name, rows: rows)
        let input = try dir.file("svar.csv", text: text)
        let output = URL(fileURLWithPath: dir.path("resultater.sqlite"))
        let report = try Importer.run(files: [URL(fileURLWithPath: input)], output: output, options: options)
        let cells = try Self.cells(output.path)
        try FileManager.default.removeItem(at: output)
        return Base(name: name, text: text, respondents: report.respondents, cells: cells)
    }

    /// Every stored cell, as text, in key order.
    static func cells(_ path: String) throws -> [String] {
        let db = try SQLiteDatabase.open(path: path, mode: .readOnly)
        var lines: [String] = []
        let sql = """
            SELECT unit_id, round, trinn, gender, factor, n, mean, sd, suppressed FROM cells ORDER BY 1, 2, 3, 4, 5
            """
        try db.query(sql) { row in
            lines.append((0..<9).map { row.optionalString(at: $0) ?? "-" }.joined(separator: ";"))
        }
        return lines
    }

    /// An import that went through: a snapshot that opens with every check,
    /// the same cells when the mutation kept the meaning, never more respondents.
    func checkAccepted(
        _ report: ImportReport, base: Base, mutation: CSVMutation, output: String, context: Comment
    ) throws {
        #expect(throws: Never.self, context) { _ = try SnapshotReader(path: output, validation: .complete) }
        if mutation.keepsMeaning {
            #expect(try Self.cells(output) == base.cells, context)
        } else if mutation.keepsRowCount {
            #expect(report.respondents == base.respondents, context)
        } else {
            #expect(report.respondents <= base.respondents, context)
        }
    }

    /// A refusal: every line located `file:line:` (a whole-file problem `file:`),
    /// Norwegian, no raw control character.
    func checkRefused(_ failure: ImportFailure, input: String, context: Comment) {
        #expect(!failure.problems.isEmpty, context)
        for problem in failure.problems {
            #expect(problem.file == input, context)
            #expect(problem.line != nil || Self.fileKinds.contains(problem.kind), "no line: \(problem) — \(context)")
            #expect(problem.description.hasPrefix(input + ":"), context)
        }
        let text = failure.description
        #expect(UserText.englishWords(in: text, redacting: [input]).isEmpty, "\(text) — \(context)")
        #expect(UserText.rawControls(in: text).isEmpty, "\(text) — \(context)")
        #expect(!text.isEmpty, context)
    }

    /// Counts for the report: files tried, accepted and refused, by mutation and by problem kind.
    struct Tally {
        private(set) var acceptedCount = 0
        private(set) var refusedCount = 0
        private var byMutation: [CSVMutation: (accepted: Int, refused: Int)] = [:]
        private var byKind: [ImportProblem.Kind: Int] = [:]

        mutating func accepted(_ mutation: CSVMutation) {
            acceptedCount += 1
            byMutation[mutation, default: (0, 0)].accepted += 1
        }

        mutating func refused(_ mutation: CSVMutation, kind: ImportProblem.Kind) {
            refusedCount += 1
            byMutation[mutation, default: (0, 0)].refused += 1
            byKind[kind, default: 0] += 1
        }

        func report(files: Int, seed: UInt64) -> String {
            var lines = [
                "import property test: \(files) files (seed \(seed)), "
                    + "\(acceptedCount) accepted, \(refusedCount) refused"
            ]
            lines += CSVMutation.allCases.compactMap { m in
                byMutation[m].map { "  \(m.rawValue): \($0.accepted) accepted, \($0.refused) refused" }
            }
            lines.append("  refused by first problem:")
            lines += byKind.sorted { $0.value > $1.value }.map { "    \($0.key.rawValue): \($0.value)" }
            return lines.joined(separator: "\n")
        }
    }
}
