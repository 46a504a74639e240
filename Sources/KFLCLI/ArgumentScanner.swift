import KFLCore

/// A usage mistake: printed as `Feil: …` plus a pointer to `--help`, exit 64.
public struct UsageError: Error, Equatable, Sendable {
    public let message: String
    /// The command whose help to point at (nil: the top level).
    public let command: String?
}

/// Splits arguments into options and positionals for one command, the way
/// users expect from GNU tools: `--name value`, `--name=value`, `-o value`,
/// flags, and `--` to end options.
struct ArgumentScanner {
    struct Option: Sendable {
        /// What an option's value (or a command's operands) is, for completion.
        enum Value: Sendable, Equatable {
            case none
            case text
            case file
            case directory
            /// One of these words.
            case choice([String])
        }

        let names: [String]
        let value: Value
        var takesValue: Bool { value != .none }

        init(names: [String], value: Value = .none) {
            self.names = names
            self.value = value
        }
    }

    let command: String?
    let options: [Option]

    struct Result {
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []

        /// The last value given for an option (by its first name).
        func value(_ name: String) -> String? { values[name]?.last }
    }

    func scan(_ arguments: [String]) throws(UsageError) -> Result {
        var result = Result()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.names.contains(name) }) else {
                let all = options.flatMap(\.names)
                throw UsageError(
                    message: Strings.CLI.unknownOption(argument, suggestion: NearestMatch.find(name, in: all)),
                    command: command)
            }
            let key = option.names[0]
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: Strings.CLI.missingValue(name), command: command)
                }
                result.values[key, default: []].append(value)
            } else {
                if inlineValue != nil {
                    throw UsageError(message: Strings.CLI.unexpectedArgument(argument), command: command)
                }
                result.flags.insert(key)
            }
        }
        return result
    }
}
