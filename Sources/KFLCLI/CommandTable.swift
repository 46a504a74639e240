import KFLCore

/// One command (or `analyse` subcommand): its words, its help text and the
/// options its parser accepts.
struct CommandSpec: Sendable {
    /// The words after `kfl` (empty for the browser, `["analyse", "export"]`).
    let path: [String]
    /// The help it prints (`kfl … --help`), in the language of the moment: the
    /// table is made once, so it keeps how to make the text, not the text.
    var help: String { makeHelp() }
    private let makeHelp: @Sendable () -> String
    let options: [ArgumentScanner.Option]
    /// What the positional arguments are, for completion.
    let operands: ArgumentScanner.Option.Value

    init(
        path: [String], help: @autoclosure @escaping @Sendable () -> String, options: [ArgumentScanner.Option],
        operands: ArgumentScanner.Option.Value
    ) {
        self.path = path
        self.makeHelp = help
        self.options = options
        self.operands = operands
    }

    var scanner: ArgumentScanner {
        ArgumentScanner(command: path.isEmpty ? nil : path.joined(separator: " "), options: options)
    }
}

/// Every command with its options: the one table the parsers scan with, and
/// that the man page and the shell completions are written from, so neither
/// can list an option the program does not take or miss one it does.
enum CommandTable {
    typealias Option = ArgumentScanner.Option

    static let help = Option(names: ["--help", "-h"])
    static let workbook = Option(names: ["--workbook"], value: .file)
    static let minimumN = Option(names: ["--min-n"], value: .text)
    static let protection = Option(names: ["--protection", "--vern"], value: .text)

    static let browse = CommandSpec(
        path: [], help: Strings.CLI.overview,
        options: [
            help,
            Option(names: ["--kommune"], value: .text),
            Option(names: ["--skole"], value: .text),
            workbook,
            Option(names: ["--no-color", "--no-colour"]),
            Option(names: ["--version", "-V"]),
        ], operands: .file)

    /// Taken anywhere before `--`, by every command (`KFLCLI.takeDebugFlag`, `KFLCLI.takeLanguage`).
    static let global = [Option(names: ["--debug"]), Option(names: ["--sprak"], value: .text)]

    static let importCSV = CommandSpec(
        path: ["import"], help: Strings.CLI.importHelp,
        options: [
            help,
            Option(names: ["--output", "-o"], value: .file),
            minimumN,
            protection,
            Option(names: ["--source"], value: .text),
            Option(names: ["--geografi", "--geography"], value: .file),
            Option(names: ["--navn"], value: .text),
        ], operands: .file)

    static let demo = CommandSpec(
        path: ["demo"], help: Strings.CLI.demoHelp,
        options: [
            help,
            Option(names: ["--output", "-o"], value: .file),
            Option(names: ["--csv"], value: .directory),
            Option(names: ["--seed"], value: .text),
            Option(names: ["--scale"], value: .choice(["county", "national"])),
            minimumN,
            protection,
        ], operands: .none)

    static let check = CommandSpec(
        path: ["check"], help: Strings.CLI.checkHelp,
        options: [help, Option(names: ["--personvern", "--privacy"])], operands: .file)

    static let extract = CommandSpec(
        path: ["extract"], help: Strings.CLI.extractHelp,
        options: [
            help,
            Option(names: ["--kommune"], value: .text),
            Option(names: ["--skole"], value: .text),
            Option(names: ["--output", "-o"], value: .file),
        ], operands: .file)

    static let show = CommandSpec(
        path: ["show"], help: Strings.CLI.showHelp,
        options: [
            help,
            Option(names: ["--kommune"], value: .text),
            Option(names: ["--skole"], value: .text),
            Option(names: ["--trinn"], value: .choice((0...10).map(String.init))),
            Option(
                names: ["--gruppe"],
                value: .choice(["elev14", "elev510", "kontaktlaerer", "laerer", "foreldre", "skoleleder"])),
            Option(names: ["--tidspunkt"], value: .choice(["2016", "2018", "2020", "alle"])),
            Option(names: ["--kjonn", "--kjønn"], value: .choice(["alle", "gutter", "jenter"])),
            Option(names: ["--format"], value: .choice(["tekst", "csv", "json"])),
            Option(names: ["--endring"], value: .choice(["2016-2018", "2016-2020", "2018-2020"])),
            Option(names: ["--kull"], value: .choice(["samme-trinn", "samme-klasse"])),
            Option(names: ["--kjonnsforskjell", "--kjønnsforskjell"]),
            Option(names: ["--tema"], value: .text),
            Option(names: ["--skiller-seg-ut"]),
            Option(names: ["--andeler"]),
        ], operands: .file)

    /// `-h`/`--help` here is a word in place of a subcommand, not an option.
    static let analyse = CommandSpec(
        path: ["analyse"], help: Strings.CLI.analyseHelp, options: [],
        operands: .choice(Strings.CLI.analyseSubcommands))

    static let analyseList = CommandSpec(
        path: ["analyse", "list"], help: Strings.CLI.analyseListHelp, options: [help, workbook], operands: .none)

    static let analyseExport = CommandSpec(
        path: ["analyse", "export"], help: Strings.CLI.analyseExportHelp,
        options: [
            help, workbook,
            Option(names: ["--format"], value: .choice(["md", "html", "json"])),
            Option(names: ["--output", "-o"], value: .file),
            Option(names: ["--snapshot"], value: .file),
        ], operands: .text)

    static let analyseImport = CommandSpec(
        path: ["analyse", "import"], help: Strings.CLI.analyseImportHelp, options: [help, workbook],
        operands: .file)

    /// In the order the man page lists them.
    static let all = [
        browse, importCSV, demo, check, extract, show, analyse, analyseList, analyseExport, analyseImport,
    ]

    /// The commands after `kfl` (not the browser, not hidden ones).
    static var commandNames: [String] { all.filter { $0.path.count == 1 }.map { $0.path[0] } }
}
