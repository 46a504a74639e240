/// Every word the user reads, in Norwegian bokmål, in one place.
/// Split by concern into `Strings+*.swift` extensions.
public enum Strings {
    public static func genderName(_ gender: Gender) -> String {
        switch gender {
        case .all: return "alle"
        case .boys: return "gutter"
        case .girls: return "jenter"
        }
    }

    public static func unitKindName(_ kind: UnitKind) -> String {
        switch kind {
        case .county: return "fylke"
        case .region: return "region"
        case .municipality: return "kommune"
        case .school: return "skole"
        }
    }

    public static func trinnName(_ trinn: Int) -> String {
        trinn == 0 ? "alle trinn" : "\(trinn). trinn"
    }

    public static func roundName(_ round: Int) -> String { "høsten \(round)" }

    public static func directionText(_ direction: Direction) -> String {
        direction == .higherIsBetter ? "høyere er bedre" : "lavere er bedre"
    }

    public static func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .clearlyBetter: return "klart bedre"
        case .clearlyWorse: return "klart svakere"
        case .noClearDifference: return "ingen klar forskjell"
        case .notComparable: return "kan ikke sammenlignes"
        }
    }

    public static func suppressionText(_ reason: SuppressionReason, minimumN: Int) -> String {
        switch reason {
        case .hidden: return "skjermet for å verne grupper under \(minimumN) svar"
        }
    }

    public static let demoBanner = "syntetiske demodata"
    public static let demoNotice = "Dette er syntetiske demodata. Skolene er oppdiktet, og tallene sier ingenting om virkelige skoler."

    /// "Mente du «X»?" for a near miss, or nil.
    public static func didYouMean(_ suggestion: String?) -> String? {
        suggestion.map { "Mente du «\($0)»?" }
    }

    /// A list in Norwegian: "a, b og c".
    public static func list(_ items: [String], conjunction: String = "og") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }
}
