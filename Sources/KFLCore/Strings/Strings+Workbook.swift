/// What kfl says when the workbook cannot be used (the results can still be
/// browsed), and when text the user typed could not be saved.
extension Strings {
    public enum Workbook {
        /// The browser's status line: why there are no analyses, and the key that says more.
        public static func unavailableLine(_ cause: WorkbookProblem.Cause) -> String {
            nb(
                "Analyser utilgjengelige: \(shortReason(cause)) (a: mer)",
                nn: "Analysar utilgjengelege: \(shortReason(cause)) (a: meir)")
        }

        static func shortReason(_ cause: WorkbookProblem.Cause) -> String {
            switch cause {
            case .readOnly: return nb("arbeidsboka er skrivebeskyttet", nn: "arbeidsboka er skriveverna")
            case .diskFull: return nb("disken er full", nn: "disken er full")
            case .locked: return nb("arbeidsboka er låst", nn: "arbeidsboka er låst")
            case .damaged: return nb("arbeidsboka er skadet", nn: "arbeidsboka er skadd")
            case .newerVersion: return nb("arbeidsboka er fra en nyere kfl", nn: "arbeidsboka er frå ein nyare kfl")
            case .notAWorkbook: return nb("fila er ikke en arbeidsbok", nn: "fila er ikkje ei arbeidsbok")
            case .other: return nb("arbeidsboka kan ikke åpnes", nn: "arbeidsboka kan ikkje opnast")
            }
        }

        public static var explanationTitle: String {
            nb("Analysene er ikke tilgjengelige", nn: "Analysane er ikkje tilgjengelege")
        }
        public static var explanationFooter: String {
            nb(
                "Resultatene kan du se på som før. Trykk en tast for å lukke.",
                nn: "Resultata kan du sjå på som før. Trykk ein tast for å lukke.")
        }

        /// What is wrong with which file, and what to do: paragraphs for the box `a` and `A` open.
        public static func explanation(_ cause: WorkbookProblem.Cause, path: String) -> [String] {
            [what(cause, path: ControlCharacters.escaped(path)), advice(cause), explanationFooter]
        }

        static func what(_ cause: WorkbookProblem.Cause, path: String) -> String {
            switch cause {
            case .readOnly:
                return nb(
                    "Arbeidsboka \(path) kan ikke skrives til: fila, mappen eller disken er skrivebeskyttet.",
                    nn: "Arbeidsboka \(path) kan ikkje skrivast til: fila, mappa eller disken er skriveverna.")
            case .diskFull:
                return nb(
                    "Arbeidsboka \(path) kan ikke skrives til: disken er full.",
                    nn: "Arbeidsboka \(path) kan ikkje skrivast til: disken er full.")
            case .locked:
                return nb(
                    "Arbeidsboka \(path) er låst av et annet kfl-vindu eller program.",
                    nn: "Arbeidsboka \(path) er låst av eit anna kfl-vindauge eller program.")
            case .damaged:
                return nb(
                    "Arbeidsboka \(path) er skadet eller avkortet. Ingenting er endret i den.",
                    nn: "Arbeidsboka \(path) er skadd eller avkorta. Ingenting er endra i ho.")
            case .newerVersion:
                return nb(
                    "Arbeidsboka \(path) er laget av en nyere versjon av kfl. Den er ikke endret.",
                    nn: "Arbeidsboka \(path) er laga av ein nyare versjon av kfl. Ho er ikkje endra.")
            case .notAWorkbook:
                return nb("\(path) er ikke en kfl-arbeidsbok.", nn: "\(path) er ikkje ei kfl-arbeidsbok.")
            case .other: return nb("Arbeidsboka \(path) kan ikke åpnes.", nn: "Arbeidsboka \(path) kan ikkje opnast.")
            }
        }

