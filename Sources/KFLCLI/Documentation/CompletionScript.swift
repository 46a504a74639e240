#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The bash and zsh completions, written from the command table (commands,
/// options, the values an option takes) and the help texts (what each option
/// does, shown by zsh). `Tests/KFLCLITests/Documentation` keeps the shipped
/// files equal to them.
enum CompletionScript {
    typealias Option = ArgumentScanner.Option

    static var bash: String {
        var out = "# bash completion for kfl. Generated from kfl's command table; do not edit.\n"
        out += "_kfl() {\n"
        out += "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=\"\" i\n"
        out += "    COMPREPLY=()\n"
        out += commandPathLoop(words: "COMP_WORDS", first: 1, current: "COMP_CWORD")
        out += "    case \"$cmd:$prev\" in\n"
        for (spec, option) in valueOptions {
            out += "        \(patterns(spec, option))) "
            switch option.value {
            case .file: out += "compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\"))"
            case .directory: out += "compopt -o filenames; COMPREPLY=($(compgen -d -- \"$cur\"))"
            case .choice(let words): out += "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
            case .text, .none: out += ":"
            }
            out += "; return ;;\n"
        }
        out += "    esac\n    case \"$cmd\" in\n"
        for spec in CommandTable.all {
            out += "        \"\(key(spec))\")\n"
            let options = allOptions(spec).flatMap(\.names).joined(separator: " ")
            out += "            if [[ $cur == -* ]]; then\n"
            out += "                COMPREPLY=($(compgen -W \"\(options)\" -- \"$cur\")); return\n            fi\n"
            let commands = subcommands(of: spec)
            if !commands.isEmpty {
                out += "            COMPREPLY=($(compgen -W \"\(commands.joined(separator: " "))\" -- \"$cur\"))\n"
            }
            switch spec.operands {
            case .file: out += "            compopt -o filenames; COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
            case .directory: out += "            compopt -o filenames; COMPREPLY+=($(compgen -d -- \"$cur\"))\n"
            case .choice, .text, .none: break
            }
            out += "            ;;\n"
        }
        out += "    esac\n}\ncomplete -F _kfl kfl\n"
        return out
    }

    static var zsh: String {
        var out = "#compdef kfl\n# zsh completion for kfl. Generated from kfl's command table; do not edit.\n"
        out += "_kfl() {\n"
        out += "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd=\"\" i\n"
        out += "    local -a items\n"
        out += commandPathLoop(words: "words", first: 2, current: "CURRENT")
        out += "    case \"$cmd:$prev\" in\n"
        for (spec, option) in valueOptions {
            out += "        \(patterns(spec, option))) "
            switch option.value {
            case .file: out += "_files"
            case .directory: out += "_files -/"
            case .choice(let words): out += "compadd -- \(words.joined(separator: " "))"
            case .text, .none: out += "_message \(shellQuoted(metavariable(spec, option)))"
            }
            out += "; return ;;\n"
        }
        out += "    esac\n    case \"$cmd\" in\n"
        for spec in CommandTable.all {
            out += "        \"\(key(spec))\")\n"
            out += "            if [[ $cur == -* ]]; then\n"
            out += "                items=(\n"
            for option in allOptions(spec) {
                let text = description(spec, option)
                for name in option.names { out += "                    \(shellQuoted(describeItem(name, text)))\n" }
            }
            out += "                )\n"
            out += "                _describe -t options valg items; return\n            fi\n"
            let commands = subcommands(of: spec)
            if !commands.isEmpty {
                out += "            items=(\n"
                for command in commands {
                    let help = CommandTable.all.first { $0.path == spec.path + [command] }.map { HelpText($0.help) }
                    out += "                \(shellQuoted(describeItem(command, help?.summary ?? "")))\n"
                }
                out += "            )\n            _describe -t commands kommando items\n"
            }
            switch spec.operands {
            case .file: out += "            _files\n"
            case .directory: out += "            _files -/\n"
            case .choice, .text, .none: break
            }
            out += "            ;;\n"
        }
        out += "    esac\n}\n_kfl \"$@\"\n"
        return out
    }

    // MARK: - Shared pieces

    /// Walks the words before the cursor and sets `cmd` to the command
    /// (`show`, `analyse export`); option values that are not commands are skipped.
    private static func commandPathLoop(words: String, first: Int, current: String) -> String {
        let steps = CommandTable.all.filter { !$0.path.isEmpty }.map { spec in
            "\"\(spec.path.dropLast().joined(separator: " "))/\(spec.path.last ?? "")\""
        }
        return """
                for ((i = \(first); i < \(current); i++)); do
                    case "$cmd/${\(words)[i]}" in
                        \(steps.joined(separator: "|"))) cmd="${cmd:+$cmd }${\(words)[i]}" ;;
                    esac
                done

            """
    }

    private static func key(_ spec: CommandSpec) -> String { spec.path.joined(separator: " ") }

    private static func allOptions(_ spec: CommandSpec) -> [Option] { spec.options + CommandTable.global }

    /// Every option that takes a value, with its command.
    private static var valueOptions: [(CommandSpec, Option)] {
        CommandTable.all.flatMap { spec in spec.options.filter(\.takesValue).map { (spec, $0) } }
    }

    /// `"show:--kjonn"|"show:--kjønn"`.
    private static func patterns(_ spec: CommandSpec, _ option: Option) -> String {
        option.names.map { "\"\(key(spec)):\($0)\"" }.joined(separator: "|")
    }

    private static func subcommands(of spec: CommandSpec) -> [String] {
        CommandTable.all.filter { $0.path.count == spec.path.count + 1 && $0.path.starts(with: spec.path) }
            .map { $0.path.last ?? "" }
    }

    /// The help row that names the option (in its command's help, or the overview's for global options).
    static func helpRow(_ spec: CommandSpec, _ option: Option) -> HelpText.Row? {
        let isGlobal = CommandTable.global.contains { $0.names == option.names }
        let help = HelpText(isGlobal ? CommandTable.browse.help : spec.help)
        return help.rows(under: "Valg").first { row in
            let words = row.term.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            return option.names.contains { words.contains($0) }
        }
    }

    private static func description(_ spec: CommandSpec, _ option: Option) -> String {
        helpRow(spec, option)?.text ?? ""
    }

    /// What the option's value is called in its help (`NAVN`, `ÅR`), for zsh's message.
    private static func metavariable(_ spec: CommandSpec, _ option: Option) -> String {
        guard let row = helpRow(spec, option) else { return "" }
        return row.term.split(separator: " ").last.map(String.init) ?? ""
    }

    /// `name:description` for `_describe`, whose separator is the colon.
    private static func describeItem(_ name: String, _ text: String) -> String {
        name.replacingEvery(":", with: "\\:") + ":" + text
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingEvery("'", with: "'\\''") + "'"
    }
}
