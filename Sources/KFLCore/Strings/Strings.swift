/// Every word the user reads, in Norwegian bokmål, in one place.
/// Split by concern into `Strings+*.swift` extensions.
public enum Strings {
    public static func genderName(_ gender: Gender) -> String {
        switch gender {
        case .all: return nb("alle", nn: "alle")
        case .boys: return nb("gutter", nn: "gutar")
        case .girls: return nb("jenter", nn: "jenter")
        }
    }

    public static func unitKindName(_ kind: UnitKind) -> String {
        switch kind {
        case .county: return nb("fylke", nn: "fylke")
        case .region: return nb("region", nn: "region")
        case .municipality: return nb("kommune", nn: "kommune")
        case .school: return nb("skole", nn: "skule")
        }
    }

    public static func trinnName(_ trinn: Int) -> String {
        trinn == 0 ? nb("alle trinn", nn: "alle trinn") : nb("\(trinn). trinn", nn: "\(trinn). trinn")
    }

    public static func roundName(_ round: Int) -> String { nb("høsten \(round)", nn: "hausten \(round)") }

    public static func directionText(_ direction: Direction) -> String {
        direction == .higherIsBetter
            ? nb("høyere er bedre", nn: "høgare er betre") : nb("lavere er bedre", nn: "lågare er betre")
    }

    public static func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .clearlyBetter: return nb("klart bedre", nn: "klart betre")
        case .clearlyWorse: return nb("klart svakere", nn: "klart svakare")
        case .noClearDifference: return nb("ingen klar forskjell", nn: "ingen klar skilnad")
        case .notComparable: return nb("kan ikke sammenlignes", nn: "kan ikkje samanliknast")
        }
    }

    /// Why a cell is hidden. The snapshot stores one reason; `.protectsSmallerGroup` is what
    /// shown cells inside the hidden one already tell (it has at least `minimumN` answers, so
    /// the group it protects is a smaller one). Short, as rows cut it.
    public static func suppressionText(_ reason: SuppressionReason, minimumN: Int) -> String {
        switch reason {
        case .hidden:
            return nb(
                "skjermet: under \(minimumN) svar, eller for å verne en mindre gruppe",
                nn: "skjerma: under \(minimumN) svar, eller for å verne ei mindre gruppe")
        case .protectsSmallerGroup:
            return nb(
                "skjermet for å verne en mindre gruppe", nn: "skjerma for å verne ei mindre gruppe")
        }
    }

    public static var demoBanner: String { nb("syntetiske demodata", nn: "syntetiske demodata") }
    public static var demoNotice: String {
        nb("Dette er syntetiske demodata.", nn: "Dette er syntetiske demodata.") + " " + demoDetail
    }
    /// The demo notice after its first sentence, for where a heading already says «Syntetiske demodata».
    public static var demoDetail: String {
        nb(
            "Skolene er oppdiktet, og tallene sier ingenting om virkelige skoler.",
            nn: "Skulane er oppdikta, og tala seier ingenting om verkelege skular.")
    }

    /// "Mente du «X»?" for a near miss, or nil.
    public static func didYouMean(_ suggestion: String?) -> String? {
        suggestion.map { nb("Mente du «\($0)»?", nn: "Meinte du «\($0)»?") }
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
