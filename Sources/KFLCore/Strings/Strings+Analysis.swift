#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Words of the pedagogisk analyse: step fields, choices, warnings, conflicts.
extension Strings {
    public enum Analysis {
        public static var analysisName: String { nb("pedagogisk analyse", nn: "pedagogisk analyse") }
        public static var untitled: String { nb("Ny analyse", nn: "Ny analyse") }

        // MARK: Fields

        /// Label of a text field, as shown above its editor.
        public static func fieldLabel(_ field: AnalysisTextField) -> String {
            switch field {
            case .challenge: return nb("Utfordring, tema eller problem", nn: "Utfordring, tema eller problem")
            case .goal: return nb("Mål", nn: "Mål")
            case .otherSources: return nb("Andre kilder", nn: "Andre kjelder")
            case .implementation: return nb("Gjennomføring", nn: "Gjennomføring")
            case .evaluationEffect: return nb("Har tiltakene hatt en funksjon?", nn: "Har tiltaka hatt ein funksjon?")
            case .evaluationFidelity:
                return nb(
                    "Har de blitt gjennomført slik det var planlagt?",
                    nn: "Har dei blitt gjennomførte slik det var planlagt?")
            case .evaluationContinuation:
                return nb("Skal de videreføres, endres?", nn: "Skal dei førast vidare, endrast?")
            case .evaluationNewAnalysis:
                return nb("Er det behov for en ny analyse?", nn: "Er det behov for ein ny analyse?")
            }
        }

        public static var linkedFactorsLabel: String {
            nb("Resultater fra undersøkelsen", nn: "Resultat frå undersøkinga")
        }
        public static var hypothesesLabel: String {
            nb("Hypoteser om opprettholdende faktorer", nn: "Hypotesar om opprethaldande faktorar")
        }
        public static var actionsLabel: String { nb("Tiltak", nn: "Tiltak") }
        public static var indicatorsLabel: String { nb("Indikatorer", nn: "Indikatorar") }
        public static var hypothesisText: String { nb("Hypotese", nn: "Hypotese") }
        public static var perspectiveLabel: String { nb("Perspektiv", nn: "Perspektiv") }
        public static var evidenceLabel: String { nb("Data som belyser den", nn: "Data som kastar lys over han") }
        public static var assessmentLabel: String { nb("Vurdering mot data", nn: "Vurdering mot data") }
        public static var reasonLabel: String { nb("Begrunnelse for vurderingen", nn: "Grunngiving for vurderinga") }
        public static var importanceLabel: String { nb("Betydning", nn: "Vekt") }
        public static var influenceLabel: String { nb("Kan skolen påvirke den?", nn: "Kan skulen påverke han?") }
        public static var prioritisedLabel: String { nb("Prioritert", nn: "Prioritert") }
        public static var actionWhat: String { nb("Hva", nn: "Kva") }
        public static var actionWho: String { nb("Hvem", nn: "Kven") }
        public static var actionFromWhen: String { nb("Fra når", nn: "Frå når") }
        public static var actionHowOften: String { nb("Hvor ofte", nn: "Kor ofte") }
        public static var actionHypotheses: String { nb("Retter seg mot", nn: "Rettar seg mot") }
        public static var indicatorChange: String { nb("Ønsket endring", nn: "Ønskt endring") }
        public static var indicatorTarget: String { nb("Målverdi", nn: "Målverdi") }
        public static var indicatorByRound: String { nb("Innen", nn: "Innan") }
        public static var notChosen: String { nb("ikke valgt", nn: "ikkje valt") }
        public static var empty: String { nb("(ikke fylt ut)", nn: "(ikkje fylt ut)") }

        /// The prioritisation rule, for help texts and reports.
        public static var prioritisationRule: String {
            nb(
                "En hypotese er prioritert når data støtter den, den har middels eller stor betydning, og skolen kan påvirke den helt eller delvis.",
                nn:
                    "Ein hypotese er prioritert når data støttar han, han har middels eller stor vekt, og skulen kan påverke han heilt eller delvis."
            )
        }

        // MARK: Choices

        public static func perspectiveName(_ perspective: Perspective) -> String {
            switch perspective {
            case .pupil: return nb("individ/elev", nn: "individ/elev")
            case .group: return nb("elevgruppe/klasse", nn: "elevgruppe/klasse")
            case .teaching: return nb("lærer/undervisning", nn: "lærar/undervisning")
            case .school: return nb("skole/organisasjon", nn: "skule/organisasjon")
            case .home: return nb("hjem", nn: "heim")
            }
        }

        public static func assessmentName(_ assessment: Assessment) -> String {
            switch assessment {
            case .supported: return nb("støttet", nn: "støtta")
            case .notSupported: return nb("ikke støttet", nn: "ikkje støtta")
            case .unclear: return nb("uavklart", nn: "uavklara")
            }
        }

