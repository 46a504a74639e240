/// Why the workbook or the snapshot could not be read or written, as a user can act on it.
extension Strings {
    public enum Store {
        public static var resultsUnreadable: String {
            nb("Kunne ikke lese resultatene fra snapshotet.", nn: "Kunne ikkje lese resultata frå snapshotet.")
        }

        public static func failure(_ reason: AnalysisStoreError.Reason) -> String {
            switch reason {
            case .busy:
                return nb(
                    "arbeidsboka er låst av et annet program; prøv igjen om litt",
                    nn: "arbeidsboka er låst av eit anna program; prøv igjen om litt")
            case .readOnly:
                return nb(
                    "arbeidsboka er skrivebeskyttet (fila, mappen eller disken)",
                    nn: "arbeidsboka er skriveverna (fila, mappa eller disken)")
            case .diskFull: return nb("disken er full", nn: "disken er full")
            case .damaged:
                return nb(
                    "arbeidsboka er skadet eller har innhold denne versjonen av kfl ikke kan lese",
                    nn: "arbeidsboka er skadd eller har innhald denne versjonen av kfl ikkje kan lese")
            case .other: return nb("en uventet feil i arbeidsboka", nn: "ein uventa feil i arbeidsboka")
            }
        }
    }
}
