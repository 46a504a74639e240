import KFLCore

/// Turns the argument list into a `Command`. Pure: no I/O, so every help text
/// and usage error can be pinned by tests.
public enum CommandParser {
    static let commands = ["import", "demo", "check", "show", "analyse", "extract"]

    public static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .browse(Command.BrowseOptions()) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help": return .help(Strings.CLI.overview)
        case "--version", "-V": return .version
        case "import": return try parseImport(rest)
        case "demo": return try parseDemo(rest)
        case "check": return try parseCheck(rest)
        case "extract": return try parseExtract(rest)
        case "show": return try parseShow(rest)
        case "bench-tui":
            guard rest.count == 1 else { throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: nil) }
            return .benchTUI(path: rest[0])
        case "analyse": return try AnalyseCommand.parse(rest)
        default:
            if !first.hasPrefix("-"), !first.contains("."), !first.contains("/"),
               let near = NearestMatch.find(first, in: commands), near != first {
                throw UsageError(message: Strings.CLI.unknownCommand(first, suggestion: near), command: nil)
            }
            return try parseBrowse(arguments)
        }
    }

    static func wantsHelp(_ scanned: ArgumentScanner.Result) -> Bool { scanned.flags.contains("--help") }

    static func positiveInteger(_ text: String?, option: String, command: String) throws(UsageError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), value >= 1 else {
            throw UsageError(message: Strings.CLI.invalidValue(text, option: option, expected: Strings.CLI.wholeNumberAtLeast1), command: command)
        }
        return value
    }

    /// A whole percentage 0–100 ("20" or "20%").
    static func percent(_ text: String?, option: String, command: String) throws(UsageError) -> Int? {
        guard let text else { return nil }
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), (0...100).contains(value) else {
            throw UsageError(message: Strings.CLI.invalidValue(text, option: option, expected: Strings.CLI.percentValues), command: command)
        }
        return value
    }

    static func parseBrowse(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: nil, options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--kommune"], takesValue: true),
            .init(names: ["--skole"], takesValue: true),
            .init(names: ["--workbook"], takesValue: true),
            .init(names: ["--no-color", "--no-colour"], takesValue: false),
            .init(names: ["--version", "-V"], takesValue: false),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.overview) }
        if scanned.flags.contains("--version") { return .version }
        guard scanned.positionals.count <= 1 else {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: nil)
        }
        var options = Command.BrowseOptions()
        options.snapshot = scanned.positionals.first
        options.municipality = scanned.value("--kommune")
        options.school = scanned.value("--skole")
        options.workbook = scanned.value("--workbook")
        options.noColor = scanned.flags.contains("--no-color")
        return .browse(options)
    }

    static func parseImport(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: "import", options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--output", "-o"], takesValue: true),
            .init(names: ["--min-n"], takesValue: true),
            .init(names: ["--protection", "--vern"], takesValue: true),
            .init(names: ["--source"], takesValue: true),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.importHelp) }
        guard !scanned.positionals.isEmpty else { throw UsageError(message: Strings.CLI.missingCSV, command: "import") }
        guard let output = scanned.value("--output") else { throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "import") }
        var options = Command.ImportOptions(files: scanned.positionals, output: output)
        options.minimumN = try positiveInteger(scanned.value("--min-n"), option: "--min-n", command: "import") ?? 7
        options.protectionPercent = try percent(scanned.value("--protection"), option: "--protection", command: "import") ?? 20
        options.source = scanned.value("--source")
        return .importCSV(options)
    }

    static func parseDemo(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: "demo", options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--output", "-o"], takesValue: true),
            .init(names: ["--csv"], takesValue: true),
            .init(names: ["--seed"], takesValue: true),
            .init(names: ["--scale"], takesValue: true),
            .init(names: ["--min-n"], takesValue: true),
            .init(names: ["--protection", "--vern"], takesValue: true),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.demoHelp) }
        if let extra = scanned.positionals.first { throw UsageError(message: Strings.CLI.unexpectedArgument(extra), command: "demo") }
        guard let output = scanned.value("--output") else { throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "demo") }
        var options = Command.DemoOptions(output: output)
        options.csvDirectory = scanned.value("--csv")
        if let seed = scanned.value("--seed") {
            guard let value = UInt64(seed) else {
                throw UsageError(message: Strings.CLI.invalidValue(seed, option: "--seed", expected: Strings.CLI.wholeNumberAtLeast1), command: "demo")
            }
            options.seed = value
        }
        switch scanned.value("--scale") {
        case nil, "county", "fylke": options.national = false
        case "national", "nasjonal": options.national = true
        case let other?:
            throw UsageError(message: Strings.CLI.invalidValue(other, option: "--scale", expected: Strings.CLI.scaleValues), command: "demo")
        }
        options.minimumN = try positiveInteger(scanned.value("--min-n"), option: "--min-n", command: "demo") ?? 7
        options.protectionPercent = try percent(scanned.value("--protection"), option: "--protection", command: "demo") ?? 20
        return .demo(options)
    }

    static func parseCheck(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: "check", options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--personvern", "--privacy"], takesValue: false),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.checkHelp) }
        if scanned.flags.contains("--personvern") {
            guard !scanned.positionals.isEmpty else { throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "check") }
            return .privacyCheck(paths: scanned.positionals)
        }
        guard scanned.positionals.count == 1 else {
            if scanned.positionals.isEmpty { throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "check") }
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "check")
        }
        return .check(path: scanned.positionals[0])
    }

    static func parseExtract(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: "extract", options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--kommune"], takesValue: true),
            .init(names: ["--skole"], takesValue: true),
            .init(names: ["--output", "-o"], takesValue: true),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.extractHelp) }
        guard let snapshot = scanned.positionals.first else { throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "extract") }
        if scanned.positionals.count > 1 { throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "extract") }
        guard let municipality = scanned.value("--kommune") else { throw UsageError(message: Strings.CLI.missingOption("--kommune NAVN"), command: "extract") }
        guard let output = scanned.value("--output") else { throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "extract") }
        return .extract(Command.ExtractOptions(snapshot: snapshot, municipality: municipality, school: scanned.value("--skole"), output: output))
    }

    static func parseShow(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = ArgumentScanner(command: "show", options: [
            .init(names: ["--help", "-h"], takesValue: false),
            .init(names: ["--kommune"], takesValue: true),
            .init(names: ["--skole"], takesValue: true),
            .init(names: ["--trinn"], takesValue: true),
            .init(names: ["--gruppe"], takesValue: true),
            .init(names: ["--tidspunkt"], takesValue: true),
            .init(names: ["--kjonn", "--kjønn"], takesValue: true),
            .init(names: ["--format"], takesValue: true),
        ])
        let scanned = try scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.showHelp) }
        guard scanned.positionals.count <= 1 else {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "show")
        }
        var options = Command.ShowOptions()
        options.snapshot = scanned.positionals.first
        options.municipality = scanned.value("--kommune")
        options.school = scanned.value("--skole")
        options.group = scanned.value("--gruppe")
        if let trinn = scanned.value("--trinn") {
            guard let value = Int(trinn), (0...10).contains(value) else {
                throw UsageError(message: Strings.CLI.invalidValue(trinn, option: "--trinn", expected: Strings.CLI.trinnValues), command: "show")
            }
            options.trinn = value
        }
        if let round = scanned.value("--tidspunkt") {
            guard let value = Int(round) else {
                throw UsageError(message: Strings.CLI.invalidValue(round, option: "--tidspunkt", expected: Strings.CLI.roundValues), command: "show")
            }
            options.round = value
        }
        switch scanned.value("--kjonn").map({ NorwegianCollation.searchFold($0) }) {
        case nil, "alle": options.gender = .all
        case "gutter", "gutt": options.gender = .boys
        case "jenter", "jente": options.gender = .girls
        case let other?:
            throw UsageError(message: Strings.CLI.invalidValue(other, option: "--kjonn", expected: Strings.CLI.genderValues), command: "show")
        }
        switch scanned.value("--format") {
        case nil, "tekst", "text": options.format = .text
        case "csv": options.format = .csv
        case "json": options.format = .json
        case let other?:
            throw UsageError(message: Strings.CLI.invalidValue(other, option: "--format", expected: Strings.CLI.formatValues), command: "show")
        }
        return .show(options)
    }
}
