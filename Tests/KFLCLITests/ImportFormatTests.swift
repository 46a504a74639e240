import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// The shapes real files come in (Excel on a Norwegian PC, other tools) are read as meant.
@Suite struct ImportFormatTests {
    let dir: TemporaryDirectory

    init() throws { dir = try TemporaryDirectory() }

    /// Imports `bytes` with min_n 1 and opens the result.
    func importing(
        _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (CLIRun, SnapshotReader) {
        let csv = try dir.file("elever.csv", bytes: bytes)
        let out = dir.path("resultater.sqlite")
        let run = kfl("import", csv, "-o", out, "--min-n", "1")
        #expect(run.exitCode == 0, "stderr: \(run.err)", sourceLocation: sourceLocation)
        return (run, try SnapshotReader(path: out))
    }

    /// The school's mean on e510_trivsel for all pupils, 2016, 6. trinn.
    func schoolMean(_ reader: SnapshotReader, code: String = "S1") throws -> CellValue? {
        let school = try #require(reader.info.tree.units.first { $0.kind == .school && $0.code == code })
        let factor = try #require(reader.info.instrument.factor(id: "e510_trivsel"))
        return try reader.results(
            unitID: school.id, round: 2016, trinn: 6, gender: .all, factorNumbers: [factor.number])[factor.number]?
            .value
    }

    @Test("a UTF-8 file with a byte order mark is read, header included")
    func byteOrderMark() throws {
        let (_, reader) = try importing([0xEF, 0xBB, 0xBF] + Array(CSVFixture.text([CSVFixture.row(e510: "4")]).utf8))
        #expect(try schoolMean(reader)?.mean == 4)
        #expect(reader.info.tree.units.contains { $0.name == "Åsnes skole" })
    }

    @Test("comma as delimiter with a decimal point")
    func commaWithDecimalPoint() throws {
        let rows = [
            CSVFixture.row(id: "r1", e510: "4.5", delimiter: ","),
            CSVFixture.row(gender: "jente", id: "r2", e510: "3.5", delimiter: ","),
        ]
        let (_, reader) = try importing(Array(CSVFixture.text(rows, delimiter: ",").utf8))
        let cell = try #require(try schoolMean(reader))
        #expect(cell.n == 2 && cell.mean == 4)
    }

    @Test("semicolon as delimiter with a decimal comma")
    func semicolonWithDecimalComma() throws {
        let rows = [CSVFixture.row(id: "r1", e510: "4,5"), CSVFixture.row(gender: "jente", id: "r2", e510: "3,25")]
        let (_, reader) = try importing(Array(CSVFixture.text(rows).utf8))
        let cell = try #require(try schoolMean(reader))
        #expect(cell.n == 2 && cell.mean == 3.875)
    }

    @Test("quoted fields may hold the delimiter, doubled quotes and a decimal comma")
    func quotedFields() throws {
        let rows = [
            CSVFixture.row(name: "\"Åsnes skole, avd. \"\"Nord\"\"\"", id: "\"r1\"", e510: "\"4,5\"", delimiter: ","),
            CSVFixture.row(
                name: "\"Åsnes skole, avd. \"\"Nord\"\"\"", gender: "jente", id: "r2", e510: "\"2,5\"", delimiter: ","),
        ]
        let (_, reader) = try importing(Array(CSVFixture.text(rows, delimiter: ",").utf8))
        #expect(reader.info.tree.units.contains { $0.name == "Åsnes skole, avd. \"Nord\"" })
        #expect(try schoolMean(reader)?.mean == 3.5)
    }

    @Test("CRLF line ends are read like LF")
    func crlf() throws {
        let rows = [CSVFixture.row(id: "r1", e510: "5"), CSVFixture.row(gender: "jente", id: "r2", e510: "3")]
        let (_, reader) = try importing(Array(CSVFixture.text(rows, lineEnd: "\r\n").utf8))
        let cell = try #require(try schoolMean(reader))
        #expect(cell.n == 2 && cell.mean == 4)
        #expect(reader.info.tree.units.contains { $0.name == "Åsnes skole" })
    }

    @Test("kommunenr 425, as Excel shows 0425, means Åsnes")
    func droppedLeadingZero() throws {
        let (_, reader) = try importing(Array(CSVFixture.text([CSVFixture.row(kommune: "425")]).utf8))
        let tree = reader.info.tree
        let school = try #require(tree.units.first { $0.kind == .school })
        #expect(tree.municipality(of: school)?.code == "0425")
        #expect(tree.municipality(of: school)?.name == "Åsnes")
    }

    @Test("a Windows-1252 file (Excel's «CSV (semikolondelt)») is converted, with a notice on stderr")
    func windows1252() throws {
        var bytes = Array(CSVFixture.header().utf8) + [0x0A]
        // "Åsnes ungdomsskole" with Å as the single byte C5.
        bytes += Array("2016;0425;S1;".utf8) + [0xC5] + Array("snes ungdomsskole;6;gutt;elev510;r1;;4;\n".utf8)
        let (run, reader) = try importing(bytes)
        #expect(reader.info.tree.units.contains { $0.kind == .school && $0.name == "Åsnes ungdomsskole" })
        #expect(run.err.contains("er ikke UTF-8; leste den som Windows-1252"))
        #expect(run.out.contains("Skrev"))
    }

    @Test("a successful import says what it wrote and leaves no temporary file")
    func successReport() throws {
        let (run, _) = try importing(Array(CSVFixture.text(CSVFixture.pupils(4)).utf8))
        #expect(run.out.contains("4 svar fra 1 skole, 2016"))
        #expect(try dir.fileNames() == ["elever.csv", "resultater.sqlite"])
    }
}
