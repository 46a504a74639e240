import Foundation

/// Words of the pedagogisk analyse: step fields, choices, warnings, conflicts.
extension Strings {
    public enum Analysis {
        public static let analysisName = "pedagogisk analyse"
        public static let untitled = "Ny analyse"

        // MARK: Fields

        /// Label of a text field, as shown above its editor.
        public static func fieldLabel(_ field: AnalysisTextField) -> String {
            switch field {
            case .challenge: return "Utfordring, tema eller problem"
            case .goal: return "Mål"
            case .otherSources: return "Andre kilder"
            case .implementation: return "Gjennomføring"
            case .evaluationEffect: return "Har tiltakene hatt en funksjon?"
            case .evaluationFidelity: return "Har de blitt gjennomført slik det var planlagt?"
            case .evaluationContinuation: return "Skal de videreføres, endres?"
            case .evaluationNewAnalysis: return "Er det behov for en ny analyse?"
            }
        }

        public static let linkedFactorsLabel = "Resultater fra undersøkelsen"
        public static let hypothesesLabel = "Hypoteser om opprettholdende faktorer"
        public static let actionsLabel = "Tiltak"
        public static let indicatorsLabel = "Indikatorer"
        public static let hypothesisText = "Hypotese"
        public static let perspectiveLabel = "Perspektiv"
        public static let evidenceLabel = "Data som belyser den"
        public static let assessmentLabel = "Vurdering mot data"
        public static let reasonLabel = "Begrunnelse for vurderingen"
        public static let importanceLabel = "Betydning"
        public static let influenceLabel = "Kan skolen påvirke den?"
        public static let prioritisedLabel = "Prioritert"
        public static let actionWhat = "Hva"
        public static let actionWho = "Hvem"
        public static let actionFromWhen = "Fra når"
        public static let actionHowOften = "Hvor ofte"
        public static let actionHypotheses = "Retter seg mot"
        public static let indicatorChange = "Ønsket endring"
        public static let indicatorTarget = "Målverdi"
        public static let indicatorByRound = "Innen"
        public static let notChosen = "ikke valgt"
        public static let empty = "(ikke fylt ut)"

        /// The prioritisation rule, for help texts and reports.
        public static let prioritisationRule =
            "En hypotese er prioritert når data støtter den, den har middels eller stor betydning, og skolen kan påvirke den helt eller delvis."

        // MARK: Choices

        public static func perspectiveName(_ perspective: Perspective) -> String {
            switch perspective {
            case .pupil: return "individ/elev"
            case .group: return "elevgruppe/klasse"
            case .teaching: return "lærer/undervisning"
            case .school: return "skole/organisasjon"
            case .home: return "hjem"
            }
        }

        public static func assessmentName(_ assessment: Assessment) -> String {
            switch assessment {
            case .supported: return "støttet"
            case .notSupported: return "ikke støttet"
            case .unclear: return "uavklart"
            }
        }

        public static func importanceName(_ importance: Importance) -> String {
            switch importance {
            case .low: return "liten"
            case .medium: return "middels"
            case .high: return "stor"
            }
        }

        public static func influenceName(_ influence: Influence) -> String {
            switch influence {
            case .yes: return "ja"
            case .partly: return "delvis"
            case .no: return "nei"
            }
        }

        public static func statusName(_ status: AnalysisStatus) -> String {
            status == .active ? "pågår" : "fullført"
        }

        // MARK: Warnings

        /// "«…»" for an item, or its number when it has no text yet.
        public static func itemLabel(_ text: String, fallback: String) -> String {
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingSpaces() ?? ""
            guard !line.isEmpty else { return fallback }
            let short = line.count > 50 ? String(line.prefix(49)) + "…" : line
            return "«\(short)»"
        }

        public static func actionWithoutHypothesis(_ label: String) -> String {
            "\(label) er ikke knyttet til noen hypotese. Hvilken opprettholdende faktor skal tiltaket påvirke?"
        }

        public static func prioritisedWithoutAction(_ label: String) -> String {
            "\(label) er prioritert, men ingen tiltak retter seg mot den."
        }

        // MARK: Indicators

        public static func noLaterRound(_ start: Int) -> String { "Ingen senere måling enn \(roundName(start)) i disse dataene ennå." }
        public static let changeNotComparable = "Endringen kan ikke beregnes (mangler eller skjermet verdi)."

        // MARK: Workbook

        public static let conflictDeleted = "Dette er slettet i et annet vindu."
        public static let changedElsewhere = "Arbeidsboka er endret i et annet vindu. Viser det som er lagret nå."

        public static func copyTitle(_ title: String) -> String { "\(title) (kopi)" }
        public static func importedTitle(_ title: String, date: Date) -> String { "\(title) (importert \(Strings.date(date)))" }
        public static func confirmDelete(_ title: String) -> String { "Slette analysen «\(title)»? Dette kan ikke angres. (j/n)" }
    }

    private static let monthNames = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
    ]

    /// "3. mai 2024", in Norwegian time.
    public static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 1). \(monthNames[(parts.month ?? 1) - 1]) \(parts.year ?? 1970)"
    }

    /// "3. mai 2024 kl. 14.05", in Norwegian time.
    public static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let minute = parts.minute ?? 0
        return "\(Strings.date(date)) kl. \(parts.hour ?? 0).\(minute < 10 ? "0" : "")\(minute)"
    }
}
