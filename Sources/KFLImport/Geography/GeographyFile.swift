import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a geography file: one kommune per line with its region and fylke,
///
///     kommunenummer;kommune;region;fylke
///     3401;Kongsvinger;Glåmdalen;Innlandet
///
/// in the same forms as the respondent CSV (UTF-8 or Windows-1252, `;` or `,`,
/// leading zeros Excel dropped), checked field by field with every problem
/// located like a compiler diagnostic.
public enum GeographyFile {
    /// What `kfl demo --csv MAPPE` names the geography file it writes.
    public static let defaultName = "geografi.csv"
    /// The columns `kfl demo --csv` writes.
    static let basicColumns = ["kommunenummer", "kommune", "region", "fylke"]
    static let columns = basicColumns + [formerColumn]
    /// Optional: the kommune's numbers before a merger (the 2020 reform), separated by spaces.
    static let formerColumn = "tidligere_kommunenummer"
    /// `region` may be left out: then no fylke has regions.
    static let required = ["kommunenummer", "kommune", "fylke"]
    static let aliases = [
        "kommunenr": "kommunenummer", "knr": "kommunenummer", "kommunenavn": "kommune",
        "regionnavn": "region", "fylkesnavn": "fylke", "fylkenavn": "fylke",
        "tidligere_kommunenr": formerColumn, "tidligere_knr": formerColumn,
    ]

    /// What a geography file gives the import.
    public struct Contents: Sendable {
        public let geography: Geography
        /// Notices for the user (encoding, unused regions).
        public let notices: [String]
        /// A kommune's former number → its number now (`tidligere_kommunenummer`).
        public let formerNumbers: [String: String]
    }

    /// Reads and checks the file, and builds its geography (see `Geography.init(entries:name:)`).
    /// - Parameter name: the top's name when the file has several fylker.
    /// - Returns: the geography and notices for the user (encoding, unused regions).
    /// - Throws: `ImportFailure` with every problem found (up to a limit).
    public static func read(
        url: URL, displayName: String, name: String? = nil
    )
        throws(ImportFailure) -> (geography: Geography, notices: [String])
    {
        let contents = try readContents(url: url, displayName: displayName, name: name)
        return (contents.geography, contents.notices)
    }

    /// Reads and checks the file: the geography, notices, and former kommunenummer.
    public static func readContents(
        url: URL, displayName: String, name: String? = nil
    ) throws(ImportFailure) -> Contents {
        func failure(_ problem: ImportProblem) -> ImportFailure { ImportFailure(problems: [problem], truncated: false) }
        var reader: CSVLineReader
        do {
            reader = try CSVLineReader(url: url, displayName: displayName)
        } catch {
            throw failure(error)
        }
        guard let first = reader.next() else {
            throw failure(ImportProblem(file: displayName, kind: .emptyFile, message: Strings.Import.emptyFile()))
        }
        var checker = GeographyChecker(file: displayName)
        var columnNames: [String] = []
        switch first {
        case .problem(let problem):
            throw failure(problem)
        case .line(let line, let bytes, let mayHoldControls):
            guard let delimiter = delimiter(of: bytes) else {
                throw failure(
                    ImportProblem(
                        file: displayName, line: line, kind: .wrongDelimiter,
                        message: Strings.GeographyFile.wrongDelimiter()))
            }
            reader.delimiter = delimiter
            let names = reader.split(bytes)
            columnNames = names.map { rawName($0) }
            if mayHoldControls {
                for problem in RespondentReader.controlProblems(names, names: nil, file: displayName, line: line) {
                    checker.report(problem)
                }
            }
            if checker.problems.isEmpty { checker.readHeader(names, line: line) }
        }
        guard checker.problems.isEmpty else { throw checker.failure }
        while !checker.isFull, let record = reader.next() {
            switch record {
            case .problem(let problem): checker.report(problem)
            case .line(let line, let bytes, let mayHoldControls):
                let fields = reader.split(bytes)
                // Blank lines, and the `;;;` rows Excel leaves below the data.
                if fields.allSatisfy({ NumberParsing.trimmed($0).isEmpty }) { continue }
                // With the wrong number of fields, readRow says so instead.
                if mayHoldControls && fields.count == columnNames.count {
                    let problems = RespondentReader.controlProblems(
                        fields, names: columnNames, file: displayName, line: line)
                    if !problems.isEmpty {
                        for problem in problems { checker.report(problem) }
                        continue
                    }
                }
                checker.readRow(fields, line: line, delimiter: Character(Unicode.Scalar(reader.delimiter)))
            }
        }
        checker.finish()
        guard checker.problems.isEmpty else { throw checker.failure }
        var notices: [String] = []
        if reader.encoding == .windows1252 { notices.append(Strings.Import.windows1252Notice(file: displayName)) }
        let counties = Set(checker.entries.map(\.county)).count
        if counties > 1 && checker.entries.contains(where: { !$0.region.isEmpty }) {
            notices.append(Strings.GeographyFile.unusedRegions(file: displayName, counties: counties))
        }
        return Contents(
            geography: Geography(entries: checker.entries, name: name), notices: notices,
            formerNumbers: checker.formerNumbers)
    }

    /// Whether the file's first line is a geography file's header (so it was given as answers by mistake).
    static func isGeographyFile(_ url: URL) -> Bool {
        guard var reader = try? CSVLineReader(url: url, displayName: url.path),
            case .line(_, let bytes, _)? = reader.next(), let delimiter = delimiter(of: bytes)
        else { return false }
        let names = bytes.split(separator: delimiter, omittingEmptySubsequences: false).map { columnName($0[...]) }
        return required.allSatisfy(names.contains) && names.allSatisfy(columns.contains)
    }

    /// The delimiter that separates the most known column names, if it finds at least two.
    static func delimiter(of header: [UInt8]) -> UInt8? {
        let candidates = [UInt8(ascii: ";"), UInt8(ascii: ",")].map { delimiter in
            let known = header.split(separator: delimiter, omittingEmptySubsequences: false).filter {
                columns.contains(columnName($0[...]))
            }
            return (delimiter: delimiter, known: known.count)
        }
        let best = candidates.max { $0.known < $1.known }!
        return best.known >= 2 ? best.delimiter : nil
    }

    /// A header field as written, trimmed and in lower case.
    static func rawName(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A header field's column, aliases resolved.
    static func columnName(_ bytes: ArraySlice<UInt8>) -> String {
        let name = rawName(bytes)
        return aliases[name] ?? name
    }
}
