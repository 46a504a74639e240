/// Why the workbook or the snapshot could not be read or written, as a user can act on it.
extension Strings {
    public enum Store {
        public static let resultsUnreadable = "Kunne ikke lese resultatene fra snapshotet."

        public static func failure(_ reason: AnalysisStoreError.Reason) -> String {
            switch reason {
            case .busy: return "arbeidsboka er låst av et annet program; prøv igjen om litt"
            case .readOnly: return "arbeidsboka er skrivebeskyttet (fila, mappen eller disken)"
            case .diskFull: return "disken er full"
            case .damaged: return "arbeidsboka er skadet eller har innhold denne versjonen av kfl ikke kan lese"
            case .other: return "en uventet feil i arbeidsboka"
            }
        }
    }
}
