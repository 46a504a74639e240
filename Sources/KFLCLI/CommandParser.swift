import KFLCore

/// Turns the argument list into a `Command`. Pure: no I/O, so every help text
/// and usage error can be pinned by tests.
public enum CommandParser {
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
            guard rest.count == 1 else {
                throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: nil)
            }
            return .benchTUI(path: rest[0])
        case "analyse": return try AnalyseCommand.parse(rest)
        default:
            if !first.hasPrefix("-"), !first.contains("."), !first.contains("/"),
                let near = NearestMatch.find(first, in: CommandTable.commandNames), near != first
            {
                throw UsageError(message: Strings.CLI.unknownCommand(first, suggestion: near), command: nil)
            }
            return try parseBrowse(arguments)
        }
    }

    static func wantsHelp(_ scanned: ArgumentScanner.Result) -> Bool { scanned.flags.contains("--help") }

    /// A file name given on the command line; an empty one (`-o ""`) is a usage error.
    static func path(_ value: String?, option: String, command: String?) throws(UsageError) -> String? {
        guard let value else { return nil }
        guard !value.isEmpty else {
            let message = option == "-o" ? Strings.Files.emptyOutput : Strings.Files.emptyPath(option: option)
            throw UsageError(message: message, command: command)
        }
        return value
    }

    static func positiveInteger(_ text: String?, option: String, command: String) throws(UsageError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), value >= 1 else {
            throw UsageError(
                message: Strings.CLI.invalidValue(text, option: option, expected: Strings.CLI.wholeNumberAtLeast1),
                command: command)
        }
        return value
    }

    /// A whole percentage 0–100 ("20" or "20%").
    static func percent(_ text: String?, option: String, command: String) throws(UsageError) -> Int? {
        guard let text else { return nil }
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Int(digits.trimmingWhitespace()), (0...100).contains(value) else {
            throw UsageError(
                message: Strings.CLI.invalidValue(text, option: option, expected: Strings.CLI.percentValues),
                command: command)
        }
        return value
    }

    static func parseBrowse(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.browse.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.overview) }
        if scanned.flags.contains("--version") { return .version }
        guard scanned.positionals.count <= 1 else {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: nil)
        }
        var options = Command.BrowseOptions()
        options.snapshot = try path(scanned.positionals.first, option: "SNAPSHOT", command: nil)
        options.municipality = scanned.value("--kommune")
        options.school = scanned.value("--skole")
        options.workbook = try path(scanned.value("--workbook"), option: "--workbook", command: nil)
        options.noColor = scanned.flags.contains("--no-color")
        return .browse(options)
    }

    static func parseImport(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.importCSV.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.importHelp) }
        guard !scanned.positionals.isEmpty else { throw UsageError(message: Strings.CLI.missingCSV, command: "import") }
        guard let output = try path(scanned.value("--output"), option: "-o", command: "import") else {
            throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "import")
        }
        for file in scanned.positionals { _ = try path(file, option: "CSV", command: "import") }
        var options = Command.ImportOptions(files: scanned.positionals, output: output)
        options.minimumN =
            try positiveInteger(scanned.value("--min-n"), option: "--min-n", command: "import")
            ?? PrivacyThreshold.defaultMinimumN
        options.protectionPercent =
            try percent(scanned.value("--protection"), option: "--protection", command: "import")
            ?? ProtectionRule.standard.protectionPercent
        options.source = scanned.value("--source")
        options.geography = scanned.value("--geografi")
        options.topName = scanned.value("--navn")
        if options.topName != nil && options.geography == nil {
            throw UsageError(message: Strings.CLI.nameNeedsGeography, command: "import")
        }
        return .importCSV(options)
    }

    static func parseDemo(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.demo.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.demoHelp) }
        if let extra = scanned.positionals.first {
            throw UsageError(message: Strings.CLI.unexpectedArgument(extra), command: "demo")
        }
        guard let output = try path(scanned.value("--output"), option: "-o", command: "demo") else {
            throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "demo")
        }
        var options = Command.DemoOptions(output: output)
        options.csvDirectory = try path(scanned.value("--csv"), option: "--csv", command: "demo")
        if let seed = scanned.value("--seed") {
            guard let value = UInt64(seed) else {
                throw UsageError(
                    message: Strings.CLI.invalidValue(
                        seed, option: "--seed", expected: Strings.CLI.wholeNumberAtLeast1), command: "demo")
            }
            options.seed = value
        }
        switch scanned.value("--scale") {
        case nil, "county", "fylke": options.national = false
        case "national", "nasjonal": options.national = true
        case let other?:
            throw UsageError(
                message: Strings.CLI.invalidValue(other, option: "--scale", expected: Strings.CLI.scaleValues),
                command: "demo")
        }
        options.minimumN =
            try positiveInteger(scanned.value("--min-n"), option: "--min-n", command: "demo")
            ?? PrivacyThreshold.defaultMinimumN
        options.protectionPercent =
            try percent(scanned.value("--protection"), option: "--protection", command: "demo")
            ?? ProtectionRule.standard.protectionPercent
        return .demo(options)
    }

    static func parseCheck(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.check.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.checkHelp) }
        if scanned.flags.contains("--personvern") {
            guard !scanned.positionals.isEmpty else {
                throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "check")
            }
            for file in scanned.positionals { _ = try path(file, option: "SNAPSHOT", command: "check") }
            return .privacyCheck(paths: scanned.positionals)
        }
        guard scanned.positionals.count == 1 else {
            if scanned.positionals.isEmpty {
                throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "check")
            }
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "check")
        }
        return .check(path: try path(scanned.positionals[0], option: "SNAPSHOT", command: "check") ?? "")
    }

    static func parseExtract(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.extract.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.extractHelp) }
        guard let snapshot = try path(scanned.positionals.first, option: "SNAPSHOT", command: "extract") else {
            throw UsageError(message: Strings.CLI.missingOption("SNAPSHOT"), command: "extract")
        }
        if scanned.positionals.count > 1 {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "extract")
        }
        guard let municipality = scanned.value("--kommune") else {
            throw UsageError(message: Strings.CLI.missingOption("--kommune NAVN"), command: "extract")
        }
        guard let output = try path(scanned.value("--output"), option: "-o", command: "extract") else {
            throw UsageError(message: Strings.CLI.missingOption("-o SNAPSHOT"), command: "extract")
        }
        let options = Command.ExtractOptions(
            snapshot: snapshot, municipality: municipality, school: scanned.value("--skole"), output: output)
        return .extract(options)
    }

    static func parseShow(_ arguments: [String]) throws(UsageError) -> Command {
        let scanned = try CommandTable.show.scanner.scan(arguments)
        if wantsHelp(scanned) { return .help(Strings.CLI.showHelp) }
        guard scanned.positionals.count <= 1 else {
            throw UsageError(message: Strings.CLI.unexpectedArgument(scanned.positionals[1]), command: "show")
        }
        var options = Command.ShowOptions()
        options.snapshot = try path(scanned.positionals.first, option: "SNAPSHOT", command: "show")
        options.municipality = scanned.value("--kommune")
        options.school = scanned.value("--skole")
        options.group = scanned.value("--gruppe")
        if let trinn = scanned.value("--trinn") {
            guard let value = Int(trinn), (0...10).contains(value) else {
                throw UsageError(
                    message: Strings.CLI.invalidValue(trinn, option: "--trinn", expected: Strings.CLI.trinnValues),
                    command: "show")
            }
            options.trinn = value
        }
        if let round = scanned.value("--tidspunkt") {
            if NorwegianCollation.searchFold(round) == "alle" {
                options.view = .development
            } else {
                guard let value = Int(round) else {
                    throw UsageError(
                        message: Strings.CLI.invalidValue(
                            round, option: "--tidspunkt", expected: Strings.CLI.roundValues),
                        command: "show")
                }
                options.round = value
            }
        }
        try parseShowViews(scanned, into: &options)
        switch scanned.value("--kjonn").map({ NorwegianCollation.searchFold($0) }) {
        case nil, "alle": options.gender = .all
        case "gutter", "gutt", "gutar", "gut": options.gender = .boys
        case "jenter", "jente": options.gender = .girls
        case let other?:
            throw UsageError(
                message: Strings.CLI.invalidValue(other, option: "--kjonn", expected: Strings.CLI.genderValues),
                command: "show")
        }
        switch scanned.value("--format") {
        case nil, "tekst", "text": options.format = .text
        case "csv": options.format = .csv
        case "json": options.format = .json
        case let other?:
            throw UsageError(
                message: Strings.CLI.invalidValue(other, option: "--format", expected: Strings.CLI.formatValues),
                command: "show")
        }
        return .show(options)
    }

    /// `--endring`, `--kull` and `--kjonnsforskjell`. Every round side by side
    /// (`--tidspunkt alle`), a change and a cohort combine; the gender gap
    /// is one round and stands alone.
    static func parseShowViews(
        _ scanned: ArgumentScanner.Result, into options: inout Command.ShowOptions
    ) throws(UsageError) {
        func invalid(_ value: String, _ option: String, _ expected: String) -> UsageError {
            UsageError(message: Strings.CLI.invalidValue(value, option: option, expected: expected), command: "show")
        }
        if let change = scanned.value("--endring") {
            let parts = change.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingWhitespace()) }
            guard parts.count == 2, let from = parts[0], let to = parts[1] else {
                throw invalid(change, "--endring", Strings.CLI.changeValues)
            }
            guard from < to else { throw invalid(change, "--endring", Strings.CLI.changeOrder) }
            options.change = .init(from: from, to: to)
            options.view = .development
        }
        if let cohort = scanned.value("--kull") {
            switch NorwegianCollation.searchFold(cohort) {
            case "samme-trinn", "same-trinn", "trinn": options.view = .cohort(.sameTrinn)
            case "samme-klasse", "same-klasse", "klasse": options.view = .cohort(.sameClass)
            default: throw invalid(cohort, "--kull", Strings.CLI.cohortValues)
            }
            guard options.trinn > 0 else { throw UsageError(message: Strings.CLI.cohortNeedsTrinn, command: "show") }
        }
        if scanned.flags.contains("--kjonnsforskjell") {
            var others: [String] = []
            if scanned.value("--tidspunkt").map({ NorwegianCollation.searchFold($0) == "alle" }) == true {
                others.append("--tidspunkt alle")
            }
            if options.change != nil { others.append("--endring") }
            if scanned.value("--kull") != nil { others.append("--kull") }
            if scanned.value("--kjonn") != nil { others.append("--kjonn") }
            if let other = others.first {
                throw UsageError(message: Strings.CLI.gapStandsAlone(other), command: "show")
            }
            options.view = .genderGap
        }
        try parseShowAcrossGroups(scanned, into: &options)
        options.shares = scanned.flags.contains("--andeler")
    }

    /// `--tema` and `--skiller-seg-ut` show every group at all trinn and
    /// both genders: they stand alone.
    static func parseShowAcrossGroups(
        _ scanned: ArgumentScanner.Result, into options: inout Command.ShowOptions
    ) throws(UsageError) {
        let theme = scanned.value("--tema")
        let highlights = scanned.flags.contains("--skiller-seg-ut")
        guard theme != nil || highlights else { return }
        let option = theme != nil ? "--tema" : "--skiller-seg-ut"
        var others: [String] = []
        if theme != nil && highlights { others.append("--skiller-seg-ut") }
        for other in ["--trinn", "--gruppe", "--kjonn", "--endring", "--kull"] where scanned.value(other) != nil {
            others.append(other)
        }
        if scanned.flags.contains("--kjonnsforskjell") { others.append("--kjonnsforskjell") }
        if scanned.value("--tidspunkt").map({ NorwegianCollation.searchFold($0) == "alle" }) == true {
            others.append("--tidspunkt alle")
        }
        if let other = others.first {
            throw UsageError(message: Strings.Themes.standsAlone(option, other: other), command: "show")
        }
        options.view = theme.map { .theme($0) } ?? .highlights
    }
}
