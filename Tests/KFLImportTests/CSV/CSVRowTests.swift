import Foundation
import KFLTestSupport
import Testing

@testable import KFLImport

/// The row reader's fast path (plain lines split straight from the read buffer)
/// gives the same records, fields, line numbers and problems as the general
/// path (`next()` and `split`), whatever the line ends, quotes and encoding.
@Suite struct CSVRowTests {
    struct Read: Equatable {
        var line: Int?
        var fields: [[UInt8]]
        var controls: Bool
        var problem: String?
    }

    static func general(_ url: URL) throws -> [Read] {
        var reader = try CSVLineReader(url: url, displayName: "x.csv")
        var out: [Read] = []
        while let record = reader.next() {
            switch record {
            case .line(let line, let bytes, let controls):
                out.append(Read(line: line, fields: reader.split(bytes).map(Array.init), controls: controls))
            case .problem(let problem):
                out.append(Read(fields: [], controls: false, problem: "\(problem.line ?? 0) \(problem.message)"))
            }
        }
        return out
    }

    static func fast(_ url: URL) throws -> [Read] {
        var reader = try CSVLineReader(url: url, displayName: "x.csv")
        var row = CSVRow()
        var out: [Read] = []
        while let record = reader.nextRow(into: &row) {
            switch record {
            case .row(let line, let controls):
                let fields = row.withFields { fields in (0..<fields.count).map { Array(fields[$0]) } }
                #expect(fields == row.slices.map(Array.init))
                out.append(Read(line: line, fields: fields, controls: controls))
            case .problem(let problem):
                out.append(Read(fields: [], controls: false, problem: "\(problem.line ?? 0) \(problem.message)"))
            }
        }
        return out
    }

    static let texts: [(String, [UInt8])] = [
        ("plain, \\n", Array("a;b;c\n1;2;3\n\n4; 5 ;6\n".utf8)),
        ("\\r\\n, no line end at the end", Array("a;b;c\r\n1;2;3\r\n4;5;6".utf8)),
        ("old Mac \\r", Array("a;b;c\r1;2;3\r4;5;6\r".utf8)),
        ("quotes, a line break inside", Array("a;b;c\n\"x;y\";2;\"3\n4\"\n5;\"\"\"q\"\"\";6\n7;8;9\n".utf8)),
        ("UTF-8 before and after the encoding is known", Array("a;b;c\n1;Åsnes;3\nx;Våler;ø\n".utf8)),
        ("UTF-8 with a BOM", [0xEF, 0xBB, 0xBF] + Array("a;b\nÆ;Ø\n1;2\n".utf8)),
        ("Windows-1252", Array("a;b\n1;2\n".utf8) + [0xC5, 0x3B, 0x32, 0x0A] + Array("3;4\n".utf8)),
        ("mixed encodings", Array("a;b\n1;Å\n".utf8) + [0xC5, 0x3B, 0x32, 0x0A]),
        ("control characters and C1", Array("a;b\n1;x\u{7}y\n2;x\u{85}\n3;–\n".utf8)),
        ("unterminated quote", Array("a;b\n1;\"2\n3;4\n".utf8)),
        ("overlong line", Array("a;b\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 70_000) + [0x0A, 0x31]),
    ]

    @Test("fast path = general path", arguments: texts.indices)
    func sameAsGeneral(_ index: Int) throws {
        let (name, bytes) = Self.texts[index]
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("x.csv")
        try Data(bytes).write(to: url)
        let general = try Self.general(url)
        #expect(!general.isEmpty, "\(name)")
        #expect(try Self.fast(url) == general, "\(name)")
    }

    @Test("records longer than a read chunk, split over chunk boundaries")
    func acrossChunks() throws {
        var text = "a;b;c\n"
        for i in 0..<120_000 { text += "\(i);skole \(i % 97);\(i % 5 == 0 ? "\"q;\(i)\"" : "Å\(i)")\n" }
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("x.csv")
        try Data(text.utf8).write(to: url)
        let general = try Self.general(url)
        #expect(general.count == 120_001)
        #expect(try Self.fast(url) == general)
    }
}
