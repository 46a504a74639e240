/// What kfl says when the workbook cannot be used (the results can still be
/// browsed), and when text the user typed could not be saved.
extension Strings {
    public enum Workbook {
        /// The browser's status line: why there are no analyses, and the key that says more.
        public static func unavailableLine(_ cause: WorkbookProblem.Cause) -> String {
            "Analyser utilgjengelige: \(shortReason(cause)) (a: mer)"
        }

        static func shortReason(_ cause: WorkbookProblem.Cause) -> String {
            switch cause {
            case .readOnly: return "arbeidsboka er skrivebeskyttet"
            case .diskFull: return "disken er full"
            case .locked: return "arbeidsboka er låst"
            case .damaged: return "arbeidsboka er skadet"
            case .newerVersion: return "arbeidsboka er fra en nyere kfl"
            case .notAWorkbook: return "fila er ikke en arbeidsbok"
            case .other: return "arbeidsboka kan ikke åpnes"
            }
        }

        public static let explanationTitle = "Analysene er ikke tilgjengelige"
        public static let explanationFooter = "Resultatene kan du se på som før. Trykk en tast for å lukke."

        /// What is wrong with which file, and what to do: paragraphs for the box `a` and `A` open.
        public static func explanation(_ cause: WorkbookProblem.Cause, path: String) -> [String] {
            [what(cause, path: ControlCharacters.escaped(path)), advice(cause), explanationFooter]
        }

        static func what(_ cause: WorkbookProblem.Cause, path: String) -> String {
            switch cause {
            case .readOnly:
                return "Arbeidsboka \(path) kan ikke skrives til: fila, mappen eller disken er skrivebeskyttet."
            case .diskFull: return "Arbeidsboka \(path) kan ikke skrives til: disken er full."
            case .locked: return "Arbeidsboka \(path) er låst av et annet kfl-vindu eller program."
            case .damaged: return "Arbeidsboka \(path) er skadet eller avkortet. Ingenting er endret i den."
            case .newerVersion: return "Arbeidsboka \(path) er laget av en nyere versjon av kfl. Den er ikke endret."
            case .notAWorkbook: return "\(path) er ikke en kfl-arbeidsbok."
            case .other: return "Arbeidsboka \(path) kan ikke åpnes."
            }
        }

        static func advice(_ cause: WorkbookProblem.Cause) -> String {
            switch cause {
            case .readOnly:
                return "Gi deg selv skriverett til fila og mappen den ligger i og trykk a igjen, eller start kfl "
                    + "med --workbook og en fil i en mappe du kan skrive i."
            case .diskFull: return "Gjør plass på disken (slett eller flytt filer) og trykk a igjen."
            case .locked: return "Vent litt og trykk a igjen, eller lukk det andre programmet."
            case .damaged:
                return "Ta vare på fila (og en sikkerhetskopi, om du har en). Start kfl med --workbook og et nytt "
                    + "filnavn for å fortsette i en ny arbeidsbok."
            case .newerVersion: return "Oppdater kfl, så kan du åpne den."
            case .notAWorkbook:
                return "Start kfl med --workbook og en arbeidsbok, eller et nytt filnavn for en ny arbeidsbok."
            case .other:
                return "Start kfl med --workbook og en annen fil, eller med --debug for tekniske detaljer."
            }
        }

        public static func isSnapshot(_ path: String) -> String {
            "\(path) er et resultatsnapshot, ikke en arbeidsbok med analyser."
        }
        public static func notAWorkbook(_ path: String) -> String { "\(path) er ikke en kfl-arbeidsbok." }
        public static func newerVersion(_ path: String) -> String {
            "\(path) er laget av en nyere versjon av kfl. Oppdater kfl for å åpne den; filen er ikke endret."
        }

        /// For the command line: "kan ikke åpne arbeidsboka PATH: why".
        public static func cannotOpen(_ path: String, cause: WorkbookProblem.Cause) -> String {
            let reason: String
            switch cause {
            case .readOnly: reason = "fila, mappen eller disken er skrivebeskyttet"
            case .diskFull: reason = Strings.Errors.diskFull
            case .locked: reason = Strings.Errors.locked
            case .damaged: reason = "den er skadet eller avkortet; ingenting er endret i den"
            case .newerVersion: reason = Strings.Errors.newerKFL
            case .notAWorkbook: reason = "fila er ikke en kfl-arbeidsbok"
            case .other: reason = Strings.Errors.cannotOpenFile
            }
            return Strings.Files.workbookCannotOpen(ControlCharacters.escaped(path), reason: reason)
        }

        // MARK: Text that could not be saved

        /// Beside the label of the field being edited, while its text is not saved.
        public static let unsavedHint = "skriver – IKKE LAGRET (se nederst)"

        /// Asked when the user quits with text on screen that is not saved.
        public static func confirmQuit(conflict: Bool) -> String {
            let why =
                conflict
                ? "Teksten din er ikke lagret: feltet er endret i et annet vindu (Ctrl-O lagrer din)."
                : "Teksten i feltet er ikke lagret."
            return why + " Avslutte likevel? Da skriver kfl teksten ut i terminalen, så du kan kopiere den. (j/n)"
        }

        /// Printed after the terminal is restored, above the text that was not saved.
        public static func unsavedOnQuit(step: String) -> String {
            "teksten du skrev i «\(step)», ble ikke lagret i arbeidsboka. Her er den, så du kan kopiere den:"
        }

        public static let unsavedTextRule = "-----"
    }
}
