import KFLCore

/// The checks of one geography file, line by line, collecting problems (up to a
/// limit) instead of stopping at the first.
struct GeographyChecker {
    let file: String
    private(set) var problems: [ImportProblem] = []
    private(set) var truncated = false
    private(set) var entries: [Geography.Entry] = []
    private var entryLines: [Int] = []
    /// Position of each column found in the header.
    private var position: [String: Int] = [:]
    private var fieldCount = 0
    private var lineOfNumber: [String: Int] = [:]
    /// Folded "fylke NUL kommune" → line, for kommuner named twice in a fylke.
    private var lineOfName: [String: Int] = [:]
    /// Column ("fylke", "region") → folded name → first spelling and its line.
    private var spellings: [String: [String: (spelling: String, line: Int)]] = [:]
    /// Former kommunenummer → the kommune's number now.
    private(set) var formerNumbers: [String: String] = [:]
    /// Former kommunenummer → the kommune it was given under, and the line.
    private var formerOwner: [String: (name: String, line: Int)] = [:]
    /// Column ("fylke", "region") → spelling → how many lines name it.
    private var lineCounts: [String: [String: Int]] = [:]

    init(file: String) { self.file = file }

    var isFull: Bool { problems.count >= RespondentReader.problemLimit }
    var failure: ImportFailure { ImportFailure(problems: problems, truncated: truncated) }

    mutating func report(_ problem: ImportProblem) {
        if problems.count < RespondentReader.problemLimit { problems.append(problem) } else { truncated = true }
    }

    /// A problem with one field, located by its column's name.
    private mutating func report(line: Int, column: String, _ kind: ImportProblem.Kind, _ message: String) {
        report(ImportProblem(file: file, line: line, column: (position[column] ?? 0) + 1, kind: kind, message: message))
    }

    mutating func readHeader(_ fields: [ArraySlice<UInt8>], line: Int) {
        fieldCount = fields.count
        for (index, field) in fields.enumerated() {
            let raw = GeographyFile.rawName(field)
            let name = GeographyFile.columnName(field)
            if position[name] != nil {
                report(
                    ImportProblem(
                        file: file, line: line, column: index + 1, kind: .duplicateColumn,
                        message: Strings.Import.duplicateColumn(raw)))
            } else if GeographyFile.columns.contains(name) {
                position[name] = index
            } else {
                let suggestion = NearestMatch.find(raw, in: GeographyFile.columns)
                report(
                    ImportProblem(
                        file: file, line: line, column: index + 1, kind: .unknownColumn,
                        message: Strings.Import.unknownColumn(raw, suggestion: suggestion)))
            }
        }
        let missing = GeographyFile.required.filter { position[$0] == nil }
        if !missing.isEmpty {
            let message = Strings.Import.missingColumns(missing)
            problems.insert(ImportProblem(file: file, line: line, kind: .missingColumns, message: message), at: 0)
        }
    }

    mutating func readRow(_ fields: [ArraySlice<UInt8>], line: Int, delimiter: Character) {
        guard fields.count == fieldCount else {
            let message = Strings.Import.fieldCount(expected: fieldCount, found: fields.count, delimiter: delimiter)
            report(ImportProblem(file: file, line: line, kind: .fieldCount, message: message))
            return
        }
        let before = problems.count
        func value(_ column: String) -> String {
            guard let index = position[column] else { return "" }
            return String(decoding: NumberParsing.trimmed(fields[index]), as: UTF8.self)
        }
        for column in GeographyFile.required where value(column).isEmpty {
            report(line: line, column: column, .missingValue, Strings.Import.missingValue(column: column))
        }
        let number = checkedNumber(value("kommunenummer"), line: line)
        let county = spelling(value("fylke"), column: "fylke", line: line)
        let region = spelling(value("region"), column: "region", line: line)
        let name = value("kommune")
        if !name.isEmpty && !county.isEmpty {
            let key = NorwegianCollation.searchFold(county) + "\u{0}" + NorwegianCollation.searchFold(name)
            if let first = lineOfName[key] {
                let message = Strings.GeographyFile.duplicateName(name, county: county, firstLine: first)
                report(line: line, column: "kommune", .duplicateMunicipality, message)
            } else {
                lineOfName[key] = line
            }
        }
        let former = formerNumbers(value(GeographyFile.formerColumn), number: number, name: name, line: line)
        guard problems.count == before, !truncated else { return }
        for old in former {
            formerNumbers[old] = number
            formerOwner[old] = (name, line)
        }
        entries.append(Geography.Entry(number: number, name: name, region: region, county: county))
        entryLines.append(line)
    }

