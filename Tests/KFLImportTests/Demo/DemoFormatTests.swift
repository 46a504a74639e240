import Foundation
import KFLCore
import KFLImport
import Testing

@Suite("Demo generator: CSV format")
struct DemoFormatTests {
    static let fixedColumns = [
        "tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id",
    ]
    static let idCodes = [
        "elev14": "e14", "elev510": "e510", "kontaktlaerer": "kl", "laerer": "l",
        "foreldre": "f", "skoleleder": "s",
    ]

    @Test func oneFilePerRoundAndGroup() throws {
        let fixture = try DemoFixture.shared()
        let expected = Instrument.builtIn.rounds.flatMap { round in
            Instrument.builtIn.groups.map { "kfl-demo-\(round)-\($0.id).csv" }
        }
        #expect(fixture.fileNames == expected)
    }

    @Test func bytesAreUTF8WithoutBOMOrCarriageReturns() throws {
        for file in try DemoFixture.shared().files {
            #expect(Array(file.text.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
            #expect(!file.contains(byte: 0x0D))
            #expect(!file.contains(byte: 0x22), "no quotes in \(file.url.lastPathComponent)")
            #expect(file.text.utf8.last == 0x0A)
        }
    }

    @Test func headersListTheGroupsFactorsInInstrumentOrder() throws {
        for file in try DemoFixture.shared().files {
            #expect(file.header == Self.fixedColumns + file.group.factors.map(\.id))
        }
    }

    @Test(arguments: Instrument.builtIn.rounds)
    func everyRowIsValid(round: Int) throws {
        let fixture = try DemoFixture.shared()
        let schools = Dictionary(uniqueKeysWithValues: fixture.generator.schools().map { ($0.code, $0) })
        let kommuner = Set(fixture.generator.geography.municipalities.map(\.number))
        var respondentIDs = Set<String>()
        for file in fixture.files where file.round == round {
            let group = file.group
            let factors = file.factors
            let width = Self.fixedColumns.count + factors.count
            var missing = 0
            var problems: [String] = []
            var validity = [[String: Bool]](repeating: [:], count: factors.count)  // memo: few distinct texts
            for row in file.rows {
                func problem(_ text: String) {
                    if problems.count < 5 { problems.append(text + ": " + row.joined(separator: ";")) }
                }
                guard row.count == width else {
                    problem("columns")
                    continue
                }
                if row[0] != String(round) { problem("tidspunkt") }
                if row[1].count != 4 || !row[1].allSatisfy(\.isASCII) || Int(row[1]) == nil
                    || !kommuner.contains(row[1])
                {
                    problem("kommunenr")
                }
                guard let school = schools[row[2]] else {
                    problem("skole_id")
                    continue
                }
                if school.municipalityNumber != row[1] || school.name != row[3] { problem("skole") }
                if row[6] != group.id { problem("gruppe") }
                if let range = group.trinnRange {
                    guard let trinn = Int(row[4]), range.contains(trinn), school.trinn.contains(trinn) else {
                        problem("trinn")
                        continue
                    }
                    if row[5] != "gutt" && row[5] != "jente" { problem("kjonn") }
                } else if !row[4].isEmpty || !row[5].isEmpty {
                    problem("trinn/kjonn must be empty for school-level groups")
                }
                let prefix = "\(round)-\(Self.idCodes[group.id] ?? group.id)-"
                if !row[7].hasPrefix(prefix) || row[7].count < prefix.count + 6 { problem("respondent_id form") }
                if !respondentIDs.insert(row[7]).inserted { problem("respondent_id not unique") }
                for (i, factor) in factors.enumerated() {
                    let text = row[8 + i]
                    if text.isEmpty {
                        missing += 1
                        continue
                    }
                    let valid = validity[i][text] ?? Self.isValidScore(text, factor: factor)
                    validity[i][text] = valid
                    if !valid { problem("score \(factor.id) = \(text)") }
                }
            }
            #expect(problems.isEmpty, "\(file.url.lastPathComponent): \(problems)")
            let cells = file.rows.count * factors.count
            let share = Double(missing) / Double(max(cells, 1))
            #expect(share > 0.005 && share < 0.03, "\(file.url.lastPathComponent): missing share \(share)")
        }
    }

    /// Decimal comma, at most 3 decimals, within the scale, a multiple of 1/questions.
    static func isValidScore(_ text: String, factor: Factor) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        if parts.count == 2 && (parts[1].count > 3 || parts[1].hasSuffix("0")) { return false }
        guard let value = NorwegianFormat.parseDecimal(text), factor.scale.contains(value) else { return false }
        let answers = value * Double(factor.questions)
        return abs(answers - answers.rounded()) <= 0.0005 * Double(factor.questions) + 1e-9
    }

    @Test func scoreValidationRejectsMalformedValues() throws {
        let factor = try #require(Instrument.builtIn.factor(id: "e510_mobbet"))  // 6 questions, 1–5
        #expect(Self.isValidScore("3,667", factor: factor))
        #expect(Self.isValidScore("4", factor: factor))
        #expect(Self.isValidScore("1,5", factor: factor))
        #expect(!Self.isValidScore("3.5", factor: factor))
        #expect(!Self.isValidScore("3,6", factor: factor))
        #expect(!Self.isValidScore("3,6667", factor: factor))
        #expect(!Self.isValidScore("0,833", factor: factor))
        #expect(!Self.isValidScore("5,167", factor: factor))
    }
}
