import Foundation
import KFLCore

/// Reads respondent CSV files into a `RespondentTable`, checking every field
/// and collecting problems (up to a limit) instead of stopping at the first.
struct RespondentReader {
    static let problemLimit = 25

    let instrument: Instrument
    let geography: Geography
    /// The geography file the kommuner came from; nil for the built-in Hedmark.
    let geographyFile: String?
    private(set) var table = RespondentTable()
    private(set) var problems: [ImportProblem] = []
    private(set) var notices: [String] = []
    private(set) var truncated = false
    /// Raw field text → lookup result: folding text per row is the import's hot spot.
    private var groupCache: [String: Int?] = [:]
    private var genderCache: [String: Int?] = [:]
    /// Hash of (round, respondent id) → where it was first seen: file index in
    /// `files` and line, packed in 8 bytes (the national set has millions).
    private var seenRespondents: [UInt64: RespondentPlace] = [:]
    private var files: [String] = []
    private let groupLookup: [String: Int]
    private let municipalityNumbers: Set<String>
    /// For each factor number: its group index and its position in the group.
    private let factorPlace: [(group: Int, position: Int)]
    /// Scale of each factor, by number (the row loop must not copy `Factor`s).
    private let scales: [ClosedRange<Double>]

    init(instrument: Instrument, geography: Geography, geographyFile: String? = nil) {
        self.instrument = instrument
        self.geography = geography
        self.geographyFile = geographyFile
        var lookup: [String: Int] = [:]
        for (i, group) in instrument.groups.enumerated() {
            for key in group.allNames { lookup[NorwegianCollation.searchFold(key)] = i }
        }
        groupLookup = lookup
        municipalityNumbers = Set(geography.municipalities.map(\.number))
        var place: [(Int, Int)] = []
        for (g, group) in instrument.groups.enumerated() {
            for (p, _) in group.factors.enumerated() { place.append((g, p)) }
        }
        factorPlace = place
        scales = instrument.factors.map(\.scale)
    }

    var isFull: Bool { problems.count >= Self.problemLimit }

    private mutating func report(_ problem: ImportProblem) {
        if problems.count < Self.problemLimit { problems.append(problem) } else { truncated = true }
    }

    mutating func read(url: URL, displayName: String) {
        var reader: CSVLineReader
        do {
            reader = try CSVLineReader(url: url, displayName: displayName)
        } catch {
            report(error)
            return
        }
        guard let first = reader.next() else {
            report(ImportProblem(file: displayName, kind: .emptyFile, message: Strings.Import.emptyFile()))
            return
        }
        let header: CSVHeader
        switch first {
        case .problem(let problem):
            report(problem)
            return
        case .line(let line, let joined, let mayHoldControls):
            // The header decides the delimiter: the one that yields the expected columns.
            let semicolons = joined.filter { $0 == UInt8(ascii: ";") }.count
            let commas = joined.filter { $0 == UInt8(ascii: ",") }.count
            // With columns missing there are fewer delimiters: then the one that
            // separates known column names wins, so the user hears what is missing.
            let semicolonNames = CSVHeader.requiredNameCount(joined, delimiter: UInt8(ascii: ";"))
            let commaNames = CSVHeader.requiredNameCount(joined, delimiter: UInt8(ascii: ","))
            if semicolons >= 7 {
                reader.delimiter = UInt8(ascii: ";")
            } else if commas >= 7 {
                reader.delimiter = UInt8(ascii: ",")
            } else if semicolonNames >= 2 && semicolonNames >= commaNames {
                reader.delimiter = UInt8(ascii: ";")
            } else if commaNames >= 2 {
                reader.delimiter = UInt8(ascii: ",")
            } else {
                let found =
                    joined.contains(0x09)
                    ? Strings.Import.foundTab
                    : (joined.isEmpty
                        ? Strings.Import.emptyLine
                        : Strings.Import.foundDelimiters(semicolons: semicolons, commas: commas))
                report(
                    ImportProblem(
                        file: displayName, line: line, kind: .wrongDelimiter,
                        message: Strings.Import.wrongDelimiter(found: found)))
                return
            }
            let names = reader.split(joined)
            if mayHoldControls {
                let problems = Self.controlProblems(names, names: nil, file: displayName, line: line)
                if !problems.isEmpty {
                    for problem in problems { report(problem) }
                    return
                }
            }
            do {
                header = try CSVHeader.parse(names, file: displayName, line: line, instrument: instrument)
            } catch {
                for problem in error.problems { report(problem) }
                return
            }
        }
        var rows = 0
        while !isFull, let record = reader.next() {
            switch record {
            case .problem(let problem): report(problem)
            case .line(let line, let bytes, let mayHoldControls):
                let fields = reader.split(bytes)
                if fields.count == 1 && NumberParsing.trimmed(fields[0]).isEmpty { continue }
                rows += 1
                // The rest of the row is still checked: every problem is reported at once.
                if mayHoldControls, fields.count == header.fieldCount {
                    let problems = Self.controlProblems(fields, names: header.names, file: displayName, line: line)
                    for problem in problems { report(problem) }
                }
                readRow(
                    fields, line: line, header: header, file: displayName,
                    delimiter: Character(Unicode.Scalar(reader.delimiter)))
            }
        }
        if reader.encoding == .windows1252 { notices.append(Strings.Import.windows1252Notice(file: displayName)) }
        if rows == 0 && !isFull {
            report(ImportProblem(file: displayName, line: 1, kind: .headerOnly, message: Strings.Import.headerOnly()))
        }
    }

