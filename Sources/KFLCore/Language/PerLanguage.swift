/// One value for each language, each made once with that language current: for
/// tables built from texts (key help) that are too hot to build on every use.
public struct PerLanguage<Value: Sendable>: Sendable {
    private let values: [Language: Value]

    public init(_ make: () -> Value) {
        values = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                (language, Language.$current.withValue(language) { make() })
            })
    }

    /// The value for the current language.
    public var current: Value { values[Language.current]! }
}