        static func advice(_ cause: WorkbookProblem.Cause) -> String {
            switch cause {
            case .readOnly:
                return nb(
                    "Gi deg selv skriverett til fila og mappen den ligger i og trykk a igjen, eller start kfl ",
                    nn: "Gi deg sjølv skriverett til fila og mappa ho ligg i og trykk a igjen, eller start kfl ")
                    + nb(
                        "med --workbook og en fil i en mappe du kan skrive i.",
                        nn: "med --workbook og ei fil i ei mappe du kan skrive i.")
            case .diskFull:
                return nb(
                    "Gjør plass på disken (slett eller flytt filer) og trykk a igjen.",
                    nn: "Gjer plass på disken (slett eller flytt filer) og trykk a igjen.")
            case .locked:
                return nb(
                    "Vent litt og trykk a igjen, eller lukk det andre programmet.",
                    nn: "Vent litt og trykk a igjen, eller lukk det andre programmet.")
            case .damaged:
                return nb(
                    "Ta vare på fila (og en sikkerhetskopi, om du har en). Start kfl med --workbook og et nytt ",
                    nn: "Ta vare på fila (og ein tryggingskopi, om du har ein). Start kfl med --workbook og eit nytt ")
                    + nb(
                        "filnavn for å fortsette i en ny arbeidsbok.",
                        nn: "filnamn for å halde fram i ei ny arbeidsbok.")
            case .newerVersion: return nb("Oppdater kfl, så kan du åpne den.", nn: "Oppdater kfl, så kan du opne ho.")
            case .notAWorkbook:
                return nb(
                    "Start kfl med --workbook og en arbeidsbok, eller et nytt filnavn for en ny arbeidsbok.",
                    nn: "Start kfl med --workbook og ei arbeidsbok, eller eit nytt filnamn for ei ny arbeidsbok.")
            case .other:
                return nb(
                    "Start kfl med --workbook og en annen fil, eller med --debug for tekniske detaljer.",
                    nn: "Start kfl med --workbook og ei anna fil, eller med --debug for tekniske detaljar.")
            }
        }

        public static func isSnapshot(_ path: String) -> String {
            nb(
                "\(path) er et resultatsnapshot, ikke en arbeidsbok med analyser.",
                nn: "\(path) er eit resultatsnapshot, ikkje ei arbeidsbok med analysar.")
        }
        public static func notAWorkbook(_ path: String) -> String {
            nb("\(path) er ikke en kfl-arbeidsbok.", nn: "\(path) er ikkje ei kfl-arbeidsbok.")
        }
        public static func newerVersion(_ path: String) -> String {
            nb(
                "\(path) er laget av en nyere versjon av kfl. Oppdater kfl for å åpne den; filen er ikke endret.",
                nn: "\(path) er laga av ein nyare versjon av kfl. Oppdater kfl for å opne ho; fila er ikkje endra.")
        }

        /// For the command line: "kan ikke åpne arbeidsboka PATH: why".
        public static func cannotOpen(_ path: String, cause: WorkbookProblem.Cause) -> String {
            let reason: String
            switch cause {
            case .readOnly:
                reason = nb(
                    "fila, mappen eller disken er skrivebeskyttet", nn: "fila, mappa eller disken er skriveverna")
            case .diskFull: reason = Strings.Errors.diskFull
            case .locked: reason = Strings.Errors.locked
            case .damaged:
                reason = nb(
                    "den er skadet eller avkortet; ingenting er endret i den",
                    nn: "ho er skadd eller avkorta; ingenting er endra i ho")
            case .newerVersion: reason = Strings.Errors.newerKFL
            case .notAWorkbook: reason = nb("fila er ikke en kfl-arbeidsbok", nn: "fila er ikkje ei kfl-arbeidsbok")
            case .other: reason = Strings.Errors.cannotOpenFile
            }
            return Strings.Files.workbookCannotOpen(ControlCharacters.escaped(path), reason: reason)
        }

        // MARK: Text that could not be saved

        /// Beside the label of the field being edited, while its text is not saved.
        public static var unsavedHint: String {
            nb("skriver – IKKE LAGRET (se nederst)", nn: "skriv – IKKJE LAGRA (sjå nedst)")
        }

        /// Asked when the user quits with text on screen that is not saved: one line that fits
        /// 80 columns (the notice line is one line).
        public static func confirmQuit(conflict: Bool) -> String {
            conflict
                ? nb(
                    "Feltet er endret i et annet vindu. Ctrl-O lagrer din. Avslutte likevel? (j/n)",
                    nn: "Feltet er endra i anna vindauge. Ctrl-O lagrar din. Avslutte likevel? (j/n)")
                : nb(
                    "Teksten i feltet er ikke lagret. Avslutte likevel? Den skrives ut. (j/n)",
                    nn: "Teksten i feltet er ikkje lagra. Avslutte likevel? Han blir skriven ut. (j/n)")
        }

        /// Printed after the terminal is restored, above the text that was not saved.
        public static func unsavedOnQuit(step: String) -> String {
            nb(
                "teksten du skrev i «\(step)», ble ikke lagret i arbeidsboka. Her er den, så du kan kopiere den:",
                nn: "teksten du skreiv i «\(step)», vart ikkje lagra i arbeidsboka. Her er han, så du kan kopiere han:")
        }

        public static var unsavedTextRule: String { "-----" }
    }
}
