import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads respondent CSV files into a `RespondentTable`, checking every field
/// and collecting problems (up to a limit) instead of stopping at the first.
struct RespondentReader {
    static let problemLimit = 25

    let instrument: Instrument
    let geography: Geography
    /// The geography file the kommuner came from; nil for the built-in Hedmark.
    let geographyFile: String?
    var table = RespondentTable()
    private(set) var problems: [ImportProblem] = []
    private(set) var notices: [String] = []
    private(set) var truncated = false
    /// Field bytes → lookup result: folding text per row is the import's hot spot.
    var groupCache = FieldCache<Int?>()
    var genderCache = FieldCache<Int?>()
    /// (round, respondent id) → where it was first seen (the national set has millions).
    var seenRespondents = RespondentIDTable()
    var files: [String] = []
    let groupLookup: [String: Int]
    let municipalityNumbers: Set<String>
    /// Kommunenummer by its value (0–9999), for the four-digit numbers: a row
    /// finds its kommune without making a String.
    let municipalityByValue: [String?]
    /// The bytes of each school's code and name, by school index, and the
    /// school of the row before (rows come school by school).
    var schoolBytes: [(code: [UInt8], name: [UInt8])] = []
    var lastSchool: Int?
    /// Unknown kommunenummer → its one reported problem (nil past the limit), rows and files:
    /// a kommune missing from the geography is said once, not on every row.
    var unknownMunicipalities: [String: (problem: Int?, raw: String, rows: Int, files: Set<String>)] = [:]
    /// Which groups have rows in the file being read (for factors without a column).
    var groupsInFile: [Bool] = []
    /// The row's scores, reused from row to row.
    var scores: [Double?] = []
    /// For each factor number: its group index and its position in the group.
    let factorPlace: [(group: Int, position: Int)]
    /// Scale of each factor, by number (the row loop must not copy `Factor`s).
    let scales: [ClosedRange<Double>]

    /// - Parameter formerNumbers: old kommunenummer → the kommune's number now; rows with an
    ///   old number count for the new kommune (before the school's kommune is checked).
    init(
        instrument: Instrument, geography: Geography, geographyFile: String? = nil,
        formerNumbers: [String: String] = [:]
    ) {
        self.instrument = instrument
        self.geography = geography
        self.geographyFile = geographyFile
        var lookup: [String: Int] = [:]
        for (i, group) in instrument.groups.enumerated() {
            for key in group.allNames { lookup[NorwegianCollation.searchFold(key)] = i }
        }
        groupLookup = lookup
        municipalityNumbers = Set(geography.municipalities.map(\.number))
        var byValue = [String?](repeating: nil, count: 10_000)
        for number in municipalityNumbers where number.utf8.count == 4 {
            if let value = NumberParsing.integer(Array(number.utf8)[...]) { byValue[value] = number }
        }
        for (old, number) in formerNumbers {
            if let value = NumberParsing.integer(Array(old.utf8)[...]) { byValue[value] = number }
        }
        municipalityByValue = byValue
        var place: [(Int, Int)] = []
        for (g, group) in instrument.groups.enumerated() {
            for (p, _) in group.factors.enumerated() { place.append((g, p)) }
        }
        factorPlace = place
        scales = instrument.factors.map(\.scale)
    }

    var isFull: Bool { problems.count >= Self.problemLimit }

    mutating func report(_ problem: ImportProblem) {
        if problems.count < Self.problemLimit { problems.append(problem) } else { truncated = true }
    }

    /// Files were left unread at the limit: there may be more problems than are listed.
    mutating func stoppedBefore(unread files: Int) {
        if files > 0 { truncated = true }
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
        var row = CSVRow()
        groupsInFile = [Bool](repeating: false, count: instrument.groups.count)
        let delimiter = Character(Unicode.Scalar(reader.delimiter))
        while !isFull, let record = reader.nextRow(into: &row) {
            switch record {
            case .problem(let problem): report(problem)
            case .row(let line, let mayHoldControls):
                // Blank lines, and the `;;;` rows Excel leaves below the data.
                if row.withFields({ fields in
                    (0..<fields.count).allSatisfy { NumberParsing.trimmed(fields[$0]).isEmpty }
                }) {
                    continue
                }
                rows += 1
                // The rest of the row is still checked: every problem is reported at once.
                if mayHoldControls, row.count == header.fieldCount {
                    let problems = Self.controlProblems(row.slices, names: header.names, file: displayName, line: line)
                    for problem in problems { report(problem) }
                }
                row.withFields { fields in
                    readRow(fields, line: line, header: header, file: displayName, delimiter: delimiter)
                }
            }
        }
        // Stopped at the limit with rows left: there are more problems than are listed.
        if isFull, reader.next() != nil { truncated = true }
        if reader.encoding == .windows1252 { notices.append(Strings.Import.windows1252Notice(file: displayName)) }
        noteMissingFactors(header: header, file: displayName)
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

    /// A `merk:` for each group with rows in the file whose factors lack a column there: the
    /// import is valid (a round may lack a factor), but a deleted column must not go unseen.
    private mutating func noteMissingFactors(header: CSVHeader, file: String) {
        let present = Set(header.factorColumns.map(\.factorNumber))
        for (index, group) in instrument.groups.enumerated() where groupsInFile[index] {
            let missing = group.factors.filter { !present.contains($0.number) }.map(\.id)
            guard !missing.isEmpty else { continue }
            notices.append(Strings.Import.missingFactorColumns(file: file, group: group.id, factors: missing))
        }
    }

    /// The problems with each unknown kommunenummer's rows and files added to its one message.
    var problemsWithCounts: [ImportProblem] {
        var result = problems
        for (_, unknown) in unknownMunicipalities where unknown.rows > 1 {
            guard let index = unknown.problem else { continue }
            let problem = result[index]
            let counts = Strings.GeographyFile.unknownMunicipalityCount(rows: unknown.rows, files: unknown.files.count)
            result[index] = ImportProblem(
                file: problem.file, line: problem.line, column: problem.column, kind: problem.kind,
                message: unknownMunicipalityMessage(unknown.raw, count: counts))
        }
        return result
    }
}
