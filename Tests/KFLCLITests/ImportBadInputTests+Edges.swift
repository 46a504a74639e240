import Foundation
import KFLTestSupport
import Testing

/// Files that are not what they claim, and bytes that must never reach a
/// terminal: refused in one located line, the byte shown escaped.
extension ImportBadInputTests {
    static let header = Array(CSVFixture.text(CSVFixture.pupils(8)).utf8)

    @Test(
        "UTF-16 and UTF-32, with or without a byte order mark, are refused in one line",
        arguments: [
            (String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE]), "UTF-16"), (.utf16LittleEndian, [], "UTF-16"),
            (.utf16BigEndian, [0xFE, 0xFF], "UTF-16"), (.utf16BigEndian, [], "UTF-16"),
            (.utf32LittleEndian, [0xFF, 0xFE, 0x00, 0x00], "UTF-32"), (.utf32LittleEndian, [], "UTF-32"),
            (.utf32BigEndian, [0x00, 0x00, 0xFE, 0xFF], "UTF-32"), (.utf32BigEndian, [], "UTF-32"),
        ])
    func unicodeEncodings(encoding: String.Encoding, bom: [UInt8], name: String) throws {
        let text = CSVFixture.text(CSVFixture.pupils(8))
        let bytes = bom + Array(try #require(text.data(using: encoding)))
        let run = try expectFailure(
            bytes, message: "fila er lagret som \(name); lagre fila som UTF-8 eller CSV (semikolondelt)",
            location: ":1")
        #expect(run.err.split(separator: "\n").count == 2, "one line about the file and the summary: \(run.err)")
    }

    @Test("an Excel workbook saved as .csv is named as such, in one line")
    func excelWorkbook() throws {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0, count: 200)
        let run = try expectFailure(bytes, message: "er en Excel- eller regnearkfil, ikke CSV", location: ":1")
        #expect(run.err.split(separator: "\n").count == 2)
    }

    @Test("a binary file is refused in one line")
    func binaryFile() throws {
        let bytes =
            Array("tidspunkt;kommunenr".utf8) + [0x00, 0x01, 0x02, 0xFF]
            + Array(repeating: 0, count: 100) + [0x0A]
        let run = try expectFailure(bytes, message: "ser ut som en binær fil, ikke CSV", location: ":1")
        #expect(run.err.split(separator: "\n").count == 2)
    }

    @Test(
        "a control character in a name is refused at its column and shown escaped",
        arguments: [
            ("\u{1B}[31m", "\\x1B"), ("\u{08}", "\\x08"), ("\u{7F}", "\\x7F"), ("\u{0}", "\\0"), ("\u{9B}", "\\x9B"),
            ("\u{202E}", "\\u{202E}"),
        ])
    func controlCharacterInName(character: String, escaped: String) throws {
        let text = CSVFixture.text(CSVFixture.pupils(3) + [CSVFixture.row(name: "Åsnes\(character)skole", id: "r9")])
        let run = try expectFailure(
            text, message: "kolonnen «skole» har styretegnet \(escaped); fjern det", location: ":5:4")
        #expect(!run.err.contains(character))
    }

    @Test("NUL is refused on a line with ASCII only and on one with æøå")
    func nulOnEveryLine() throws {
        let text = CSVFixture.text([
            CSVFixture.row(name: "Asnes skole", id: "r1\u{0}"),
            CSVFixture.row(name: "Åsnes skole", gender: "jente", id: "r2\u{0}"),
        ])
        let run = try expectFailure(text, message: "kolonnen «respondent_id» har styretegnet \\0", location: ":2:8")
        #expect(run.err.contains(":3:8: kolonnen «respondent_id» har styretegnet \\0"))
    }

    @Test(
        "a line break inside a quoted name or id is refused with line and column",
        arguments: [
            ("skole", 4, CSVFixture.row(name: "\"Åsnes\nskole\"")),
            ("respondent_id", 8, CSVFixture.row(id: "\"r\r1\"")),
            ("skole", 4, CSVFixture.row(name: "Åsnes\u{2028}skole")),
        ])
    func lineBreakInField(column: String, number: Int, row: String) throws {
        let text = CSVFixture.text([row])
        try expectFailure(
            text, message: "kolonnen «\(column)» har et linjeskift inne i feltet", location: ":2:\(number)")
    }

    @Test("a tab inside a field is refused; around the value it is trimmed")
    func tabInsideField() throws {
        let text = CSVFixture.text([CSVFixture.row(name: "Åsnes\tskole", id: "\tr1\t")])
        let run = try expectFailure(text, message: "kolonnen «skole» har en tabulator inne i feltet", location: ":2:4")
        #expect(!run.err.contains("respondent_id"), "a tab around an id is trimmed: \(run.err)")
    }

    @Test("a control character in a column name is refused at its column, escaped")
    func controlCharacterInHeader() throws {
        let header = CSVFixture.header().replacingOccurrences(of: "skole_id", with: "skole\u{1B}_id")
        let text = ([header] + CSVFixture.pupils(2)).joined(separator: "\n") + "\n"
        try expectFailure(text, message: "kolonnen «skole\\x1B_id» har styretegnet \\x1B", location: ":1:3")
    }

    @Test("a score cut short by a truncated last line (3,) is refused, not read as 3")
    func truncatedNumber() throws {
        // A teacher's row: the score stands in the last column, so the field count is right.
        let teacher = CSVFixture.row(trinn: "", gender: "", group: "laerer", id: "l1", e510: "", teacher: "3,5")
        let text = CSVFixture.text(CSVFixture.pupils(8)) + teacher.dropLast()
        try expectFailure(
            text, message: "«3,» i kolonnen «l_samarbeid» er ikke et fullstendig tall", location: ":10:11")
    }

    @Test("a file name with a control character is shown escaped in every message")
    func fileNameWithControlCharacter() throws {
        let run = try expectFailure(
            Array(CSVFixture.text([CSVFixture.row(e510: "9")]).utf8), name: "elever\u{1B}[2J.csv",
            message: "elever\\x1B[2J.csv:2:10: skåren 9", location: nil)
        #expect(!run.err.contains("\u{1B}"))
    }

    @Test("every problem about a field names line and column; whole-line problems name the line")
    func locations() throws {
        let text = CSVFixture.text([
            CSVFixture.row(round: "2015", id: "r1"), CSVFixture.row(kommune: "0999", id: "r2"),
            CSVFixture.row(school: "", id: "r3"), CSVFixture.row(trinn: "x", id: "r4"),
            CSVFixture.row(gender: "?", id: "r5"), CSVFixture.row(group: "elever", id: "r6"),
            CSVFixture.row(id: ""), CSVFixture.row(id: "r8", e14: "3"), CSVFixture.row(id: "r9", e510: "x"),
            "2016;0425;S1",
        ])
        let run = try expectFailure(text, message: "importen stoppet", location: nil)
        let lines = run.err.split(separator: "\n").dropLast().map(String.init)
        #expect(lines.count == 10, "\(run.err)")
        for (offset, line) in lines.enumerated() {
            let location = offset < 9 ? #/^.+\.csv:\d+:\d+: /# : #/^.+\.csv:\d+: /#
            #expect(line.firstMatch(of: location) != nil, "\(line)")
        }
    }
}