    /// A problem for each field holding a control character (a tab or space
    /// around the value is fine): located at its column, the character escaped.
    /// `names`: the header's column names (nil while reading the header itself).
    static func controlProblems(
        _ fields: [ArraySlice<UInt8>], names: [String]?, file: String, line: Int
    ) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        for (index, field) in fields.enumerated() {
            let text = String(decoding: NumberParsing.trimmed(field), as: UTF8.self)
            guard let bad = ControlCharacters.first(in: text) else { continue }
            let column = names.map { $0[index] } ?? ControlCharacters.escaped(text)
            let message: String
            switch bad {
            case "\n", "\r", "\u{2028}", "\u{2029}": message = Strings.Import.lineBreakInField(column: column)
            case "\t": message = Strings.Import.tabInField(column: column)
            default: message = Strings.Import.controlCharacter(column: column, character: ControlCharacters.escape(bad))
            }
            problems.append(
                ImportProblem(
                    file: file, line: line, column: index + 1, kind: .controlCharacter, message: message))
        }
        return problems
    }

    private func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: NumberParsing.trimmed(bytes), as: UTF8.self)
    }

    private mutating func readRow(
        _ fields: [ArraySlice<UInt8>], line: Int, header: CSVHeader, file: String, delimiter: Character
    ) {
        guard fields.count == header.fieldCount else {
            report(
                ImportProblem(
                    file: file, line: line, kind: .fieldCount,
                    message: Strings.Import.fieldCount(
                        expected: header.fieldCount, found: fields.count, delimiter: delimiter)))
            return
        }
        let before = problems.count + (truncated ? 1 : 0)
        func problem(_ column: String, _ kind: ImportProblem.Kind, _ message: String) {
            report(
                ImportProblem(
                    file: file, line: line, column: (header.position[column] ?? 0) + 1, kind: kind, message: message))
        }
        let columns = header.columns

        // Survey round.
        let round = NumberParsing.integer(fields[columns.round]).flatMap { instrument.rounds.contains($0) ? $0 : nil }
        if round == nil {
            let roundText = text(fields[columns.round])
            problem("tidspunkt", .unknownRound, Strings.Import.unknownRound(roundText, rounds: instrument.rounds))
        }

        // Kommune: Excel drops leading zeros, so "425" means "0425".
        var municipality = text(fields[columns.municipality])
        if municipality.count == 3, municipality.allSatisfy(\.isNumber) { municipality = "0" + municipality }
        if !municipalityNumbers.contains(municipality) {
            let raw = text(fields[columns.municipality])
            let message =
                geographyFile.map { Strings.GeographyFile.unknownMunicipality(raw, file: $0) }
                ?? Strings.Import.unknownMunicipality(raw, county: geography.county.name)
            problem("kommunenr", .unknownMunicipality, message)
        }

        // Group.
        let groupText = text(fields[columns.group])
        let groupIndex: Int?
        if let cached = groupCache[groupText] {
            groupIndex = cached
        } else {
            groupIndex = groupLookup[NorwegianCollation.searchFold(groupText)]
            groupCache[groupText] = groupIndex
        }
        if groupIndex == nil {
            let ids = instrument.groups.map(\.id)
            problem(
                "gruppe", groupText.isEmpty ? .missingValue : .unknownGroup,
                groupText.isEmpty
                    ? Strings.Import.missingValue(column: "gruppe")
                    : Strings.Import.unknownGroup(
                        groupText, suggestion: NearestMatch.find(groupText, in: ids), ids: ids))
        }
        let group = groupIndex.map { instrument.groups[$0] }

        // Trinn, against 1–10 and the group's range.
        var trinn = 0
        let trinnText = text(fields[columns.trinn])
        if let group {
            if let range = group.trinnRange {
                if trinnText.isEmpty {
                    problem("trinn", .missingValue, Strings.Import.trinnMissing(group: group.name))
                } else if let value = NumberParsing.integer(fields[columns.trinn]) {
                    if !(1...10).contains(value) {
                        problem("trinn", .trinnOutOfRange, Strings.Import.trinnOutside(value))
                    } else if !range.contains(value) {
                        problem(
                            "trinn", .trinnOutOfRange,
                            Strings.Import.trinnOutsideGroup(value, group: group.name, range: range))
                    } else {
                        trinn = value
                    }
                } else {
                    problem("trinn", .trinnOutOfRange, Strings.Import.trinnNotNumber(trinnText))
                }
            } else if !trinnText.isEmpty {
                problem("trinn", .trinnNotForGroup, Strings.Import.trinnNotForGroup(group: group.name))
            }
        }

        // Gender of the pupil; ignored for staff groups.
        var gender = 0
        if let group, group.genderSplit {
            let raw = text(fields[columns.gender])
            let code: Int?
            if let cached = genderCache[raw] {
                code = cached
            } else {
                switch NorwegianCollation.searchFold(raw) {
                case "gutt", "gutter", "gut", "gutar", "g", "m": code = 1
                case "jente", "jenter", "j", "k", "f": code = 2
                case "": code = CellCube.unknownGender
                default: code = nil
                }
                genderCache[raw] = code
            }
            if let code { gender = code } else { problem("kjonn", .invalidGender, Strings.Import.invalidGender(raw)) }
        }

        // School identity must be consistent across rows and files.
        let code = text(fields[columns.schoolID])
        // The name as bytes: a String only when it is new or differs (most rows repeat a known school).
        let nameBytes = NumberParsing.trimmed(fields[columns.school])
        var school: Int?
        if code.isEmpty { problem("skole_id", .missingValue, Strings.Import.missingValue(column: "skole_id")) }
        if nameBytes.isEmpty { problem("skole", .missingValue, Strings.Import.missingValue(column: "skole")) }
        if !code.isEmpty, !nameBytes.isEmpty {
            if let index = table.schoolIndex[code] {
                let known = table.schools[index]
                if known.municipality != municipality && municipalityNumbers.contains(municipality) {
                    problem(
                        "kommunenr", .inconsistentSchool,
                        Strings.Import.inconsistentSchool(
                            code,
                            detail: Strings.Import.schoolMunicipalityDiffers(
                                known.municipality, file: known.file, line: known.line, here: municipality)))
                } else if !known.name.utf8.elementsEqual(nameBytes), case let name = text(nameBytes),
                    known.name != name
                {
                    problem(
                        "skole", .inconsistentSchool,
                        Strings.Import.inconsistentSchool(
                            code,
                            detail: Strings.Import.schoolNameDiffers(
                                known.name, file: known.file, line: known.line, here: name)))
                } else {
                    school = index
                }
            } else if municipalityNumbers.contains(municipality) {
                school = table.schools.count
                table.schoolIndex[code] = table.schools.count
                table.schools.append(
                    .init(
                        code: code, name: text(nameBytes), municipality: municipality, file: file, line: line,
                        trinn: nil))
            }
        }

        // Respondent id, unique within a round.
        let idBytes = NumberParsing.trimmed(fields[columns.respondentID])
        if idBytes.isEmpty {
            problem("respondent_id", .missingValue, Strings.Import.missingValue(column: "respondent_id"))
        } else if let round {
            let hash = NumberParsing.hash(idBytes, round: round)
            if let first = seenRespondents[hash] {
                problem(
                    "respondent_id", .duplicateRespondent,
                    Strings.Import.duplicateRespondent(
                        String(decoding: idBytes, as: UTF8.self), firstFile: files[Int(first.file)],
                        firstLine: Int(first.line)))
            } else {
                if files.last != file { files.append(file) }
                seenRespondents[hash] = RespondentPlace(file: UInt32(files.count - 1), line: UInt32(clamping: line))
            }
        }

        // Scores: only the row's own group's factors may hold values.
        var scores = [Double?](repeating: nil, count: group?.factors.count ?? 0)
        for (position, number) in header.factorColumns {
            let raw = NumberParsing.trimmed(fields[position])
            guard !raw.isEmpty else { continue }
            let scale = scales[number]
            let column = header.names[position]
            let place = factorPlace[number]
            guard let groupIndex, let group else { continue }
            guard place.group == groupIndex else {
                report(
                    ImportProblem(
                        file: file, line: line, column: position + 1, kind: .factorNotInGroup,
                        message: Strings.Import.factorNotInGroup(
                            column: column, factorGroup: instrument.groups[place.group].name, rowGroup: group.name)))
                continue
            }
            guard let value = NumberParsing.decimal(raw) else {
                let text = String(decoding: raw, as: UTF8.self)
                // "3," is a value cut short (a truncated last line), not a typo.
                let cutShort =
                    [UInt8(ascii: ","), UInt8(ascii: ".")].contains(raw.last)
                    && NumberParsing.decimal(raw.dropLast()) != nil
                let message =
                    cutShort
                    ? Strings.Import.numberCutShort(text, column: column)
                    : Strings.Import.notANumber(text, column: column)
                report(ImportProblem(file: file, line: line, column: position + 1, kind: .notANumber, message: message))
                continue
            }
            guard scale.contains(value) else {
                report(
                    ImportProblem(
                        file: file, line: line, column: position + 1, kind: .outOfScale,
                        message: Strings.Import.outOfScale(
                            String(decoding: raw, as: UTF8.self), column: column, scale: scale)))
                continue
            }
            scores[place.position] = value
        }

        guard problems.count + (truncated ? 1 : 0) == before, let round, let groupIndex, let group, let school else {
            return
        }
        if trinn > 0 {
            let old = table.schools[school].trinn
            table.schools[school].trinn = min(old?.lowerBound ?? trinn, trinn)...max(old?.upperBound ?? trinn, trinn)
        }
        table.add(
            key: .init(round: round, group: groupIndex, school: school, trinn: trinn, gender: gender),
            scores: scores, factorCount: group.factors.count)
    }
}

/// Where a respondent id was first seen: an index into the reader's file names and a line.
private struct RespondentPlace {
    let file: UInt32
    let line: UInt32
}
