import KFLCore

extension Command {
    /// `kfl analyse …`, parsed.
    public enum AnalyseRequest: Equatable, Sendable {
        case list(workbook: String?)
        case export(AnalyseExportOptions)
        case importBundle(path: String, workbook: String?)
    }

    public struct AnalyseExportOptions: Equatable, Sendable {
        public enum Format: String, Equatable, Sendable { case markdown = "md", html, json }
        public var id: String
        public var format: Format = .markdown
        public var output: String?
        public var snapshot: String?
        public var workbook: String?
    }
}

extension AnalyseCommand {
    /// Parses the arguments after `analyse`. Pure.
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let sub = arguments.first else {
            throw UsageError(message: Strings.CLI.missingAnalyseSubcommand, command: "analyse")
        }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "-h", "--help", "help": return .help(Strings.CLI.analyseHelp)
        case "list": return try parseList(rest)
        case "export": return try parseExport(rest)
        case "import": return try parseImport(rest)
        default:
            let suggestion = NearestMatch.find(sub, in: Strings.CLI.analyseSubcommands)
            throw UsageError(
                message: Strings.CLI.unknownAnalyseSubcommand(sub, suggestion: suggestion), command: "analyse")
        }
    }

    static func parseList(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.analyseList.scanner.scan(arguments)
        if scanned.flags.contains("--help") { return .help(Strings.CLI.analyseListHelp) }
        if let extra = scanned.positionals.first {
            throw UsageError(message: Strings.CLI.unexpectedArgument(extra), command: "analyse list")
        }
        let workbook = try CommandParser.path(
            scanned.value("--workbook"), option: "--workbook", command: "analyse list")
        return .analyse(.list(workbook: workbook))
    }

    static func parseExport(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.analyseExport.scanner.scan(arguments)
        if scanned.flags.contains("--help") { return .help(Strings.CLI.analyseExportHelp) }
        guard let id = scanned.positionals.first else {
            throw UsageError(message: Strings.CLI.missingAnalysisID, command: "analyse export")
        }
        if scanned.positionals.count > 1 {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "analyse export")
        }
        var options = Command.AnalyseExportOptions(id: id)
        if let format = scanned.value("--format") {
            let aliases: [String: Command.AnalyseExportOptions.Format] = [
                "md": .markdown, "markdown": .markdown, "html": .html, "json": .json,
            ]
            guard let value = aliases[format.lowercased()] else {
                throw UsageError(
                    message: Strings.CLI.invalidValue(
                        format, option: "--format", expected: Strings.CLI.exportFormatValues), command: "analyse export"
                )
            }
            options.format = value
        }
        let command = "analyse export"
        options.output = try CommandParser.path(scanned.value("--output"), option: "-o", command: command)
        options.snapshot = try CommandParser.path(scanned.value("--snapshot"), option: "--snapshot", command: command)
        options.workbook = try CommandParser.path(scanned.value("--workbook"), option: "--workbook", command: command)
        return .analyse(.export(options))
    }

    static func parseImport(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.analyseImport.scanner.scan(arguments)
        if scanned.flags.contains("--help") { return .help(Strings.CLI.analyseImportHelp) }
        guard let path = scanned.positionals.first else {
            throw UsageError(message: Strings.CLI.missingBundle, command: "analyse import")
        }
        if scanned.positionals.count > 1 {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "analyse import")
        }
        _ = try CommandParser.path(path, option: "FIL.json", command: "analyse import")
        let workbook = try CommandParser.path(
            scanned.value("--workbook"), option: "--workbook", command: "analyse import")
        return .analyse(.importBundle(path: path, workbook: workbook))
    }
}