        public static func importanceName(_ importance: Importance) -> String {
            switch importance {
            case .low: return nb("liten", nn: "lita")
            case .medium: return nb("middels", nn: "middels")
            case .high: return nb("stor", nn: "stor")
            }
        }

        public static func influenceName(_ influence: Influence) -> String {
            switch influence {
            case .yes: return "ja"
            case .partly: return nb("delvis", nn: "delvis")
            case .no: return nb("nei", nn: "nei")
            }
        }

        public static func statusName(_ status: AnalysisStatus) -> String {
            status == .active ? nb("pågår", nn: "i gang") : nb("fullført", nn: "fullført")
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
            nb(
                "\(label) er ikke knyttet til noen hypotese. Hvilken opprettholdende faktor skal tiltaket påvirke?",
                nn:
                    "\(label) er ikkje knytt til nokon hypotese. Kva for ein opprethaldande faktor skal tiltaket påverke?"
            )
        }

        public static func actionAtSetAsideHypotheses(_ label: String) -> String {
            nb(
                "\(label) retter seg bare mot hypoteser dere har lagt til side (ikke støttet av data, liten betydning eller utenfor skolens påvirkning). Bør tiltaket rettes mot en prioritert hypotese?",
                nn:
                    "\(label) rettar seg berre mot hypotesar de har lagt til side (ikkje støtta av data, lita betydning eller utanfor påverknaden til skulen). Bør tiltaket rettast mot ein prioritert hypotese?"
            )
        }

        public static func supportedWithoutData(_ label: String) -> String {
            nb(
                "\(label) er vurdert som støttet av data, men har verken knyttede data eller begrunnelse. Hva i dataene støtter den?",
                nn:
                    "\(label) er vurdert som støtta av data, men har verken knytte data eller grunngiving. Kva i dataa støttar han?"
            )
        }

        public static func prioritisedWithoutAction(_ label: String) -> String {
            nb(
                "\(label) er prioritert, men ingen tiltak retter seg mot den.",
                nn: "\(label) er prioritert, men ingen tiltak rettar seg mot han.")
        }

        // MARK: Indicators

        public static func noLaterRound(_ start: Int) -> String {
            nb(
                "Ingen senere måling enn \(roundName(start)) i disse dataene ennå.",
                nn: "Inga seinare måling enn \(roundName(start)) i desse dataa enno.")
        }
        public static var changeNotComparable: String {
            nb(
                "Endringen kan ikke beregnes (mangler eller skjermet verdi).",
                nn: "Endringa kan ikkje reknast ut (verdien manglar eller er skjerma).")
        }

        // MARK: Workbook

        public static var conflictDeleted: String {
            nb("Dette er slettet i et annet vindu.", nn: "Dette er sletta i eit anna vindauge.")
        }
        public static var changedElsewhere: String {
            nb(
                "Arbeidsboka er endret i et annet vindu. Viser det som er lagret nå.",
                nn: "Arbeidsboka er endra i eit anna vindauge. Viser det som er lagra no.")
        }

        public static func copyTitle(_ title: String) -> String { nb("\(title) (kopi)", nn: "\(title) (kopi)") }
        public static func importedTitle(_ title: String, date: Date) -> String {
            nb("\(title) (importert \(Strings.date(date)))", nn: "\(title) (importert \(Strings.date(date)))")
        }
        public static func confirmDelete(_ title: String) -> String {
            nb(
                "Slette analysen «\(title)»? Dette kan ikke angres. (j/n)",
                nn: "Slette analysen «\(title)»? Dette kan ikkje angrast. (j/n)")
        }
    }

    private static var monthNames: [String] {
        [
            nb("januar", nn: "januar"), nb("februar", nn: "februar"), nb("mars", nn: "mars"), nb("april", nn: "april"),
            nb("mai", nn: "mai"), nb("juni", nn: "juni"), nb("juli", nn: "juli"), nb("august", nn: "august"),
            nb("september", nn: "september"), nb("oktober", nn: "oktober"), nb("november", nn: "november"),
            nb("desember", nn: "desember"),
        ]
    }

    /// "3. mai 2024", in Norwegian time.
    public static func date(_ date: Date) -> String {
        let time = NorwegianTime(date)
        return "\(time.day). \(monthNames[time.month - 1]) \(time.year)"
    }

    /// "3. mai 2024 kl. 14.05", in Norwegian time.
    public static func dateTime(_ date: Date) -> String {
        let time = NorwegianTime(date)
        let minute = time.minute
        return nb(
            "\(Strings.date(date)) kl. \(time.hour).\(minute < 10 ? "0" : "")\(minute)",
            nn: "\(Strings.date(date)) kl. \(time.hour).\(minute < 10 ? "0" : "")\(minute)")
    }
}
