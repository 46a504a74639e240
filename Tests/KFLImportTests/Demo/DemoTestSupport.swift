import Foundation
import KFLCore
import KFLImport

/// One demo CSV file read back by the tests with their own minimal parser.
struct DemoCSV: Sendable {
    let url: URL
    let round: Int
    let group: RespondentGroup
    let text: String
    let header: [String]
    /// Data rows split on ";" (the demo never quotes).
    let rows: [[String]]
    /// Factor scores by factor (instrument order) and row; NaN where missing or unreadable.
    let values: [[Double]]

    init(url: URL) throws {
        self.url = url
        let name = url.deletingPathExtension().lastPathComponent  // kfl-demo-2016-elev510
        let parts = name.split(separator: "-")
        guard parts.count == 4, let round = Int(parts[2]),
            let group = Instrument.builtIn.group(id: String(parts[3]))
        else { throw DemoTestError.badName(name) }
        self.round = round
        self.group = group
        text = try String(contentsOf: url, encoding: .utf8)
        let fields = Self.split(text)
        header = fields.first ?? []
        let dataRows = Array(fields.dropFirst())
        rows = dataRows
        var parsed: [String: Double] = [:]  // few distinct texts: parse each once
        values = group.factors.indices.map { i in
            dataRows.map { row in
                guard row.count > 8 + i else { return .nan }
                let text = row[8 + i]
                if let value = parsed[text] { return value }
                let value = NorwegianFormat.parseDecimal(text) ?? .nan
                parsed[text] = value
                return value
            }
        }
    }

    var factors: [Factor] { group.factors }

    /// Lines split on "\n", fields on ";". A plain byte loop: far faster than
    /// the generic `split` in a debug build.
    static func split(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[String]] = []
            var fields: [String] = []
            var start = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte == 0x3B || byte == 0x0A else { continue }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
                if byte == 0x0A {
                    lines.append(fields)
                    fields.removeAll(keepingCapacity: true)
                }
            }
            if start < bytes.count {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            if !fields.isEmpty { lines.append(fields) }
            return lines
        }
    }

    /// Whether the text contains `byte` (memchr: fast in a debug build too).
    func contains(byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Scores of one factor with the school id and gender of each row (missing skipped).
    func scores(_ factorID: String) -> [(school: String, boy: Bool?, value: Double)] {
        guard let f = factors.firstIndex(where: { $0.id == factorID }) else { return [] }
        return zip(rows, values[f]).compactMap { row, value in
            guard !value.isNaN else { return nil }
            let boy: Bool? = row[5] == "gutt" ? true : row[5] == "jente" ? false : nil
            return (row[2], boy, value)
        }
    }
}

enum DemoTestError: Error { case badName(String) }

/// The county demo, generated once per test process into a temporary directory,
/// read into memory and the directory removed again.
struct DemoFixture: Sendable {
    let generator: DemoGenerator
    let fileNames: [String]
    let files: [DemoCSV]

    static let county: Result<DemoFixture, any Error> = Result { try DemoFixture(seed: 2016) }

    static func shared() throws -> DemoFixture { try county.get() }

    init(seed: UInt64) throws {
        generator = DemoGenerator(seed: seed)
        let directory = temporaryDirectory("fixture-\(seed)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let urls = try generator.writeCSV(to: directory)
        fileNames = urls.map(\.lastPathComponent)
        files = try urls.map(DemoCSV.init(url:))
    }

    func file(round: Int, group: String) -> DemoCSV? {
        files.first { $0.round == round && $0.group.id == group }
    }
}

func temporaryDirectory(_ label: String) -> URL {
    FileManager.default.temporaryDirectory
        .appendingPathComponent(
            "kfl-demo-tests-\(ProcessInfo.processInfo.processIdentifier)-\(label)-\(UUID().uuidString)")
}

/// Mean and population sd.
func meanAndSD(_ values: [Double]) -> (mean: Double, sd: Double) {
    guard !values.isEmpty else { return (.nan, .nan) }
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    return (mean, variance.squareRoot())
}

/// Values grouped by school id, in first-seen order.
func bySchool(_ scores: [(school: String, boy: Bool?, value: Double)]) -> [(school: String, values: [Double])] {
    var order: [String] = []
    var index: [String: Int] = [:]
    var groups: [[Double]] = []
    for s in scores {
        if let i = index[s.school] {
            groups[i].append(s.value)
        } else {
            index[s.school] = groups.count
            order.append(s.school)
            groups.append([s.value])
        }
    }
    return zip(order, groups).map { ($0, $1) }
}
