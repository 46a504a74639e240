/// The written standard kfl speaks: bokmål or nynorsk. Numbers, dates and
/// collation are Norwegian in both.
///
/// The language is a task-local value, not a global: `kfl` binds it once around
/// the whole run (`KFLCLI.main`), and tests, which run in parallel in one
/// process, bind their own without disturbing each other. kfl starts no threads
/// or detached tasks, so every text it draws sees the binding.
public enum Language: String, Sendable, CaseIterable {
    case bokmal = "nb"
    case nynorsk = "nn"

    /// The language of every text drawn in this task; bokmål unless bound.
    @TaskLocal public static var current: Language = .bokmal

    /// What `--sprak` and `KFL_SPRAK` accept: `nb`, `nn` and the names spelt out.
    public init?(code: String) {
        switch code.lowercased() {
        case "nb", "bokmål", "bokmal", "nb_no": self = .bokmal
        case "nn", "nynorsk", "nn_no": self = .nynorsk
        default: return nil
        }
    }

    /// The language of a POSIX locale name: `nn_NO.UTF-8` (or `nn`, `no_NO@nynorsk`)
    /// is nynorsk; anything else, or nothing, is bokmål.
    public static func ofLocale(_ locale: String?) -> Language {
        guard let locale = locale?.lowercased() else { return .bokmal }
        return locale.hasPrefix("nn") || locale.containsText("nynorsk") ? .nynorsk : .bokmal
    }

    /// The language asked for: `--sprak` (already taken from the arguments),
    /// else `KFL_SPRAK`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first
    /// that is set decides, as in POSIX), else bokmål.
    /// - Throws: `LanguageChoiceError` naming where an unknown code came from.
    public static func choose(option: String?, environment: [String: String]) throws -> Language {
        try choose(option: option, environment: Environment(environment))
    }

    /// The same, from the process's environment or a given one.
    public static func choose(option: String?, environment: Environment) throws -> Language {
        if let option {
            guard let language = Language(code: option) else {
                throw LanguageChoiceError(source: "--sprak", value: option)
            }
            return language
        }
        if let code = environment["KFL_SPRAK"], !code.isEmpty {
            guard let language = Language(code: code) else {
                throw LanguageChoiceError(source: "KFL_SPRAK", value: code)
            }
            return language
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return ofLocale(locale)
    }
}

/// `--sprak` or `KFL_SPRAK` named a language kfl does not have.
public struct LanguageChoiceError: Error, Equatable {
    public let source: String
    public let value: String
}

/// One text in both written standards, side by side so that neither can be
/// forgotten: `nb("Hele skolen", nn: "Heile skulen")` is the text of the current
/// language. Every literal with a letter in `Strings/` goes through here (a test
/// scans the folder).
@inline(__always)
func nb(_ bokmal: String, nn nynorsk: String) -> String {
    Language.current == .nynorsk ? nynorsk : bokmal
}
