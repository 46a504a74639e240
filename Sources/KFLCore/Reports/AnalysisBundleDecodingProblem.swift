/// A decoding error of a bundle as the user reads it: the JSON path of the
/// value and what it should have been, in Norwegian.
enum AnalysisBundleDecodingProblem {
    static func problem(for error: DecodingError) -> AnalysisBundleProblem {
        switch error {
        case .keyNotFound(let key, let context):
            return problem(context, Strings.BundleCheck.missingKey(key.stringValue))
        case .valueNotFound(_, let context):
            return problem(context, Strings.BundleCheck.missingValue)
        case .typeMismatch(let type, let context):
            return problem(context, Strings.BundleCheck.wrongType(name(of: type)))
        case .dataCorrupted(let context):
            return problem(context, invalidValue(at: context.codingPath.last))
        @unknown default:
            return AnalysisBundleProblem(path: "", message: Strings.BundleCheck.invalidValue)
        }
    }

    private static func problem(_ context: DecodingError.Context, _ message: String) -> AnalysisBundleProblem {
        AnalysisBundleProblem(path: JSONPath.text(context.codingPath), message: message)
    }

    /// What a JSON value of `type` is called.
    static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return Strings.BundleCheck.typeText
        case is Int.Type, is Int32.Type, is Int64.Type: return Strings.BundleCheck.typeInteger
        case is Double.Type, is Float.Type: return Strings.BundleCheck.typeNumber
        case is Bool.Type: return Strings.BundleCheck.typeBool
        default:
            let text = String(describing: type)
            let isList = text.hasPrefix("Array") || text.hasPrefix("[") && !text.contains(":")
            if isList { return Strings.BundleCheck.typeList }
            if text.hasPrefix("Dictionary") || text.hasPrefix("[") { return Strings.BundleCheck.typeObject }
            return Strings.BundleCheck.typeOther
        }
    }

    /// Names the allowed values where the key says which they are.
    static func invalidValue(at key: (any CodingKey)?) -> String {
        switch key?.stringValue {
        case "kind": return Strings.BundleCheck.invalidValue(allowed: UnitKind.allCases.map(\.rawValue))
        case "status": return Strings.BundleCheck.invalidValue(allowed: AnalysisStatus.allCases.map(\.rawValue))
        case "perspective": return Strings.BundleCheck.invalidValue(allowed: Perspective.allCases.map(\.rawValue))
        case "assessment": return Strings.BundleCheck.invalidValue(allowed: Assessment.allCases.map(\.rawValue))
        case "importance": return Strings.BundleCheck.invalidValue(allowed: Importance.allCases.map(\.rawValue))
        case "influence": return Strings.BundleCheck.invalidValue(allowed: Influence.allCases.map(\.rawValue))
        case "gender": return Strings.BundleCheck.invalidValue(allowed: Gender.allCases.map { String($0.rawValue) })
        case "createdAt", "updatedAt", "exportedAt": return Strings.BundleCheck.wrongType(Strings.BundleCheck.typeDate)
        default: return Strings.BundleCheck.invalidValue
        }
    }
}