    /// The kommune's former numbers (four digits each, space- or comma-separated); its own
    /// number is left out. One old number under two kommuner is a split: an error naming both.
    private mutating func formerNumbers(_ text: String, number: String, name: String, line: Int) -> [String] {
        var result: [String] = []
        let column = GeographyFile.formerColumn
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init) {
            let old = token.count == 3 ? "0" + token : token
            guard old.count == 4, old.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
                report(
                    line: line, column: column, .invalidMunicipalityNumber,
                    Strings.GeographyFile.municipalityNumber(token))
                continue
            }
            guard old != number, !result.contains(old) else { continue }
            if let owner = formerOwner[old] {
                report(
                    line: line, column: column, .duplicateMunicipality,
                    Strings.GeographyFile.formerNumberSplit(old, first: owner.name, firstLine: owner.line, here: name))
            }
            result.append(old)
        }
        return result
    }

    /// Four digits ("425" is "0425": Excel drops the leading zero), seen once.
    private mutating func checkedNumber(_ text: String, line: Int) -> String {
        guard !text.isEmpty else { return text }
        let number = text.count == 3 ? "0" + text : text
        if number.count != 4 || !number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
            report(
                line: line, column: "kommunenummer", .invalidMunicipalityNumber,
                Strings.GeographyFile.municipalityNumber(text))
        } else if let first = lineOfNumber[number] {
            report(
                line: line, column: "kommunenummer", .duplicateMunicipality,
                Strings.GeographyFile.duplicateNumber(number, firstLine: first))
        } else {
            lineOfNumber[number] = line
        }
        return number
    }

    /// The first spelling of a name that folds the same; a problem when this one differs.
    private mutating func spelling(_ text: String, column: String, line: Int) -> String {
        guard !text.isEmpty else { return text }
        let key = NorwegianCollation.searchFold(text)
        guard let first = spellings[column, default: [:]][key] else {
            spellings[column, default: [:]][key] = (text, line)
            lineCounts[column, default: [:]][text, default: 0] += 1
            return text
        }
        lineCounts[column, default: [:]][first.spelling, default: 0] += 1
        if first.spelling != text {
            let kind = column == "fylke" ? "fylket" : "regionen"
            let message = Strings.GeographyFile.spelledDifferently(
                kind, text, first: first.spelling, firstLine: first.line)
            report(line: line, column: column, .inconsistentName, message)
        }
        return first.spelling
    }

    /// Checks that need every line: some kommuner, and regions for all or none in a fylke.
    mutating func finish() {
        guard problems.isEmpty else { return }
        guard !entries.isEmpty else {
            report(ImportProblem(file: file, line: 1, kind: .headerOnly, message: Strings.GeographyFile.headerOnly()))
            return
        }
        for (old, owner) in formerOwner.sorted(by: { $0.value.line < $1.value.line }) {
            guard let line = lineOfNumber[old], let entry = entryLines.firstIndex(of: line) else { continue }
            report(
                line: owner.line, column: GeographyFile.formerColumn, .duplicateMunicipality,
                Strings.GeographyFile.formerNumberInUse(old, owner: entries[entry].name, line: line))
        }
        checkNearNames(column: "fylke", kind: "fylket")
        checkNearNames(column: "region", kind: "regionen")
        var firstWithRegion: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where !entry.region.isEmpty && firstWithRegion[entry.county] == nil {
            firstWithRegion[entry.county] = index
        }
        for (index, entry) in entries.enumerated() where entry.region.isEmpty {
            guard let example = firstWithRegion[entry.county] else { continue }
            let message = Strings.GeographyFile.regionMissing(
                county: entry.county, example: entries[example].region, exampleLine: entryLines[example])
            report(line: entryLines[index], column: "region", .missingValue, message)
        }
    }

    /// A fylke (or region) named on one line only, close to one named on several, is a typo:
    /// taken as a second fylke it would silently restructure the whole snapshot. Regions
    /// are held to one letter's difference, since real neighbours («Nord-Troms», «Sør-Troms»)
    /// can be near each other and have a single kommune.
    private mutating func checkNearNames(column: String, kind: String) {
        let counts = lineCounts[column] ?? [:]
        let common = counts.filter { $0.value > 1 }.map(\.key).sorted()
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) where count == 1 {
            guard let near = NearestMatch.find(name, in: common),
                let line = spellings[column]?[NorwegianCollation.searchFold(name)]?.line
            else { continue }
            if column == "region" {
                let distance = NearestMatch.editDistance(
                    Array(NorwegianCollation.searchFold(name)), Array(NorwegianCollation.searchFold(near)))
                guard distance <= 1 else { continue }
            }
            report(
                line: line, column: column, .inconsistentName, Strings.GeographyFile.nearName(kind, name, near: near))
        }
    }
}
