import KFLCore

/// One problem found in the input, located like a compiler diagnostic:
/// `elever.csv:12:9: skåren 7 i kolonnen «e510_trivsel» er utenfor skalaen 1–5`.
public struct ImportProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case unreadableFile, emptyFile, headerOnly, wrongDelimiter, missingColumns, unknownColumn,
            duplicateColumn, fieldCount, notANumber, outOfScale, unknownRound, unknownMunicipality,
            unknownGroup, trinnOutOfRange, trinnNotForGroup, invalidGender, missingValue,
            duplicateRespondent, inconsistentSchool, factorNotInGroup, lineTooLong, invalidEncoding,
            noRespondents,
            /// A control character (ESC, NUL, a line break …) inside a field.
            controlCharacter,
            /// Not a text file at all (an Excel workbook, a binary file).
            notText,
            // Geography files:
            invalidMunicipalityNumber, duplicateMunicipality, inconsistentName, misplacedGeography,
            /// The same answer file named twice on the command line.
            duplicateFile
    }

    public let file: String
    /// 1-based line; nil for problems with the whole file.
    public let line: Int?
    /// 1-based CSV column (field number); nil when the whole line is at fault.
    public let column: Int?
    public let kind: Kind
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
        self.message = message
    }

    /// `file:line:column: message`, with any control character (in the file
    /// name or a quoted value) shown escaped, never raw.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return ControlCharacters.escaped("\(location): \(message)")
    }
}

/// The import stopped: every problem found (up to a limit), nothing written.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let problems: [ImportProblem]
    public let truncated: Bool

    public var description: String {
        var lines = problems.map(\.description)
        if truncated { lines.append(Strings.Import.moreProblems(problems.count)) }
        return lines.joined(separator: "\n")
    }
}
