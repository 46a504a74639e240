import KFLCore

/// The columns of a respondent CSV file, validated against the instrument.
struct CSVHeader {
    static let required = ["tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id"]
    static let aliases = ["kjønn": "kjonn", "kommunenummer": "kommunenr", "skoleid": "skole_id", "id": "respondent_id"]

    /// Positions of the required columns, resolved once: the row loop must not
    /// hash column names for every field.
    struct Columns {
        let round, municipality, schoolID, school, trinn, gender, group, respondentID: Int

        init(_ position: [String: Int]) {
            round = position["tidspunkt"]!
            municipality = position["kommunenr"]!
            schoolID = position["skole_id"]!
            school = position["skole"]!
            trinn = position["trinn"]!
            gender = position["kjonn"]!
            group = position["gruppe"]!
            respondentID = position["respondent_id"]!
        }
    }

    let fieldCount: Int
    /// Position of each required column.
    let position: [String: Int]
    let columns: Columns
    /// (column position, factor number) for each factor column.
    let factorColumns: [(position: Int, factorNumber: Int)]
    let names: [String]

    /// How many required column names (or their aliases) `line` holds when split at `delimiter`.
    static func requiredNameCount(_ line: [UInt8], delimiter: UInt8) -> Int {
        line.split(separator: delimiter, omittingEmptySubsequences: false).filter { field in
            let name = String(decoding: field, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            return required.contains(aliases[name] ?? name)
        }.count
    }

    /// - Throws: the problems with the header, all of them.
    static func parse(
        _ fields: [ArraySlice<UInt8>], file: String, line: Int, instrument: Instrument
    ) throws(ImportFailure) -> CSVHeader {
        let names = fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased() }
        let factorNumber = Dictionary(uniqueKeysWithValues: instrument.factors.map { ($0.id.lowercased(), $0.number) })
        var problems: [ImportProblem] = []
        var position: [String: Int] = [:]
        var factors: [(Int, Int)] = []
        var seen = Set<String>()
        for (index, raw) in names.enumerated() {
            let name = aliases[raw] ?? raw
            if !seen.insert(name).inserted {
                problems.append(
                    ImportProblem(
                        file: file, line: line, column: index + 1, kind: .duplicateColumn,
                        message: Strings.Import.duplicateColumn(raw)))
                continue
            }
            if required.contains(name) {
                position[name] = index
            } else if let number = factorNumber[name] {
                factors.append((index, number))
            } else {
                let candidates = required + instrument.factors.map(\.id)
                problems.append(
                    ImportProblem(
                        file: file, line: line, column: index + 1, kind: .unknownColumn,
                        message: Strings.Import.unknownColumn(raw, suggestion: NearestMatch.find(raw, in: candidates))))
            }
        }
        let missing = required.filter { position[$0] == nil }
        if !missing.isEmpty {
            problems.insert(
                ImportProblem(
                    file: file, line: line, kind: .missingColumns, message: Strings.Import.missingColumns(missing)),
                at: 0)
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems, truncated: false) }
        return CSVHeader(
            fieldCount: names.count, position: position, columns: Columns(position), factorColumns: factors,
            names: names)
    }
}

extension String {
    func trimmingCharacters(in set: CharacterSetLite) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// The few character sets trimming needs, without Foundation's CharacterSet.
struct CharacterSetLite: Sendable {
    let contains: @Sendable (Character) -> Bool
    static let whitespaces = CharacterSetLite { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
}
