import Foundation
import KFLTestSupport
import Testing

/// What spreadsheets really write is read as meant.
extension ImportFormatTests {
    /// LibreOffice's "quote all text cells" and "quote all": every field in quotes, empty ones as `""`.
    @Test("a file with every field quoted, empty fields as \"\", imports like the plain file")
    func everyFieldQuoted() throws {
        let rows = [CSVFixture.row(id: "r1", e510: "5"), CSVFixture.row(gender: "jente", id: "r2", e510: "3")]
        let quoted = ([CSVFixture.header()] + rows).map { line in
            line.split(separator: ";", omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: ";")
        }
        let text = quoted.joined(separator: "\r\n") + "\r\n"
        #expect(text.contains(";\"\";"), "the fixture has empty quoted fields")
        let (run, reader) = try importing(Array(text.utf8))
        let cell = try #require(try schoolMean(reader))
        #expect(cell.n == 2 && cell.mean == 4)
        #expect(reader.info.tree.units.contains { $0.name == "Åsnes skole" })
        #expect(run.out.contains("2 svar fra 1 skole"))
    }

    @Test("\"\" is an empty field and \"\"\"\" is one quote, in names too")
    func emptyAndEscapedQuotes() throws {
        let name = "\"Åsnes \"\"Nord\"\"\"", empty = "\"\""
        let rows = [
            CSVFixture.row(name: name, gender: empty, id: "r1", e14: empty, e510: "4", teacher: empty),
            CSVFixture.row(name: name, gender: empty, id: "r2", e14: empty, e510: "2", teacher: empty),
        ]
        let (_, reader) = try importing(Array(CSVFixture.text(rows).utf8))
        #expect(reader.info.tree.units.contains { $0.name == "Åsnes \"Nord\"" })
        #expect(try schoolMean(reader)?.mean == 3)
    }

    /// Excel for old Macs ("CSV (Macintosh)") ends lines with CR alone.
    @Test("CR-only line ends are read like LF")
    func carriageReturnOnly() throws {
        let rows = [CSVFixture.row(id: "r1", e510: "5"), CSVFixture.row(gender: "jente", id: "r2", e510: "2")]
        let (_, reader) = try importing(Array(CSVFixture.text(rows, lineEnd: "\r").utf8))
        let cell = try #require(try schoolMean(reader))
        #expect(cell.n == 2 && cell.mean == 3.5)
    }

    @Test("a Windows-1252 file with CR-only line ends is read too")
    func windows1252WithCarriageReturns() throws {
        var bytes = Array(CSVFixture.header().utf8) + [0x0D]
        bytes += Array("2016;0425;S1;".utf8) + [0xC5] + Array("snes skole;6;gutt;elev510;r1;;4;\r".utf8)
        let (run, reader) = try importing(bytes)
        #expect(reader.info.tree.units.contains { $0.kind == .school && $0.name == "Åsnes skole" })
        #expect(run.err.contains("leste den som Windows-1252"))
    }
}
